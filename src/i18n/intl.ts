import type { Locale } from './locale.js';

/** The locale `Intl` gets: British English for day–month order in `en`. */
function intlLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const cache = new Map<string, unknown>();

/** One `Intl` object per kind and locale: making them is slow, using them is not. */
export function intl<T>(kind: string, locale: Locale, make: (tag: string) => T): T {
  const key = `${kind}:${locale}`;
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make(intlLocale(locale))));
  return value;
}

/**
 * Text formatted so far, by kind, locale and input: each is formatted once. A widget on the bundled
 * data starts with the text `Intl` gave at build time for everything the bundled data shows
 * (src/data/bundled-texts.ts, from the static export of every widget in every language, see
 * scripts/write-texts.mjs), so its first render makes no `Intl` object: the first one a page
 * makes costs 15–30 ms in Chromium (ICU's locale data) before anything can paint.
 */
const texts: Record<string, string> = {};

/** `format()`'s text for `input` in `locale`, formatted once (or prepared at build time). */
export const formatted = (kind: string, locale: Locale, input: string | number, format: () => string): string =>
  (texts[`${kind}:${locale}:${input}`] ??= format());

/** Adds text prepared at build time (the bundled data's). */
export const prepareTexts = (prepared: Readonly<Record<string, string>>) => void Object.assign(texts, prepared);

/** Every text formatted or prepared so far in this realm, by key (what scripts/write-texts.mjs writes). */
export const textsSoFar = (): Record<string, string> => ({ ...texts });
