import type { Dataset } from './schema.js';
import { DataError } from './errors.js';
import { validateDataset } from './validate.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_BYTES = 1_000_000;

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

const requests = new Map<string, Promise<unknown>>();

async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') {
      throw new DataError('timeout', `No answer from ${url} within ${timeoutMs} ms.`);
    }
    throw new DataError('fetch-failed', `Could not fetch ${url}: ${(e as Error).message}`);
  }
  if (response.status === 404 || response.status === 410) {
    throw new DataError('not-found', `${url} answered ${response.status}.`, { status: response.status });
  }
  if (!response.ok) {
    throw new DataError('fetch-failed', `${url} answered ${response.status}.`, { status: response.status });
  }
  const type = response.headers.get('content-type') ?? '';
  if (/html|xml/i.test(type) && !/json/i.test(type)) {
    throw new DataError('invalid-json', `${url} sent ${type}, not JSON.`);
  }
  if (Number(response.headers.get('content-length')) > MAX_BYTES) {
    throw new DataError('too-large', `${url} is larger than ${MAX_BYTES} bytes.`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    const timedOut = (e as Error).name === 'TimeoutError';
    throw new DataError(timedOut ? 'timeout' : 'fetch-failed', `Reading ${url} failed: ${(e as Error).message}`);
  }
  if (text.length > MAX_BYTES) throw new DataError('too-large', `${url} is larger than ${MAX_BYTES} bytes.`);
  return parseJson(text);
}

/**
 * Fetches and parses a dataset file; one request per URL however many widgets
 * use it. A failed request is forgotten so that a later attempt can retry.
 */
export function fetchDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<Dataset> {
  const absolute = new URL(url, document.baseURI).href;
  let request = requests.get(absolute);
  if (!request) {
    request = fetchJson(absolute, timeoutMs);
    requests.set(absolute, request);
    request.catch(() => requests.delete(absolute));
  }
  return request.then(toDataset);
}
