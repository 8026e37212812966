import type { Partnership, PlannableDate, TimelineEvent } from '../data/schema.js';
import { addYears, endOf, parseIsoDate, startOf, type PartialDate } from './dates.js';

export type EventStatus = 'done' | 'current' | 'upcoming' | 'planned' | 'possible';

/**
 * Where an event stands relative to `now`, by the whole period its date names. A planned event
 * stays planned and a possible one possible whatever the date: only a source that reports it
 * happened makes it done.
 */
export function eventStatus(event: TimelineEvent, now: number): EventStatus {
  if (event.possible) return 'possible';
  if (event.planned) return 'planned';
  const start = parseIsoDate(event.date);
  const end = parseIsoDate(event.end ?? event.date);
  if (!start || !end) return 'upcoming';
  if (now < startOf(start)) return 'upcoming';
  if (now >= endOf(end)) return 'done';
  return 'current';
}

/** Whether the sources give this date of the partnership as planned, not as having happened. */
export const isPlanned = (p: Partnership, date: PlannableDate): boolean => p.dates?.planned?.includes(date) ?? false;

export type PartnershipStatus =
  | { kind: 'unknown' }
  | { kind: 'decided'; date: PartialDate }
  | { kind: 'planned'; date: PartialDate }
  | { kind: 'upcoming'; date: PartialDate }
  | { kind: 'in-force'; since: PartialDate; until?: PartialDate }
  | { kind: 'extension-possible'; ended: PartialDate; until: PartialDate }
  | { kind: 'ended'; ended: PartialDate };

/**
 * The agreement's status today, computed from its dates: never stored, never stale, and never
 * more than the sources report (an entry into force they give as planned stays planned).
 */
export function partnershipStatus(p: Partnership, now: number): PartnershipStatus {
  const dates = p.dates ?? {};
  const inForce = dates.inForce ? parseIsoDate(dates.inForce) : undefined;
  if (inForce && isPlanned(p, 'inForce')) return { kind: 'planned', date: inForce };
  if (!inForce) {
    const decided = dates.decided && !isPlanned(p, 'decided') ? parseIsoDate(dates.decided) : undefined;
    return decided && now >= startOf(decided) ? { kind: 'decided', date: decided } : { kind: 'unknown' };
  }
  if (now < startOf(inForce)) return { kind: 'upcoming', date: inForce };
  if (!dates.termYears) return { kind: 'in-force', since: inForce };
  const termEnd = addYears(inForce, dates.termYears);
  if (now < startOf(termEnd)) return { kind: 'in-force', since: inForce, until: termEnd };
  if (dates.extensionYears) {
    const until = addYears(termEnd, dates.extensionYears);
    if (now < startOf(until)) return { kind: 'extension-possible', ended: termEnd, until };
  }
  return { kind: 'ended', ended: termEnd };
}

/**
 * The agreement's period, e.g. February 2020 – February 2025, planned when its entry into force
 * is, and the end of a possible extension.
 */
export function partnershipPeriod(
  p: Partnership,
): { from: PartialDate; to?: PartialDate; planned: boolean; extendableTo?: PartialDate } | undefined {
  const from = p.dates?.inForce ? parseIsoDate(p.dates.inForce) : undefined;
  if (!from) return undefined;
  const to = p.dates?.termYears ? addYears(from, p.dates.termYears) : undefined;
  const extendableTo = to && p.dates?.extensionYears ? addYears(to, p.dates.extensionYears) : undefined;
  return { from, to, planned: isPlanned(p, 'inForce'), extendableTo };
}

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
