import type { Partnership, TimelineEvent } from '../data/schema.js';
import { addYears, endOf, parseIsoDate, startOf, type PartialDate } from './dates.js';

export type EventStatus = 'done' | 'current' | 'upcoming' | 'possible';

/** Where an event stands relative to `now`, by the whole period its date names. */
export function eventStatus(event: TimelineEvent, now: number): EventStatus {
  if (event.possible) return 'possible';
  const start = parseIsoDate(event.date);
  const end = parseIsoDate(event.end ?? event.date);
  if (!start || !end) return 'upcoming';
  if (now < startOf(start)) return 'upcoming';
  if (now >= endOf(end)) return 'done';
  return 'current';
}

export type PartnershipStatus =
  | { kind: 'unknown' }
  | { kind: 'decided'; date: PartialDate }
  | { kind: 'upcoming'; date: PartialDate }
  | { kind: 'in-force'; since: PartialDate; until?: PartialDate }
  | { kind: 'extension-possible'; ended: PartialDate; until: PartialDate }
  | { kind: 'ended'; ended: PartialDate };

/** The agreement's status today, computed from its dates: never stored, never stale. */
export function partnershipStatus(p: Partnership, now: number): PartnershipStatus {
  const dates = p.dates ?? {};
  const inForce = dates.inForce ? parseIsoDate(dates.inForce) : undefined;
  if (!inForce) {
    const decided = dates.decided ? parseIsoDate(dates.decided) : undefined;
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

/** The agreement's planned period, e.g. February 2020 – February 2025. */
export function partnershipPeriod(p: Partnership): { from: PartialDate; to?: PartialDate } | undefined {
  const from = p.dates?.inForce ? parseIsoDate(p.dates.inForce) : undefined;
  if (!from) return undefined;
  return { from, to: p.dates?.termYears ? addYears(from, p.dates.termYears) : undefined };
}
