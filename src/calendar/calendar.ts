/**
 * A partnership's dated milestones as an iCalendar file (RFC 5545), written by the maintained `ics`
 * library: one all-day VEVENT per timeline event, spanning the event's date at its precision (a day,
 * a month or a year; to `end` when the event has one), its title and description in one language,
 * its kind in words, and its first source with a URL as URL. A possible event is TENTATIVE.
 * Runs in Node: `cooperation-widgets calendar` and the build (dist/calendar/<lang>/<id>.ics).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { eventKindLabel } from '../agreement-timeline/labels.js';
import { DataError } from '../data/errors.js';
import type { Dataset, Partnership, TimelineEvent } from '../data/schema.js';
import { parseIsoDate } from '../dates/dates.js';
import { normalizeLocale, type Locale } from '../i18n/locale.js';
import '../i18n/all-languages.js';
import { withLocale } from '../i18n/localization.js';
import { pickText } from '../i18n/text.js';

/** The partnerships whose timeline has events: the ones that get a calendar. */
export const calendarIds = (data: Dataset) => data.partnerships.filter((p) => p.timeline?.length).map((p) => p.id);

/** The first day of `iso` at its precision, and the first day after its last one (DTEND is exclusive). */
function span(iso: string): { start: DateArray; after: DateArray } {
  const d = parseIsoDate(iso);
  if (!d) throw new DataError('invalid-data', `not a date: ${iso}`);
  const { year, month, day } = d;
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const after = day ? Date.UTC(year, month! - 1, day + 1) : month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  const parts = (ms: number): DateArray => {
    const x = new Date(ms);
    return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()];
  };
  return { start: parts(start), after: parts(after) };
}

function toEvent(p: Partnership, e: TimelineEvent, data: Dataset, locale: Locale): EventAttributes {
  const text = (t: Parameters<typeof pickText>[0] | undefined) => (t ? pickText(t, locale).text : '');
  const url = e.sources.map((id) => data.sources.find((s) => s.id === id)?.url).find(Boolean);
  return {
    uid: `${p.id}.${e.id}@cooperation-widgets`,
    start: span(e.date).start,
    end: span(e.end ?? e.date).after,
    title: text(e.title),
    description: [text(e.description), eventKindLabel(e.kind)].filter(Boolean).join('\n\n'),
    status: e.possible ? 'TENTATIVE' : 'CONFIRMED',
    transp: 'TRANSPARENT',
    ...(url ? { url } : {}),
  };
}

/** The iCalendar text of partnership `id` in `lang`; DataError `not-found` when it has no dated event. */
export function partnershipCalendar(data: Dataset, id: string, lang: string): string {
  const locale = normalizeLocale(lang);
  const p = data.partnerships.find((x) => x.id === id);
  if (!p?.timeline?.length) {
    throw new DataError('not-found', `no partnership "${id}" with a timeline (these have one: ${calendarIds(data).join(', ')})`);
  }
  return withLocale(locale, () => {
    const events = p.timeline!.map((e) => toEvent(p, e, data, locale));
    const { error, value } = createEvents(events, { productId: 'cooperation-widgets', calName: pickText(p.title, locale).text });
    if (error || !value) throw error ?? new Error('ics wrote nothing');
    return value;
  });
}
