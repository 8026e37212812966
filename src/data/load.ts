import type { Dataset } from './schema.js';
import { DataError } from './errors.js';

type Validator = typeof import('./validate.js');

const validated = new WeakMap<object, Dataset>();
let validator: Validator | undefined;
let validatorPromise: Promise<Validator> | undefined;

function check(v: Validator, input: unknown): Dataset {
  const result = v.validateDataset(input);
  if (!result.valid) {
    throw new DataError('invalid-data', `The data has ${result.issues.length} problem(s).`, { issues: result.issues });
  }
  if (input && typeof input === 'object') validated.set(input, result.data);
  return result.data;
}

/**
 * Validates data from outside (`.data`, inline JSON, `src`), once per object.
 * The validator is a chunk of its own, loaded the first time it is needed;
 * after that the result is synchronous.
 */
export function toDataset(input: unknown): Dataset | Promise<Dataset> {
  if (input && typeof input === 'object') {
    const known = validated.get(input);
    if (known) return known;
  }
  if (validator) return check(validator, input);
  validatorPromise ??= import('./validate.js').then((v) => (validator = v));
  return validatorPromise.then((v) => check(v, input));
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

/**
 * Loads the bundled dataset chunk, once per page. It is not validated at run
 * time: the test suite validates it (test/data.test.ts), and it ships as built.
 */
export function loadBundled(): Promise<Dataset> {
  bundledPromise ??= import('./bundled.js').then((m) => (bundled = m.bundledDataset));
  return bundledPromise;
}
