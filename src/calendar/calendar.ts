/**
 * A partnership's dated milestones as an iCalendar file (RFC 5545), written by the maintained `ics`
 * library: one all-day VEVENT per timeline event, spanning the event's date at its precision (a day,
 * a month or a year; to `end` when the event has one and it is not earlier), its title and description in one language,
 * its kind in words, and its first source with a URL as URL. A planned or possible event is TENTATIVE
 * (the sources do not report that it happened) and says so at the start of its title.
 * Runs in Node: `cooperation-widgets calendar` and the build (dist/calendar/<lang>/<id>.ics).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { eventKindLabel, eventStatusLabel } from '../base/event-labels.js';
import { DataError } from '../data/errors.js';
import type { Dataset, Partnership, TimelineEvent } from '../data/schema.js';
import { endOf, parseIsoDate, startOf } from '../dates/dates.js';
import { normalizeLocale, type Locale } from '../i18n/locale.js';
import '../i18n/all-languages.js';
import { withLocale } from '../i18n/localization.js';
import { pickText } from '../i18n/text.js';

/** The partnerships whose timeline has events: the ones that get a calendar. */
export const calendarIds = (data: Dataset) => data.partnerships.filter((p) => p.timeline?.length).map((p) => p.id);

/** A UTC instant as ics's all-day date. */
function day(ms: number): DateArray {
  const x = new Date(ms);
  return [x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate()];
}

/**
 * The event's days: from the first day of its date at its precision to the first day after its
 * end's (DTEND is exclusive); an end before the date counts as none.
 */
function span(e: TimelineEvent): { start: DateArray; end: DateArray } {
  const parse = (iso: string) => {
    const d = parseIsoDate(iso);
    if (!d) throw new DataError('invalid-data', `not a date: ${iso}`);
    return d;
  };
  const from = parse(e.date);
  const to = e.end ? endOf(parse(e.end)) : undefined;
  return { start: day(startOf(from)), end: day(to === undefined ? endOf(from) : Math.max(endOf(from), to)) };
}

/**
 * The calendar's DTSTAMP, never the clock, so that two builds of one commit write the same file:
 * `SOURCE_DATE_EPOCH` (seconds) when the environment sets it (reproducible-builds.org), else the
 * newest date among the data's sources, else among the partnership's events.
 */
export function stampOf(data: Dataset, p: Partnership): number {
  const epoch = Number(globalThis.process?.env.SOURCE_DATE_EPOCH);
  if (Number.isInteger(epoch) && epoch >= 0) return epoch * 1000;
  // A loop, not Math.max(...dates): a file may hold more dates than a call takes arguments.
  const newest = (dates: (string | undefined)[]) =>
    dates.reduce((max, d) => {
      const parsed = d ? parseIsoDate(d) : undefined;
      return parsed ? Math.max(max, startOf(parsed)) : max;
    }, -Infinity);
  const sources = newest(data.sources.map((s) => s.date));
  return Number.isFinite(sources) ? sources : Math.max(newest((p.timeline ?? []).map((e) => e.date)), 0);
}

/** An event's attributes; `timestamp` (DTSTAMP) is one ics reads and validates but does not declare in its types. */
type Stamped = EventAttributes & { timestamp: number };

function toEvent(p: Partnership, e: TimelineEvent, data: Dataset, locale: Locale, timestamp: number): Stamped {
  const text = (t: Parameters<typeof pickText>[0] | undefined) => (t ? pickText(t, locale).text : '');
  const url = e.sources.map((id) => data.sources.find((s) => s.id === id)?.url).find(Boolean);
  // Calendar apps show the title and rarely the status: a plan or a possibility says so in its title.
  const tentative = e.possible ? 'possible' : e.planned ? 'planned' : undefined;
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  return {
    uid: `${p.id}.${e.id}@cooperation-widgets`,
    ...span(e),
    title: tentative ? `${eventStatusLabel(tentative)}${colon}${text(e.title)}` : text(e.title),
    description: [text(e.description), eventKindLabel(e.kind)].filter(Boolean).join('\n\n'),
    status: e.planned || e.possible ? 'TENTATIVE' : 'CONFIRMED',
    transp: 'TRANSPARENT',
    timestamp,
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
    const stamp = stampOf(data, p);
    const events = p.timeline!.map((e) => toEvent(p, e, data, locale, stamp));
    const { error, value } = createEvents(events, { productId: 'cooperation-widgets', calName: pickText(p.title, locale).text });
    if (error || !value) throw error ?? new Error('ics wrote nothing');
    return value;
  });
}
