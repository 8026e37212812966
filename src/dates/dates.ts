import { formatted, intl } from '../i18n/intl.js';
import type { Locale } from '../i18n/locale.js';

/** A parsed ISO 8601 date that remembers how precise it was. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export function parseIsoDate(value: string): PartialDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return undefined;
  const date: PartialDate = { year: Number(m[1]) };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  return date;
}

/** First instant of the period a date names (a year, a month or a day), UTC. */
export function startOf(d: PartialDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** First instant after the period a date names, UTC. */
export function endOf(d: PartialDate): number {
  if (d.day !== undefined) return Date.UTC(d.year, (d.month ?? 1) - 1, d.day + 1);
  if (d.month !== undefined) return Date.UTC(d.year, d.month, 1);
  return Date.UTC(d.year + 1, 0, 1);
}

/** The same date `years` later, with the same precision. */
export function addYears(d: PartialDate, years: number): PartialDate {
  return { ...d, year: d.year + years };
}

/** The ISO 8601 text of a partial date, for `<time datetime>`. */
export function toIso(d: PartialDate): string {
  return [d.year, d.month, d.day]
    .filter((n) => n !== undefined)
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
}

type Precision = 'day' | 'month' | 'year';

/** The `Intl` formatter for dates of a precision in `locale`, made once. */
const dateFormat = (precision: Precision, locale: Locale) =>
  intl(`date-${precision}`, locale, (tag) =>
    new Intl.DateTimeFormat(tag, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' && { month: 'long' }),
      ...(precision === 'day' && { day: 'numeric' }),
    }),
  );

/** "2017-11" → "November 2017" / "november 2017" / "novembre 2017"; a day only when the date has one. */
export function formatDate(d: PartialDate, locale: Locale): string {
  const precision = d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
  return formatted('date', locale, toIso(d), () => dateFormat(precision, locale).format(startOf(d)));
}

/**
 * Makes `locale`'s month formatter ahead of its first use, e.g. while the data is on its way: the
 * first `Intl` formatter a page makes costs 15–30 ms (the engine loads its locale data), the next
 * ones about a millisecond.
 */
export const prepareDateFormat = (locale: Locale): void => void dateFormat('month', locale);

/**
 * "today" for status computations: a `now` attribute (an ISO date, read as
 * UTC like every date here, or a date-time) or the clock.
 */
export function resolveNow(value: string | undefined | null): number {
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? Date.now() : t;
}
