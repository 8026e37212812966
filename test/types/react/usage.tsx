// A React 19 app's view of cooperation-widgets, type-checked by `npm run lint` (tsc -p test/types/react):
// the wrappers from cooperation-widgets/react, and the elements themselves in JSX with cooperation-widgets/jsx.
// Each @ts-expect-error is a wrong value that must stay a type error.
import type { CustomElements } from 'cooperation-widgets/jsx';
import { AgreementTimeline, CooperationList, PartnershipCard, RegionFacts, type CoopDataErrorDetail } from 'cooperation-widgets/react';

// The augmentation React's types read custom elements from (a namespace and an empty interface by design).
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const wrappers = (
  <>
    <PartnershipCard partnership="stockholm-ile-de-france" theme="auto" headingLevel={3} />
    <AgreementTimeline partnership="stockholm-ile-de-france" order="desc" onCoopDataLoad={(e) => e.detail.source} />
    <RegionFacts region="stockholm" onCoopDataError={(e) => ((d: CoopDataErrorDetail) => d.code)(e.detail)} />
    {/* @ts-expect-error theme is light, dark or auto */}
    <PartnershipCard theme="purple" />
    {/* @ts-expect-error the detail of coop-data-error has no `title` */}
    <RegionFacts onCoopDataError={(e) => e.detail.title} />
    {/* The cooperation list may go without a region: every cooperation. */}
    <CooperationList now="2026-12-07" />
    <CooperationList region="stockholm" headingLevel={3} />
    {/* @ts-expect-error the list has no partnership */}
    <CooperationList partnership="cpmr" />
  </>
);

export const elements = (
  <>
    <coop-partnership-card partnership="stockholm-ile-de-france" theme="dark" heading-level={3} />
    <coop-agreement-timeline partnership="stockholm-ile-de-france" order="asc" oncoop-data-load={(e) => e.detail.id} />
    <coop-priority-areas partnership="stockholm-ile-de-france" expanded />
    <coop-region-facts region="ile-de-france" />
    <coop-cooperation-list region="stockholm" now="2026-12-07" />
    {/* @ts-expect-error order is asc or desc */}
    <coop-agreement-timeline order="newest" />
    {/* @ts-expect-error theme is light, dark or auto */}
    <coop-region-facts theme="purple" />
  </>
);
