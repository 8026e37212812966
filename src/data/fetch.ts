import type { Dataset } from './schema.js';
import { DataError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, MAX_BYTES } from './limits.js';
import { refusedOrigin } from './origins.js';

interface SharedRequest {
  promise: Promise<Dataset>;
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

/** The page allows `url`'s origin (src/data/origins.ts), or the error that says it does not. */
function checkOrigin(url: string, asked: string) {
  const refused = refusedOrigin(url, document);
  if (refused) {
    const how = url === asked ? '' : ` (${asked} sent the request on there)`;
    throw new DataError('origin-not-allowed', `The data comes from ${refused}${how}, and this page does not accept data from there.`, { origin: refused });
  }
}

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  try {
    checkOrigin(url, url);
    const response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
    // After redirects: the origin that answered must be one the page allows too.
    checkOrigin(response.url || url, url);
    if (response.status === 404 || response.status === 410) {
      throw new DataError('not-found', `${url} answered ${response.status}.`, { status: response.status });
    }
    if (!response.ok) throw new DataError('fetch-failed', `${url} answered ${response.status}.`, { status: response.status });
    const type = response.headers.get('content-type') ?? '';
    if (/html|xml/i.test(type) && !/json/i.test(type)) throw new DataError('invalid-json', `${url} sent ${type}, not JSON.`);
    return await readCapped(response, url);
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError('fetch-failed', `Could not fetch ${url}: ${(e as Error).message}`);
  }
}

/** Reads a dataset from the text of a file: external.ts's reader, passed in so that this chunk imports nothing of the code that loads it. */
export type ReadText = (text: string) => Dataset;

/**
 * Fetches a dataset file and reads it with `read`. One request per URL however many widgets
 * use it. Each widget waits as long as its own `timeoutMs` and can stop
 * waiting (`signal`: it left the page, or its `src` changed); the request is
 * cancelled when no widget waits for it any more. A failed request is
 * forgotten so that a later attempt can retry; a successful one is kept for
 * the page's lifetime.
 */
export function fetchDataset(url: string, read: ReadText, timeoutMs = DEFAULT_TIMEOUT_MS, signal?: AbortSignal): Promise<Dataset> {
  const absolute = new URL(url, document.baseURI).href;
  let shared = requests.get(absolute);
  if (!shared) {
    const controller = new AbortController();
    const request = { controller, users: 0, settled: false } as SharedRequest;
    request.promise = fetchText(absolute, controller.signal).then(read).finally(() => (request.settled = true));
    request.promise.catch(() => requests.get(absolute) === request && requests.delete(absolute));
    requests.set(absolute, request);
    shared = request;
  }
  const request = shared;
  request.users++;
  return new Promise<Dataset>((resolve, reject) => {
    let waiting = true;
    /** `then`, for whichever comes first: the data, an error, the timeout or the widget leaving. */
    const first =
      <T>(then: (value: T) => void) =>
      (value: T) => {
        if (!waiting) return;
        waiting = false;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        then(value);
      };
    const leave = first((reason: unknown) => {
      reject(reason);
      if (--request.users === 0 && !request.settled) {
        request.controller.abort(new DOMException('No widget waits for this data any more.', 'AbortError'));
        if (requests.get(absolute) === request) requests.delete(absolute);
      }
    });
    const onAbort = () => leave(new DOMException('The widget no longer waits for this data.', 'AbortError'));
    const timer = setTimeout(
      () => leave(new DataError('timeout', `No complete answer from ${absolute} within ${timeoutMs} ms.`)),
      timeoutMs,
    );
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.promise.then(first(resolve), first(reject));
  });
}
