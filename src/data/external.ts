import type { Dataset } from './schema.js';
import { DataError, type DataSourceKind } from './errors.js';
import { validateDataset } from './validate.js';

/** The element's data properties, as the data controller hands them over. */
export interface ExternalSource {
  data?: unknown;
  src?: string;
  timeout: number;
}

const validated = new WeakMap<object, Dataset>();

/** Validates data from outside (`.data`, inline JSON, `src`), once per object. */
export function toDataset(input: unknown): Dataset {
  if (input && typeof input === 'object') {
    const known = validated.get(input);
    if (known) return known;
  }
  const result = validateDataset(input);
  if (!result.valid) {
    const count = `${result.stopped ? 'at least ' : ''}${result.issues.length + result.more}`;
    const extra = { issues: result.issues, moreIssues: result.more, issuesStopped: result.stopped, formatVersion: result.version };
    throw new DataError('invalid-data', `The data has ${count} problem(s).`, extra);
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

/**
 * Reads data from outside the bundle. This module (with the validator) is a
 * chunk of its own, loaded only by widgets given `.data`, inline JSON or
 * `src`; the fetching code is one more chunk, loaded only for `src`. A
 * widget on the bundled data loads neither. `whileFetching` is called once the
 * request for `src` has been sent.
 */
export function readExternal(
  source: Exclude<DataSourceKind, 'bundled'>,
  host: ExternalSource,
  inline: Element | null,
  signal: AbortSignal,
  whileFetching?: () => void,
): Dataset | Promise<Dataset> {
  if (source === 'property') return toDataset(host.data);
  if (source === 'inline') return toDataset(parseJson(inline?.textContent ?? ''));
  const { src = '', timeout } = host;
  return import('./fetch.js').then((m) => {
    const dataset = m.fetchDataset(src, (text) => toDataset(parseJson(text)), timeout, signal);
    // The request is on its way: the page would only wait for it now.
    whileFetching?.();
    return dataset;
  });
}
