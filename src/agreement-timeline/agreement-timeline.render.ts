import { msg } from '../i18n/localization.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading } from '../base/heading.js';
import { eventKindLabel, eventStatusLabel } from '../base/event-labels.js';
import { link, period } from '../base/parts.js';
import type { RenderContext } from '../base/render-context.js';
import { renderSources } from '../base/sources.js';
import type { Dataset, Partnership, TimelineEvent } from '../data/schema.js';
import { eventStatus, sortByDate } from '../dates/status.js';
import { localized } from '../i18n/text.js';

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
