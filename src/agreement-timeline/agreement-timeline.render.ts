import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import { eventKindLabel, eventStatusLabel } from './labels.js';
import { link, period } from '../base/parts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership, TimelineEvent } from '../data/schema.js';
import { parseIsoDate, type PartialDate } from '../dates/dates.js';
import { eventStatus } from '../dates/status.js';
import { localized } from '../i18n/text.js';

/**
 * Compares dates at the precision both have: `2020-02` and `2020-02-18` tie,
 * so the data's own order decides between them.
 */
function compareDates(x: PartialDate | undefined, y: PartialDate | undefined): number {
  if (!x || !y) return 0;
  if (x.year !== y.year) return x.year - y.year;
  if (x.month === undefined || y.month === undefined) return 0;
  if (x.month !== y.month) return x.month - y.month;
  if (x.day === undefined || y.day === undefined) return 0;
  return x.day - y.day;
}

/** The events in date order (ties keep the data's order), each date read once, not at every comparison. */
export function sortByDate(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, date: parseIsoDate(event.date) }))
    .sort((a, b) => compareDates(a.date, b.date))
    .map(({ event }) => event);
}

function renderEvent(event: TimelineEvent, ctx: RenderContext) {
  const { locale } = ctx;
  const status = eventStatus(event, ctx.now);
  return html`<li
    part="event event-${status}"
    class="event ${status}"
    aria-current=${ifDefined(status === 'current' ? 'step' : undefined)}
  >
    <span part="marker" class="marker" aria-hidden="true"></span>
    <p part="date" class="date">${period(event.date, event.end, locale)}</p>
    ${heading(ctx.level + 1, 'event-title', localized(event.title, locale))}
    <p part="status" class="status">
      <span class="badge">${eventStatusLabel(status)}</span>
      <span class="muted">${eventKindLabel(event.kind)}</span>
    </p>
    ${event.description ? html`<p part="event-description">${localized(event.description, locale)}</p>` : nothing}
  </li>`;
}

/** The timeline's content, with a link to its iCalendar file when there is one; call inside `withLocale`. */
export function renderAgreementTimeline(p: Partnership, dataset: Dataset, ctx: RenderContext, order: 'asc' | 'desc', calendar?: string) {
  const events = sortByDate(p.timeline ?? []);
  if (order === 'desc') events.reverse();
  return html`<section part="base" class="root" lang=${ctx.locale}>
    ${heading(ctx.level, 'heading', msg('Timeline', { id: 'timeline' }))}
    <p part="subtitle" class="muted">${localized(p.title, ctx.locale)}</p>
    <ol part="list" class="list" ?reversed=${order === 'desc'}>
      ${events.map((event) => renderEvent(event, ctx))}
    </ol>
    ${calendar ? html`<p>${link(calendar, msg('Add to calendar', { id: 'addToCalendar' }), 'calendar')}</p>` : nothing}
    ${renderSources(dataset, events.flatMap((e) => e.sources), ctx.locale)}
  </section>`;
}
