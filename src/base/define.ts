import { VERSION } from './version.js';

const KEY = Symbol.for('cooperation-widgets');
type PageRecord = { version: string; warned?: boolean };

/**
 * Defines a custom element once. A second copy of the bundle never throws: the
 * first definition wins; a copy of another version says so once in the console.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const page = globalThis as typeof globalThis & { [KEY]?: PageRecord };
  const first = (page[KEY] ??= { version: VERSION });
  if (first.version !== VERSION && !first.warned) {
    first.warned = true;
    console.warn(`cooperation-widgets ${VERSION} not used: ${first.version} was loaded first.`);
  }
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
