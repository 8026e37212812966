import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { templates as sv } from '../generated/locales/sv.js';
import { templates as fr } from '../generated/locales/fr.js';
import type { Locale } from './locale.js';

type Templates = LocaleModule['templates'];

let active: Locale = 'en';
const catalogs: Record<string, LocaleModule> = { sv: { templates: { ...sv } }, fr: { templates: { ...fr } } };

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['sv', 'fr'],
  getLocale: () => active,
  loadLocaleSync: (locale) => catalogs[locale],
});

/** Adds the translations a lazily loaded chunk brings (e.g. the error state's). */
export function addTemplates(extra: Partial<Record<Locale, Templates>>): void {
  for (const [locale, templates] of Object.entries(extra)) Object.assign(catalogs[locale].templates, templates);
}

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
