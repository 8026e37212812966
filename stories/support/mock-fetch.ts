import { bundledDataset } from '../../dist/lib/data/bundled.js';

/**
 * Storybook only: answers requests to https://data.example/ so that every
 * loading and error state can be previewed from a static site. Every other
 * request goes to the network as usual.
 */
export const MOCK_ORIGIN = 'https://data.example';

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** Waits until the request is aborted (e.g. by the element's timeout), like a server that never answers. */
const never = (signal?: AbortSignal | null) =>
  new Promise<Response>((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

export function mockResponse(path: string, signal?: AbortSignal | null): Promise<Response> {
  switch (path) {
    case '/data.json':
      return Promise.resolve(json(bundledDataset));
    case '/missing-field.json': {
      const broken = structuredClone(bundledDataset) as unknown as { partnerships: Record<string, unknown>[] };
      delete broken.partnerships[0].kind;
      return Promise.resolve(json(broken));
    }
    case '/slow.json':
    case '/timeout.json':
      return never(signal);
    case '/refused.json':
      return Promise.reject(new TypeError('Failed to fetch'));
    case '/html.json':
      return Promise.resolve(new Response('<!doctype html><title>Sign in</title>', { headers: { 'content-type': 'text/html' } }));
    case '/large.json':
      return Promise.resolve(json({}, { headers: { 'content-length': String(50_000_000) } }));
    case '/500.json':
      return Promise.resolve(new Response('Server error', { status: 500 }));
    default:
      return Promise.resolve(new Response('Not found', { status: 404 }));
  }
}

export function installMockFetch(): void {
  const real = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    return url.origin === MOCK_ORIGIN ? mockResponse(url.pathname, init?.signal) : real(input, init);
  };
}
