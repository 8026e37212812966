// cooperation-widgets/react: the @lit/react wrappers rendered by React (react-dom/client) in each
// engine — props reach the element as properties, the typed events reach the on… callbacks, and a
// re-render with new props updates the widget. React 19 by default; 18 in the production run
// (WTR_REACT=18, see web-test-runner.config.js).
import { expect } from '@open-wc/testing';
import { createElement as h, version, type FunctionComponent } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { AgreementTimeline, PartnershipCard, PriorityAreas, RegionFacts, CooperationList } from '../src/react/index.js';
import type { CoopDataErrorDetail, CoopDataLoadDetail } from '../src/react/index.js';
import { part, smallDataset, text, until } from './support/helpers.js';

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  root.unmount();
  host.remove();
});

/** Renders `<div lang>` with one wrapper inside and returns the custom element React made. */
function render<P extends object>(component: FunctionComponent<P> | object, props: P, lang = 'en') {
  flushSync(() => root.render(h('div', { lang }, h(component as FunctionComponent<P>, props))));
  return host.firstElementChild!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
}

/** The agreement's title in French, from the bundled data. */
const AGREEMENT_FR = 'Accord de coopération entre Region Stockholm et la Région Île-de-France';

const cases = [
  { name: 'PartnershipCard', component: PartnershipCard, props: { partnership: 'stockholm-ile-de-france' }, tag: 'coop-partnership-card', heading: 'title', fr: AGREEMENT_FR },
  { name: 'PriorityAreas', component: PriorityAreas, props: { partnership: 'stockholm-ile-de-france' }, tag: 'coop-priority-areas', heading: 'subtitle', fr: AGREEMENT_FR },
  { name: 'AgreementTimeline', component: AgreementTimeline, props: { partnership: 'stockholm-ile-de-france' }, tag: 'coop-agreement-timeline', heading: 'subtitle', fr: AGREEMENT_FR },
  { name: 'RegionFacts', component: RegionFacts, props: { region: 'ile-de-france' }, tag: 'coop-region-facts', heading: 'heading', fr: 'Région Île-de-France' },
  { name: 'CooperationList', component: CooperationList, props: { region: 'ile-de-france' }, tag: 'coop-cooperation-list', heading: 'heading', fr: 'Coopérations auxquelles participe Région Île-de-France' },
] as const;

describe('cooperation-widgets/react', () => {
  it('runs with the React this run asked for (19, or 18 with WTR_REACT=18)', async () => {
    const wanted = await (await fetch('/__test/react-version')).text();
    expect(version.split('.')[0]).to.equal(wanted);
  });

  for (const c of cases) {
    it(`<${c.name}> renders <${c.tag}> in the page's language and calls onCoopDataLoad with the detail`, async () => {
      const loads: CoopDataLoadDetail[] = [];
      const el = render(c.component, { ...c.props, onCoopDataLoad: (e: CustomEvent<CoopDataLoadDetail>) => loads.push(e.detail) }, 'fr');
      expect(el.localName).to.equal(c.tag);
      await until(() => loads.length > 0, 'coop-data-load', 8000);
      await el.updateComplete;
      expect(loads[0]).to.deep.include({ source: 'bundled', id: 'region' in c.props ? c.props.region : c.props.partnership });
      expect(part(el, c.heading).textContent!.trim()).to.equal(c.fr);
      await expect(el).to.be.accessible();
    });
  }

  it('passes objects as properties (data), and a new prop re-renders the widget', async () => {
    const dataset = smallDataset();
    const el = render(PartnershipCard, { data: dataset, partnership: 'demo', theme: 'dark' });
    await until(() => text(el).includes('Demo project'), 'the card from the data prop', 8000);
    expect(el.getAttribute('theme'), 'theme is reflected').to.equal('dark');
    const changed = structuredClone(dataset);
    changed.partnerships[0].title = { en: 'Renamed project' };
    render(PartnershipCard, { data: changed, partnership: 'demo', theme: 'dark' });
    await until(() => text(el).includes('Renamed project'), 'the card from the new data', 8000);
    await expect(el).to.be.accessible();
  });

  it('calls onCoopDataError with the typed detail for an unknown id, and shows the localized error', async () => {
    const errors: CoopDataErrorDetail[] = [];
    const el = render(RegionFacts, { region: 'atlantis', onCoopDataError: (e: CustomEvent<CoopDataErrorDetail>) => errors.push(e.detail) }, 'sv');
    await until(() => errors.length > 0, 'coop-data-error', 8000);
    await el.updateComplete;
    expect(errors[0]).to.deep.include({ code: 'not-found', id: 'atlantis' });
    expect(part(el, 'error').textContent).to.contain('Uppgifterna om samarbetet kan inte visas.');
    await expect(el).to.be.accessible();
  });
});
