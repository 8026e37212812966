import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { heading } from '../base/heading.js';
import { partnershipKindLabel } from '../base/labels.js';
import { period, regionNames, time } from '../base/parts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { formatDate, type PartialDate } from '../dates/dates.js';
import { partnershipPeriod, partnershipStatus } from '../dates/status.js';
import { formatNumber, isSingular } from '../i18n/format.js';
import { localized } from '../i18n/text.js';

function renderStatus(p: Partnership, { locale, now }: RenderContext) {
  const status = partnershipStatus(p, now);
  const d = (date: PartialDate) => formatDate(date, locale);
  switch (status.kind) {
    case 'decided':
      return html`<p part="status" class="status">${msg(str`Decision: ${d(status.date)} — not yet in force`, { id: 'cardDecided' })}</p>`;
    case 'upcoming':
      return html`<p part="status" class="status">${msg(str`In force from ${d(status.date)}`, { id: 'cardUpcoming' })}</p>`;
    case 'in-force':
      return html`<p part="status" class="status in-force">${msg(str`In force since ${d(status.since)}`, { id: 'cardInForce' })}</p>`;
    case 'extension-possible':
      return html`<p part="status" class="status">
        ${msg(str`First term ended ${d(status.ended)} — extension possible until ${d(status.until)}`, { id: 'cardExtension' })}
      </p>`;
    case 'ended':
      return html`<p part="status" class="status">${msg(str`Ended ${d(status.ended)}`, { id: 'cardEnded' })}</p>`;
    default:
      return nothing;
  }
}

/** The card's content; call inside `withLocale`. */
export function renderPartnershipCard(p: Partnership, dataset: Dataset, ctx: RenderContext) {
  const { locale } = ctx;
  const link = p.links?.[0];
  const title = localized(p.title, locale);
  const span = partnershipPeriod(p);
  const areas = p.priorityAreas?.length ?? 0;
  const parties = p.parties?.length ? regionNames(dataset, p.parties, locale) : nothing;
  return html`<article part="base" class="root card" lang=${locale}>
    ${heading(ctx.level, 'title', link ? html`<a part="link" href=${link.url}>${title}</a>` : title)}
    <p part="kind" class="kind muted">${partnershipKindLabel(p.kind)}</p>
    ${renderStatus(p, ctx)}
    ${p.summary ? html`<p part="summary">${localized(p.summary, locale)}</p>` : nothing}
    <dl part="facts" class="facts">
      ${parties !== nothing ? html`<div><dt>${msg('Parties', { id: 'parties' })}</dt><dd>${parties}</dd></div>` : nothing}
      ${p.participants
        ? html`<div><dt>${msg('Participants', { id: 'participants' })}</dt><dd>${localized(p.participants, locale)}</dd></div>`
        : nothing}
      ${span
        ? html`<div><dt>${msg('Period', { id: 'period' })}</dt><dd>${period(span.from, span.to, locale)}</dd></div>`
        : p.dates?.decided
          ? html`<div><dt>${msg('Decided', { id: 'decided' })}</dt><dd>${time(p.dates.decided, locale)}</dd></div>`
          : nothing}
      ${areas
        ? html`<div>
            <dt>${msg('Priority areas', { id: 'priorityAreas' })}</dt>
            <dd>
              ${isSingular(areas, locale)
                ? msg(str`${formatNumber(areas, locale)} priority area`, { id: 'areaCountOne' })
                : msg(str`${formatNumber(areas, locale)} priority areas`, { id: 'areaCountOther' })}
            </dd>
          </div>`
        : nothing}
    </dl>
    ${renderSources(dataset, p.sources, locale)}
  </article>`;
}
