import { msg } from '../i18n/localization.js';
import { plainList } from '../styles/base.styles.js';
import { PartnershipElement } from '../base/partnership-element.js';
import type { Dataset, Partnership, PriorityArea } from '../data/schema.js';
import { renderPriorityAreas } from './priority-areas.render.js';
import { styles } from './priority-areas.styles.js';
import { core } from './element.js';

/**
 * The priority areas of one partnership as a list: each area's title, its
 * sectors, and its description behind a disclosure button.
 *
 * @tagname coop-priority-areas
 * @summary The priority areas of a partnership, with expandable descriptions.
 *
 * @csspart base - The `<section>` that holds the list.
 * @csspart heading - The "Priority areas" heading.
 * @csspart subtitle - The partnership's title under the heading.
 * @csspart list - The `<ul>` of areas.
 * @csspart item - One area (`<li>`).
 * @csspart item-heading - The heading of one area.
 * @csspart toggle - The disclosure button (`aria-expanded`) that shows the description.
 * @csspart description - The description of one area.
 * @csspart sectors - The list of sectors of one area.
 * @csspart sources - The list of source documents.
 * @csspart empty - The message shown when the partnership has no priority areas.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Links, disclosure buttons and focus ring.
 * @cssprop [--coop-color-surface=#f2f4f7] - Background of sector tags.
 */
export class CoopPriorityAreas extends PartnershipElement {
  static override styles = [...PartnershipElement.styles, plainList, styles];
  static override properties = { expanded: { type: Boolean }, toggled: { state: true } };

  protected readonly element = core;

  /** Show every description open at first. */
  expanded = false;

  /** Areas the visitor has opened (or closed, when `expanded` is set). */
  private toggled = new Set<string>();

  protected emptyMessage() {
    return msg('No priority areas have been published for this partnership yet.', { id: 'noAreas' });
  }

  private isOpen(area: PriorityArea) {
    return this.expanded !== this.toggled.has(area.id);
  }

  private toggle(area: PriorityArea) {
    const next = new Set(this.toggled);
    if (!next.delete(area.id)) next.add(area.id);
    this.toggled = next;
  }

  protected renderItem(p: Partnership, dataset: Dataset) {
    const ctx = { locale: this.locale, level: this.level, now: Date.now() };
    return renderPriorityAreas(p, dataset, ctx, {
      isOpen: (area) => this.isOpen(area),
      toggle: (area) => this.toggle(area),
    });
  }
}
