import { msg } from '../i18n/localization.js';
import { PartnershipElement } from '../base/partnership-element.js';
import { partnershipStyles } from '../styles/partnership.styles.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { resolveNow } from '../dates/dates.js';
import { renderPartnershipCard } from './partnership-card.render.js';
import { styles } from './partnership-card.styles.js';
import { core } from './element.js';

/**
 * A card about one partnership: its title (linked when the data has a link),
 * kind, status computed from its dates (never more than the sources report: a
 * planned entry into force stays planned), summary, the regions that take part
 * by role, other participants, period, possible extension (while it is
 * possible) and number of priority areas, with its sources.
 *
 * @tagname coop-partnership-card
 * @summary A card that presents one interregional partnership.
 *
 * @csspart base - The `<article>` that holds the card.
 * @csspart title - The heading with the partnership's title.
 * @csspart link - The link on the title, when the data has one.
 * @csspart kind - The kind of partnership (bilateral agreement, network…).
 * @csspart status - The computed status ("In force since February 2020", "Entry into force planned for February 2020").
 * @csspart summary - The summary paragraph.
 * @csspart facts - The `<dl>` with the regions by role, other participants, period, possible extension and number of priority areas.
 * @csspart sources - The list of source documents.
 * @csspart empty - The message shown when the data holds no partnership.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Links, focus ring and the current-status colour.
 * @cssprop [--coop-color-background=#ffffff] - Background of the card.
 * @cssprop [--coop-color-surface=#f2f4f7] - Background of the status badge.
 * @cssprop [--coop-color-done=#1f6b36] - Colour of the "in force" status.
 */
export class CoopPartnershipCard extends PartnershipElement {
  static override styles = [...PartnershipElement.styles, partnershipStyles, styles];
  static override properties = { now: {} };

  protected readonly element = core;

  /** "Today" for the computed status, as an ISO date (`2026-11-21`); the clock when unset. */
  now?: string;

  protected emptyMessage() {
    return msg('The data holds no partnerships yet.', { id: 'noPartnerships' });
  }

  protected renderItem(p: Partnership, dataset: Dataset) {
    return renderPartnershipCard(p, dataset, { locale: this.locale, level: this.level, now: resolveNow(this.now) });
  }
}
