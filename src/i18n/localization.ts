import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import * as sv from '../generated/locales/sv.js';
import * as fr from '../generated/locales/fr.js';
import type { Locale } from './locale.js';

let active: Locale = 'en';
const modules: Record<string, LocaleModule> = { sv, fr };

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['sv', 'fr'],
  getLocale: () => active,
  loadLocaleSync: (locale) => modules[locale],
});

/**
 * Runs `fn` (a synchronous render) with `locale` as the active locale for
 * `msg()`, then restores the previous one, so that elements in different
 * languages can render side by side on one page.
 */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
