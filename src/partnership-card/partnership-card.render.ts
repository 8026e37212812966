import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import { heading } from '../base/heading.js';
import { partnershipKindLabel } from '../base/kinds.js';
import { renderStatus } from '../base/status-text.js';
import { fact, link, period } from '../base/parts.js';
import { partnershipFacts } from '../base/partnership-facts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { startOf } from '../dates/dates.js';
import { partnershipPeriod } from '../dates/status.js';
import { formatNumber, isSingular } from '../i18n/format.js';
import { localized } from '../i18n/text.js';

/** The card's content; call inside `withLocale`. */
export function renderPartnershipCard(p: Partnership, dataset: Dataset, ctx: RenderContext) {
  const { locale } = ctx;
  const first = p.links?.[0];
  const title = localized(p.title, locale);
  const span = partnershipPeriod(p);
  const areas = p.priorityAreas?.length ?? 0;
  return html`<article part="base" class="root card" lang=${locale}>
    ${heading(ctx.level, 'title', first ? link(first.url, title, 'link') : title)}
    <p part="kind" class="kind muted">${partnershipKindLabel(p.kind)}</p>
    ${renderStatus(p, ctx)}
    ${p.summary ? html`<p part="summary">${localized(p.summary, locale)}</p>` : nothing}
    <dl part="facts" class="facts">
      ${partnershipFacts(p, dataset, locale)}
      ${span?.to && span.extendableTo && ctx.now < startOf(span.extendableTo)
        ? fact(msg('Possible extension', { id: 'extensionPossible' }), period(span.to, span.extendableTo, locale))
        : nothing}
      ${areas
        ? fact(
            msg('Priority areas', { id: 'priorityAreas' }),
            isSingular(areas, locale)
              ? msg(str`${formatNumber(areas, locale)} priority area`, { id: 'areaCountOne' })
              : msg(str`${formatNumber(areas, locale)} priority areas`, { id: 'areaCountOther' }),
          )
        : nothing}
    </dl>
    ${renderSources(dataset, p.sources, locale)}
  </article>`;
}
