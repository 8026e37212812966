import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CoopElement } from '../base/coop-element.js';
import { heading } from '../base/heading.js';
import { partnershipKindLabel } from '../base/labels.js';
import { period, regionNames, time } from '../base/parts.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { formatDate, resolveNow } from '../dates/dates.js';
import { partnershipPeriod, partnershipStatus } from '../dates/status.js';
import { formatNumber, isSingular } from '../i18n/format.js';
import { localized } from '../i18n/text.js';
import { styles } from './partnership-card.styles.js';

/**
 * A card about one partnership: its title (linked when the data has a link),
 * kind, parties, status computed from its dates, period, summary and number of
 * priority areas, with its sources.
 *
 * @tagname coop-partnership-card
 * @summary A card that presents one interregional partnership.
 *
 * @slot - Fallback content shown while the element is not yet defined (e.g. the static export's HTML); hidden once it renders.
 *
 * @csspart base - The `<article>` that holds the card.
 * @csspart title - The heading with the partnership's title.
 * @csspart link - The link on the title, when the data has one.
 * @csspart kind - The kind of partnership (bilateral agreement, network…).
 * @csspart status - The computed status ("In force since February 2020").
 * @csspart summary - The summary paragraph.
 * @csspart facts - The `<dl>` with parties, period and number of priority areas.
 * @csspart sources - The list of source documents.
 * @csspart loading - The loading message (`role="status"`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart error-issues - The list of validation problems in the error state.
 * @csspart empty - The message shown when the data holds no partnership.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Links, focus ring and the current-status colour.
 * @cssprop [--coop-color-text=#1b1d22] - Body text.
 * @cssprop [--coop-color-muted=#4a4f59] - Secondary text.
 * @cssprop [--coop-color-background=#ffffff] - Background of the card.
 * @cssprop [--coop-color-surface=#f2f4f7] - Background of the status badge.
 * @cssprop [--coop-color-border=#767b85] - Borders.
 * @cssprop [--coop-color-error=#a3111c] - Error text and border.
 * @cssprop [--coop-color-done=#1f6b36] - Colour of the "in force" status.
 * @cssprop [--coop-color-focus] - Focus ring; defaults to the accent colour.
 * @cssprop [--coop-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--coop-heading-font-family] - Font of headings; defaults to the body font.
 * @cssprop [--coop-radius=0.5rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 *
 * @fires coop-data-load - The data loaded and the partnership is shown. `detail: { source, url?, id }`.
 * @fires coop-data-error - The data could not be shown. `detail: { code, source, url?, id?, status?, issues?, message }`.
 */
export class CoopPartnershipCard extends CoopElement<Partnership> {
  static override styles = [...CoopElement.styles, styles];

  /** Id of the partnership to show, e.g. `stockholm-ile-de-france`. */
  @property() partnership?: string;

  /** "Today" for the computed status, as an ISO date (`2026-11-21`); the clock when unset. */
  @property() now?: string;

  protected readonly idAttribute = 'partnership';
  protected get itemId() {
    return this.partnership;
  }
  protected items(dataset: Dataset) {
    return dataset.partnerships;
  }
  protected emptyMessage() {
    return msg('The data holds no partnerships yet.');
  }

  private renderStatus(p: Partnership) {
    const status = partnershipStatus(p, resolveNow(this.now));
    const d = (date: Parameters<typeof formatDate>[0]) => formatDate(date, this.locale);
    switch (status.kind) {
      case 'decided':
        return html`<p part="status" class="status">${msg(str`Decision: ${d(status.date)} — not yet in force`)}</p>`;
      case 'upcoming':
        return html`<p part="status" class="status">${msg(str`In force from ${d(status.date)}`)}</p>`;
      case 'in-force':
        return html`<p part="status" class="status in-force">${msg(str`In force since ${d(status.since)}`)}</p>`;
      case 'extension-possible':
        return html`<p part="status" class="status">
          ${msg(str`First term ended ${d(status.ended)} — extension possible until ${d(status.until)}`)}
        </p>`;
      case 'ended':
        return html`<p part="status" class="status">${msg(str`Ended ${d(status.ended)}`)}</p>`;
      default:
        return nothing;
    }
  }

  protected renderItem(p: Partnership, dataset: Dataset) {
    const locale = this.locale;
    const link = p.links?.[0];
    const title = localized(p.title, locale);
    const span = partnershipPeriod(p);
    const areas = p.priorityAreas?.length ?? 0;
    const parties = p.parties?.length ? regionNames(dataset, p.parties, locale) : nothing;
    return html`<article part="base" class="root card" lang=${locale}>
      ${heading(this.level, 'title', link ? html`<a part="link" href=${link.url}>${title}</a>` : title)}
      <p part="kind" class="kind muted">${partnershipKindLabel(p.kind)}</p>
      ${this.renderStatus(p)}
      ${p.summary ? html`<p part="summary">${localized(p.summary, locale)}</p>` : nothing}
      <dl part="facts" class="facts">
        ${parties !== nothing ? html`<div><dt>${msg('Parties')}</dt><dd>${parties}</dd></div>` : nothing}
        ${p.participants
          ? html`<div><dt>${msg('Participants')}</dt><dd>${localized(p.participants, locale)}</dd></div>`
          : nothing}
        ${span
          ? html`<div><dt>${msg('Period')}</dt><dd>${period(span.from, span.to, locale)}</dd></div>`
          : p.dates?.decided
            ? html`<div><dt>${msg('Decided')}</dt><dd>${time(p.dates.decided, locale)}</dd></div>`
            : nothing}
        ${areas
          ? html`<div>
              <dt>${msg('Priority areas')}</dt>
              <dd>
                ${isSingular(areas, locale)
                  ? msg(str`${formatNumber(areas, locale)} priority area`)
                  : msg(str`${formatNumber(areas, locale)} priority areas`)}
              </dd>
            </div>`
          : nothing}
      </dl>
      ${renderSources(dataset, p.sources, locale)}
    </article>`;
  }
}
