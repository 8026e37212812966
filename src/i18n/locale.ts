/** The UI languages every element can render in. */
export const LOCALES = ['en', 'sv', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** `sv-SE` → `sv`, `fr-CA` → `fr`, anything unknown or empty → `en`. */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/**
 * The language an element renders in: its own `lang`, else the nearest
 * ancestor with `lang` (crossing shadow roots to their hosts), else
 * `<html lang>`, else `en`. An empty `lang=""` counts as unknown.
 */
export function resolveLocale(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLocale(node.getAttribute('lang'));
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'en';
}

/** Something that re-checks its language when a `lang` attribute changes. */
export interface LangListener {
  langMaybeChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

function notify() {
  for (const listener of listeners) listener.langMaybeChanged();
}

/**
 * Watches every `lang` attribute that can affect `el` (connected): one
 * observer for the document and each shadow root `el` sits in. Observing a
 * root again only renews its registration, so widgets can share roots.
 */
export function watchLang(el: Element, listener: LangListener): void {
  observer ??= new MutationObserver(notify);
  listeners.add(listener);
  for (let root = el.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
    if (!(root instanceof ShadowRoot)) break;
  }
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
}
