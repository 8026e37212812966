import { formatted, intl } from './intl.js';
import type { Locale } from './locale.js';

/** 12 200 000 → "12,2 miljoner" / "12,2 millions" / "12.2 million". */
export function formatCount(value: number, locale: Locale): string {
  if (value < 1_000_000) return formatNumber(value, locale);
  return formatted('compact', locale, value, () =>
    intl('compact', locale, (tag) =>
      new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 }),
    ).format(value),
  );
}

export function formatNumber(value: number, locale: Locale): string {
  return formatted('number', locale, value, () => intl('number', locale, (tag) => new Intl.NumberFormat(tag)).format(value));
}

/** `one` or `other` for `count` in `locale`, since `msg()` has no plurals. */
export function isSingular(count: number, locale: Locale): boolean {
  return formatted('plural', locale, count, () => intl('plural', locale, (tag) => new Intl.PluralRules(tag)).select(count)) === 'one';
}
