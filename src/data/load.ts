import type { Dataset } from './schema.js';
import { DataError } from './errors.js';
import { validateDataset } from './validate.js';

const validated = new WeakMap<object, Dataset>();

/** Validates once per object: the same dataset shown by twenty widgets is checked once. */
export function toDataset(input: unknown): Dataset {
  if (input && typeof input === 'object') {
    const known = validated.get(input);
    if (known) return known;
  }
  const result = validateDataset(input);
  if (!result.valid) {
    throw new DataError('invalid-data', `The data has ${result.issues.length} problem(s).`, { issues: result.issues });
  }
  if (input && typeof input === 'object') validated.set(input, result.data);
  return result.data;
}

export function parseJson(text: string): unknown {
  if (!text.trim()) throw new DataError('invalid-json', 'The data is empty.');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError('invalid-json', `The data is not valid JSON: ${(e as Error).message}`);
  }
}

let bundled: Dataset | undefined;
let bundledPromise: Promise<Dataset> | undefined;

/** The bundled dataset once it has loaded (so later widgets render at once). */
export function bundledIfLoaded(): Dataset | undefined {
  return bundled;
}

/** Loads the bundled dataset chunk, once per page. */
export function loadBundled(): Promise<Dataset> {
  bundledPromise ??= import('./bundled.js').then((m) => (bundled = toDataset(m.bundledDataset)));
  return bundledPromise;
}
