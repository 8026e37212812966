import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { str } from '@lit/localize';
import type { Partnership } from '../data/schema.js';
import { formatDate, type PartialDate } from '../dates/dates.js';
import { partnershipStatus, type PartnershipStatus } from '../dates/status.js';
import type { Locale } from '../i18n/locale.js';
import type { RenderContext } from './render-context.js';

/** A partnership's computed status in words ("In force since February 2020"); call during render only. */
export function statusText(status: PartnershipStatus, locale: Locale): string {
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

/** The status line of the partnership card and the cooperation list (`part="status"`). */
export function renderStatus(p: Partnership, { locale, now }: RenderContext) {
  const status = partnershipStatus(p, now);
  const text = statusText(status, locale);
  return text ? html`<p part="status" class="status ${status.kind}">${text}</p>` : nothing;
}
