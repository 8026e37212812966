import { msg } from '../i18n/localization.js';
import { PartnershipElement } from '../base/partnership-element.js';
import type { Dataset, Partnership } from '../data/schema.js';
import { calendarPath } from '../data/calendar-path.js';
import { resolveNow } from '../dates/dates.js';
import { renderAgreementTimeline } from './agreement-timeline.render.js';
import { styles } from './agreement-timeline.styles.js';
import { core } from './element.js';

/**
 * The timeline of one partnership: decisions, signing, entry into force,
 * reporting, end of term and possible extension, each marked done, current or
 * upcoming relative to today (or to `now`), or planned or possible whatever the
 * date when the data says so: a plan is not shown as done once its date passes.
 *
 * @tagname coop-agreement-timeline
 * @summary A partnership's timeline, with each event's status relative to today.
 *
 * @csspart base - The `<section>` that holds the timeline.
 * @csspart heading - The "Timeline" heading.
 * @csspart subtitle - The partnership's title under the heading.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event (`<li>`); also `event-done`, `event-current`, `event-upcoming`, `event-planned` or `event-possible`.
 * @csspart marker - The dot on the line that shows an event's status.
 * @csspart date - The date or period of an event.
 * @csspart event-title - The heading of an event.
 * @csspart status - The status and kind of an event in words.
 * @csspart event-description - The description of an event.
 * @csspart sources - The list of source documents.
 * @csspart calendar - The "Add to calendar" link (an iCalendar file of the events), on the bundled data from dist/.
 * @csspart empty - The message shown when the partnership has no events.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Current events, links and focus ring.
 * @cssprop [--coop-color-border=#767b85] - The line and upcoming markers.
 * @cssprop [--coop-color-text=#1b1d22] - Text, and the dotted markers of planned events.
 * @cssprop [--coop-color-done=#1f6b36] - Markers of done events.
 * @cssprop [--coop-color-possible=#6a3fa0] - Markers of possible events.
 */
export class CoopAgreementTimeline extends PartnershipElement {
  static override styles = [...PartnershipElement.styles, styles];
  static override properties = { now: {}, order: {} };

  protected readonly element = core;

  /** "Today" for the events' status, as an ISO date (`2026-11-21`); the clock when unset. */
  now?: string;

  /** `asc` (oldest first, the default) or `desc` (newest first). */
  order: 'asc' | 'desc' = 'asc';

  protected emptyMessage() {
    return msg('No events have been published for this partnership yet.', { id: 'noEvents' });
  }

  protected renderItem(p: Partnership, dataset: Dataset) {
    const ctx = { locale: this.locale, level: this.level, now: resolveNow(this.now) };
    // On the bundled data from the CDN build, the build's calendar of this partnership.
    const dist = this.bundledFrom;
    const calendar = dist && new URL(calendarPath(this.locale, p.id), dist).href;
    return renderAgreementTimeline(p, dataset, ctx, this.order === 'desc' ? 'desc' : 'asc', calendar);
  }
}
