import type { LocaleModule, msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { Chunk } from '../base/chunk.js';
import type { Locale } from './locale.js';

type Templates = LocaleModule['templates'];
type Target = Exclude<Locale, 'en'>;

let active: Locale = 'en';
/** Each language's messages so far; the error state's are added when it loads. */
const modules: Record<Target, LocaleModule> = { sv: { templates: {} }, fr: { templates: {} } };
const lazyCatalog = (locale: Target, load: () => Promise<LocaleModule>) =>
  new Chunk(() => load().then((m) => (addTemplates({ [locale]: m.templates }), m)));
/** Each language's catalog: a chunk of its own in the per-element entries. */
const catalogs: Record<Target, Chunk<LocaleModule>> = {
  sv: lazyCatalog('sv', () => import('../generated/locales/sv.js')),
  fr: lazyCatalog('fr', () => import('../generated/locales/fr.js')),
};

/**
 * `msg()` for this library's messages: @lit/localize's own lookup (ids, `str`
 * templates) in the messages of the language `withLocale` made active. It is
 * not installed as @lit/localize's page-wide `msg` (configureReentrantLocalization
 * does that, and a page may do it once): a host app that configures
 * @lit/localize for its own messages, before or after importing this library,
 * keeps its configuration, and ours keeps its languages. Typed as @lit/localize's
 * `msg`, so `lit-localize extract` finds every call.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(active === 'en' ? undefined : modules[active].templates, template as never, options)) as typeof litMsg;

/**
 * Adds translations: a language's whole catalog (`whole`, as the CDN bundle
 * and the npm entry do for every language up front, see all-languages.ts), or
 * the messages a lazily loaded chunk brings (e.g. the error state's).
 */
export function addTemplates(extra: Partial<Record<Target, Templates>>, whole = false): void {
  for (const [locale, more] of Object.entries(extra) as [Target, Templates][]) {
    Object.assign(modules[locale].templates, more);
    if (whole) catalogs[locale].value = { templates: more };
  }
}

/**
 * Whether `locale`'s messages have settled (loaded, or failed). In the
 * per-element entries each language's catalog is loaded the first time a
 * widget renders in it; until then this returns false and calls `then` once
 * it has settled.
 */
export function localeReady(locale: Locale, then: () => void): boolean {
  return locale === 'en' || catalogs[locale].ready(then);
}

/** Whether `locale`'s messages are here (English always is). */
export function hasMessages(locale: Locale): boolean {
  return locale === 'en' || !!catalogs[locale].value;
}

/** `locale`, or English when its catalog could not be loaded (so that `lang` stays true to the text). */
export function usableLocale(locale: Locale): Locale {
  return locale !== 'en' && catalogs[locale].value === null ? 'en' : locale;
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
