import type { LocaleModule, MsgOptions, StrResult } from '@lit/localize';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import { Chunk } from '../util/chunk.js';
import type { Locale } from './locale.js';

type Templates = LocaleModule['templates'];
type Target = Exclude<Locale, 'en'>;

let active: Locale = 'en';
/** Each language's messages so far; the error state's are added when it loads. */
const modules: Record<Target, LocaleModule> = { sv: { templates: {} }, fr: { templates: {} } };
/**
 * Each language's catalog chunks that a widget must wait for: those the
 * per-element entries registered (see `useCatalogs`), none once every message
 * is here (`addTemplates(…, true)`).
 */
const catalogs: Record<Target, Chunk<LocaleModule>[]> = { sv: [], fr: [] };
/** Whether every message of a language is here. */
const whole: Record<Target, boolean> = { sv: false, fr: false };

/** A language's catalog, loaded on first use. */
export type CatalogLoaders = Record<Target, () => Promise<LocaleModule>>;

/**
 * Registers an element's catalogs (a per-element entry's own, see
 * scripts/split-catalogs.mjs): a widget renders in a language once all of
 * that language's registered catalogs are here.
 */
export function useCatalogs(loaders: CatalogLoaders): void {
  for (const locale of ['sv', 'fr'] as const) {
    if (!whole[locale]) {
      catalogs[locale].push(new Chunk(() => loaders[locale]().then((m) => (addTemplates({ [locale]: m.templates }), m))));
    }
  }
}

/**
 * `msg()` for this library's messages, looked up by their id in the messages
 * of the language `withLocale` made active (English is the text in the call).
 * Every call names its id (the type requires one), so no message is ever
 * hashed at run time, and a message is plain text or a `str` template, never
 * HTML. It is not installed as @lit/localize's page-wide `msg`
 * (configureReentrantLocalization does that, and a page may do it once): a host
 * app that configures @lit/localize for its own messages, before or after
 * importing this library, keeps its configuration, and ours keeps its
 * languages. `_LIT_LOCALIZE_MSG_` is the mark `lit-localize extract` finds its
 * calls by.
 */
export const msg = ((template: string | StrResult, { id }: MsgOptions & { id: string }) => {
  const localized = active === 'en' ? undefined : modules[active].templates[id];
  if (typeof localized === 'string') return localized;
  if (typeof template === 'string') return template;
  return localized && 'strTag' in localized
    ? joinStringsAndValues(localized.strings, template.values, localized.values as number[])
    : joinStringsAndValues(template.strings, template.values);
}) as ((template: string | StrResult, options: MsgOptions & { id: string }) => string) & { _LIT_LOCALIZE_MSG_?: never };

/**
 * Adds translations: a language's whole catalog (`all`, as the CDN bundle
 * and the npm entry do for every language up front, see all-languages.ts), or
 * the messages a lazily loaded chunk brings (e.g. the error state's).
 */
export function addTemplates(extra: Partial<Record<Target, Templates>>, all = false): void {
  for (const [locale, more] of Object.entries(extra) as [Target, Templates][]) {
    Object.assign(modules[locale].templates, more);
    if (all) {
      whole[locale] = true;
      catalogs[locale] = [];
    }
  }
}

/**
 * Whether `locale`'s messages have settled (loaded, or failed). In the
 * per-element entries each language's catalogs are loaded the first time a
 * widget renders in it; until then this returns false and calls `then` as
 * each of them settles.
 */
export function localeReady(locale: Locale, then: () => void): boolean {
  return locale === 'en' || catalogs[locale].map((c) => c.ready(then)).every(Boolean);
}

/** Whether `locale`'s messages are here (English always is). */
export function hasMessages(locale: Locale): boolean {
  return locale === 'en' || catalogs[locale].every((c) => c.value !== undefined && c.value !== null);
}

/** `locale`, or English when one of its catalogs could not be loaded (so that `lang` stays true to the text). */
export function usableLocale(locale: Locale): Locale {
  return locale !== 'en' && catalogs[locale].some((c) => c.value === null) ? 'en' : locale;
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
