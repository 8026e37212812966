import type { Dataset } from './schema.js';
import { DataError } from './errors.js';
import { parseJson, toDataset } from './external.js';

import { DEFAULT_TIMEOUT_MS } from './limits.js';

/** The largest data file read; bigger ones end in a `too-large` error. */
export const MAX_BYTES = 2_000_000;

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/** Reads the body, stopping as soon as it passes the cap (a chunked body gives no length up front). */
async function readCapped(response: Response, url: string): Promise<string> {
  const tooLarge = () => new DataError('too-large', `${url} is larger than ${MAX_BYTES} bytes.`);
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_BYTES) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 404 || response.status === 410) {
      throw new DataError('not-found', `${url} answered ${response.status}.`, { status: response.status });
    }
    if (!response.ok) throw new DataError('fetch-failed', `${url} answered ${response.status}.`, { status: response.status });
    const type = response.headers.get('content-type') ?? '';
    if (/html|xml/i.test(type) && !/json/i.test(type)) throw new DataError('invalid-json', `${url} sent ${type}, not JSON.`);
    return parseJson(await readCapped(response, url));
  } catch (e) {
    if (e instanceof DataError) throw e;
    if (signal.aborted && (signal.reason as Error)?.name === 'TimeoutError') {
      throw new DataError('timeout', `No complete answer from ${url} within ${timeoutMs} ms.`);
    }
    throw new DataError('fetch-failed', `Could not fetch ${url}: ${(e as Error).message}`);
  }
}

/**
 * Fetches and parses a dataset file. One request per URL however many widgets
 * use it; it is cancelled when every widget waiting for it has gone (`signal`)
 * and given up after `timeoutMs`. A failed request is forgotten so that a
 * later attempt can retry; a successful one is kept for the page's lifetime.
 */
export function fetchDataset(url: string, timeoutMs = DEFAULT_TIMEOUT_MS, signal?: AbortSignal): Promise<Dataset> {
  const absolute = new URL(url, document.baseURI).href;
  let shared = requests.get(absolute);
  if (!shared) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
    const request: SharedRequest = { controller, users: 0, settled: false, promise: Promise.resolve() };
    request.promise = fetchJson(absolute, controller.signal, timeoutMs).finally(() => {
      clearTimeout(timer);
      request.settled = true;
    });
    request.promise.catch(() => requests.get(absolute) === request && requests.delete(absolute));
    requests.set(absolute, request);
    shared = request;
  }
  const request = shared;
  request.users++;
  return new Promise<Dataset>((resolve, reject) => {
    const leave = () => {
      request.users--;
      reject(new DOMException('The widget no longer waits for this data.', 'AbortError'));
      if (request.users === 0 && !request.settled) {
        request.controller.abort(new DOMException('No widget waits for this data any more.', 'AbortError'));
        if (requests.get(absolute) === request) requests.delete(absolute);
      }
    };
    if (signal?.aborted) return leave();
    signal?.addEventListener('abort', leave, { once: true });
    request.promise.then((json) => toDataset(json)).then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
  });
}
