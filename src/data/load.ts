import type { Dataset } from './schema.js';

let bundled: Dataset | undefined;
let bundledPromise: Promise<Dataset> | undefined;

/** The bundled dataset once it has loaded (so later widgets render at once). */
export function bundledIfLoaded(): Dataset | undefined {
  return bundled;
}

/**
 * Loads the bundled dataset chunk, once per page. It is not validated at run
 * time: the test suite validates it (test/data.test.ts), and it ships as built.
 */
export function loadBundled(): Promise<Dataset> {
  bundledPromise ??= import('./bundled.js').then((m) => (bundled = m.bundledDataset));
  return bundledPromise;
}
