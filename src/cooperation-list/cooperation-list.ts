import { msg } from '../i18n/localization.js';
import { plainList } from '../styles/base.styles.js';
import { partnershipStyles } from '../styles/partnership.styles.js';
import { CoopElement } from '../base/coop-element.js';
import type { Dataset } from '../data/schema.js';
import { resolveNow } from '../dates/dates.js';
import { renderCooperationList } from './cooperation-list.render.js';
import { styles } from './cooperation-list.styles.js';
import { core, type Cooperations } from './element.js';

/**
 * The cooperations one region takes part in (`region="stockholm"`), or every cooperation in the
 * data when no region is given, grouped by kind under real headings: each with its title (linked
 * when the data has a link), its status computed from its dates as on the partnership card, the
 * regions that take part by role, its period, summary and sources.
 *
 * @tagname coop-cooperation-list
 * @summary A region's cooperations, or all of them, grouped by kind.
 *
 * @csspart base - The `<section>` that holds the list.
 * @csspart heading - The list's heading ("Cooperation involving Region Stockholm").
 * @csspart group - The `<section>` of one kind (networks, offices…).
 * @csspart group-heading - The heading of a kind's group.
 * @csspart list - The `<ul>` of a group's cooperations.
 * @csspart item - One cooperation (`<li>`).
 * @csspart title - A cooperation's heading.
 * @csspart link - The link on a cooperation's title, when the data has one.
 * @csspart status - A cooperation's computed status ("In force since February 2020").
 * @csspart facts - The `<dl>` with the regions by role and the period.
 * @csspart summary - A cooperation's summary.
 * @csspart sources - A cooperation's source documents.
 * @csspart empty - The message shown when there is nothing to list.
 *
 * @cssprop [--coop-color-surface=#f2f4f7] - Background of the status badges.
 * @cssprop [--coop-color-done=#1f6b36] - Colour of the "in force" status.
 */
export class CoopCooperationList extends CoopElement<Cooperations> {
  static override styles = [...CoopElement.styles, plainList, partnershipStyles, styles];
  static override properties = { region: {}, now: {} };

  protected readonly element = core;

  /** Id of the region whose cooperations to list, e.g. `stockholm`; every cooperation in the data when unset. */
  region?: string;

  /** "Today" for the computed statuses, as an ISO date (`2026-11-21`); the clock when unset. */
  now?: string;

  protected emptyMessage() {
    return msg('There is no cooperation to list here yet.', { id: 'noCooperation' });
  }

  protected renderItem(c: Cooperations, dataset: Dataset) {
    return renderCooperationList(c, dataset, { locale: this.locale, level: this.level, now: resolveNow(this.now) });
  }
}
