import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import { heading } from '../base/heading.js';
import { partnershipKindLabel } from './labels.js';
import { link, period, regionNames } from '../base/parts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { formatDate, startOf, type PartialDate } from '../dates/dates.js';
import { partnershipPeriod, partnershipStatus, type PartnershipStatus } from '../dates/status.js';
import { byRole, roleTerm } from '../base/roles.js';
import { formatNumber, isSingular } from '../i18n/format.js';
import type { Locale } from '../i18n/locale.js';
import { localized } from '../i18n/text.js';

function statusText(status: PartnershipStatus, locale: Locale): string {
  const d = (date: PartialDate) => formatDate(date, locale);
  switch (status.kind) {
    case 'decided':
      return msg(str`Decided: ${d(status.date)}`, { id: 'cardDecided' });
    case 'planned':
      return msg(str`Entry into force planned for ${d(status.date)}`, { id: 'cardPlanned' });
    case 'upcoming':
      return msg(str`In force from ${d(status.date)}`, { id: 'cardUpcoming' });
    case 'in-force':
      return msg(str`In force since ${d(status.since)}`, { id: 'cardInForce' });
    case 'extension-possible':
      return msg(str`First term ended ${d(status.ended)} — extension possible until ${d(status.until)}`, {
        id: 'cardExtension',
      });
    case 'ended':
      return msg(str`Ended ${d(status.ended)}`, { id: 'cardEnded' });
    default:
      return '';
  }
}

function renderStatus(p: Partnership, { locale, now }: RenderContext) {
  const status = partnershipStatus(p, now);
  const text = statusText(status, locale);
  return text ? html`<p part="status" class="status ${status.kind}">${text}</p>` : nothing;
}

/** One row of the facts list. */
const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

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
      ${byRole(p).map(([role, ids]) => fact(roleTerm(role, ids.length, locale), regionNames(dataset, ids, locale)))}
      ${p.participants ? fact(msg('Participants', { id: 'participants' }), localized(p.participants, locale)) : nothing}
      ${span
        ? fact(span.planned ? msg('Planned period', { id: 'periodPlanned' }) : msg('Period', { id: 'period' }), period(span.from, span.to, locale))
        : nothing}
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
