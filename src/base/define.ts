import { useCatalogs, type CatalogLoaders } from '../i18n/localization.js';
import { VERSION } from './version.js';

const KEY = Symbol.for('cooperation-widgets');
type PageRecord = { version: string; warned?: boolean };

/**
 * Defines a custom element once. A second copy of the bundle never throws: the
 * first definition wins; a copy of another version says so once in the console.
 * `catalogs` are the element's messages in sv and fr: in a per-element entry,
 * a chunk loaded the first time a widget renders in that language (the CDN
 * bundle and the npm entry have every message already).
 */
export function define(tag: string, ctor: CustomElementConstructor, catalogs: CatalogLoaders): void {
  useCatalogs(catalogs);
  const page = globalThis as typeof globalThis & { [KEY]?: PageRecord };
  const first = (page[KEY] ??= { version: VERSION });
  if (first.version !== VERSION && !first.warned) {
    first.warned = true;
    console.warn(`cooperation-widgets ${VERSION} not used: ${first.version} was loaded first.`);
  }
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
