import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { templates as coreSv } from '../generated/core-locales/sv.js';
import { templates as coreFr } from '../generated/core-locales/fr.js';
import type { Locale } from './locale.js';

type Templates = LocaleModule['templates'];
type Target = Exclude<Locale, 'en'>;

let active: Locale = 'en';
// Every widget carries the loading message and the error state's first line in
// every language; the rest of a language's messages come with its catalog.
const catalogs: Record<Target, LocaleModule> = { sv: { templates: { ...coreSv } }, fr: { templates: { ...coreFr } } };
/** Languages whose whole catalog is here (true) or could not be loaded (false). */
const settled = new Map<Locale, boolean>([['en', true]]);
const loading = new Map<Locale, Promise<unknown>>();
const LOADERS: Record<Target, () => Promise<{ templates: Templates }>> = {
  sv: () => import('../generated/locales/sv.js'),
  fr: () => import('../generated/locales/fr.js'),
};

configureReentrantLocalization({
  sourceLocale: 'en',
  targetLocales: ['sv', 'fr'],
  getLocale: () => active,
  loadLocaleSync: (locale) => catalogs[locale as Target],
});

/**
 * Adds translations: a language's whole catalog (`complete`), or the messages
 * a lazily loaded chunk brings (e.g. the error state's).
 */
export function addTemplates(extra: Partial<Record<Target, Templates>>, complete = false): void {
  for (const [locale, templates] of Object.entries(extra) as [Target, Templates][]) {
    Object.assign(catalogs[locale].templates, templates);
    if (complete) settled.set(locale, true);
  }
}

/**
 * Whether `locale`'s messages can be used now. In the per-element entries each
 * language's catalog is a chunk of its own, loaded the first time a widget
 * renders in that language; until it has settled this returns false and calls
 * `then` once it has. (The CDN bundle and the npm entry import every catalog
 * up front, see all-languages.ts: always true there.)
 */
export function localeReady(locale: Locale, then: () => void): boolean {
  if (settled.has(locale)) return true;
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as Target]().then(
      (m) => addTemplates({ [locale]: m.templates }, true),
      () => settled.set(locale, false),
    );
    loading.set(locale, promise);
  }
  void promise.then(then);
  return false;
}

/** `locale`, or English when its catalog could not be loaded (so `lang` stays true to the text). */
export function usableLocale(locale: Locale): Locale {
  return settled.get(locale) === false ? 'en' : locale;
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
