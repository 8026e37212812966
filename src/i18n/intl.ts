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
