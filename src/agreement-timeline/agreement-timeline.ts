import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { CoopElement } from '../base/coop-element.js';
import { heading } from '../base/heading.js';
import { eventKindLabel, eventStatusLabel } from '../base/labels.js';
import { period } from '../base/parts.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership, TimelineEvent } from '../data/schema.js';
import { parseIsoDate, resolveNow } from '../dates/dates.js';
import { eventStatus } from '../dates/status.js';
import { localized } from '../i18n/text.js';
import { styles } from './agreement-timeline.styles.js';

/**
 * Orders events by date at the precision both dates have: `2020-02` and
 * `2020-02-18` tie, so the data's own order decides between them.
 */
function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const x = parseIsoDate(a.date);
  const y = parseIsoDate(b.date);
  if (!x || !y) return 0;
  if (x.year !== y.year) return x.year - y.year;
  if (x.month === undefined || y.month === undefined) return 0;
  if (x.month !== y.month) return x.month - y.month;
  if (x.day === undefined || y.day === undefined) return 0;
  return x.day - y.day;
}

/**
 * The timeline of one partnership: decisions, signing, entry into force,
 * reporting, end of term and possible extension, each marked done, current,
 * upcoming or possible relative to today (or to `now`).
 *
 * @tagname coop-agreement-timeline
 * @summary A partnership's timeline, with each event's status relative to today.
 *
 * @slot - Fallback content shown while the element is not yet defined (e.g. the static export's HTML); hidden once it renders.
 *
 * @csspart base - The `<section>` that holds the timeline.
 * @csspart heading - The "Timeline" heading.
 * @csspart subtitle - The partnership's title under the heading.
 * @csspart list - The `<ol>` of events.
 * @csspart event - One event (`<li>`); also `event-done`, `event-current`, `event-upcoming` or `event-possible`.
 * @csspart marker - The dot on the line that shows an event's status.
 * @csspart date - The date or period of an event.
 * @csspart event-title - The heading of an event.
 * @csspart status - The status and kind of an event in words.
 * @csspart event-description - The description of an event.
 * @csspart sources - The list of source documents.
 * @csspart loading - The loading message (`role="status"`).
 * @csspart error - The error message (`role="alert"`).
 * @csspart error-issues - The list of validation problems in the error state.
 * @csspart empty - The message shown when the partnership has no events.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Current events, links and focus ring.
 * @cssprop [--coop-color-text=#1b1d22] - Body text.
 * @cssprop [--coop-color-muted=#4a4f59] - Secondary text.
 * @cssprop [--coop-color-background=#ffffff] - Background.
 * @cssprop [--coop-color-border=#767b85] - The line and upcoming markers.
 * @cssprop [--coop-color-done=#1f6b36] - Markers of done events.
 * @cssprop [--coop-color-possible=#6a3fa0] - Markers of possible events.
 * @cssprop [--coop-color-error=#a3111c] - Error text and border.
 * @cssprop [--coop-color-focus] - Focus ring; defaults to the accent colour.
 * @cssprop [--coop-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--coop-heading-font-family] - Font of headings; defaults to the body font.
 * @cssprop [--coop-radius=0.5rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 *
 * @fires coop-data-load - The data loaded and the timeline is shown. `detail: { source, url?, id }`.
 * @fires coop-data-error - The data could not be shown. `detail: { code, source, url?, id?, status?, issues?, message }`.
 */
export class CoopAgreementTimeline extends CoopElement<Partnership> {
  static override styles = [...CoopElement.styles, styles];

  /** Id of the partnership whose timeline to show. */
  @property() partnership?: string;

  /** "Today" for the events' status, as an ISO date (`2026-11-21`); the clock when unset. */
  @property() now?: string;

  /** `asc` (oldest first, the default) or `desc` (newest first). */
  @property() order: 'asc' | 'desc' = 'asc';

  protected readonly idAttribute = 'partnership';
  protected get itemId() {
    return this.partnership;
  }
  protected items(dataset: Dataset) {
    return dataset.partnerships;
  }
  protected override isEmpty(p: Partnership) {
    return !p.timeline?.length;
  }
  protected emptyMessage() {
    return msg('No events have been published for this partnership yet.');
  }

  private renderEvent(event: TimelineEvent, now: number) {
    const locale = this.locale;
    const status = eventStatus(event, now);
    return html`<li
      part="event event-${status}"
      class="event ${status}"
      aria-current=${ifDefined(status === 'current' ? 'step' : undefined)}
    >
      <span part="marker" class="marker" aria-hidden="true"></span>
      <p part="date" class="date">${period(event.date, event.end, locale)}</p>
      ${heading(this.level + 1, 'event-title', localized(event.title, locale))}
      <p part="status" class="status">
        <span class="badge">${eventStatusLabel(status)}</span>
        <span class="muted">${eventKindLabel(event.kind)}</span>
      </p>
      ${event.description
        ? html`<p part="event-description">${localized(event.description, locale)}</p>`
        : nothing}
    </li>`;
  }

  protected renderItem(p: Partnership, dataset: Dataset) {
    const now = resolveNow(this.now);
    const events = [...(p.timeline ?? [])].sort(byDate);
    if (this.order === 'desc') events.reverse();
    return html`<section part="base" class="root" lang=${this.locale}>
      ${heading(this.level, 'heading', msg('Timeline'))}
      <p part="subtitle" class="muted">${localized(p.title, this.locale)}</p>
      <ol part="list" class="list" ?reversed=${this.order === 'desc'}>
        ${events.map((event) => this.renderEvent(event, now))}
      </ol>
      ${renderSources(dataset, events.flatMap((e) => e.sources), this.locale)}
    </section>`;
  }
}
