import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError, type CoopDataErrorDetail, type DataSourceKind } from '../data/errors.js';
import { bundledIfLoaded, loadBundled, parseJson, toDataset } from '../data/load.js';
import type { Dataset } from '../data/schema.js';

export type LoadState =
  | { status: 'loading'; source: DataSourceKind }
  | { status: 'loaded'; source: DataSourceKind; dataset: Dataset }
  | { status: 'error'; detail: CoopDataErrorDetail };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout: number;
}

/**
 * Gets a widget its dataset: `.data`, else inline JSON, else `src`, else the
 * bundled dataset. Every failure ends as an error state with a design code; a
 * load that is replaced, or whose element leaves the page, is cancelled.
 */
export class DataController implements ReactiveController {
  state: LoadState = { status: 'loading', source: 'bundled' };
  private token = 0;
  private abort?: AbortController;

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a load was cancelled: load again.
    if (this.token && this.state.status === 'loading') {
      this.load();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts loading; a synchronous source (`.data`, inline JSON) settles at once. */
  load(): void {
    const host = this.host;
    const token = ++this.token;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const settle = (source: DataSourceKind, work: () => Dataset | Promise<Dataset>) => {
      const fail = (e: unknown) => {
        if (token !== this.token || abort.signal.aborted) return;
        this.state = { status: 'error', detail: this.errorDetail(e, source) };
        host.requestUpdate();
      };
      try {
        const result = work();
        if (!(result instanceof Promise)) {
          this.state = { status: 'loaded', source, dataset: result };
          return;
        }
        this.state = { status: 'loading', source };
        result.then((dataset) => {
          if (token !== this.token) return;
          this.state = { status: 'loaded', source, dataset };
          host.requestUpdate();
        }, fail);
      } catch (e) {
        fail(e);
      }
    };
    const inline = host.querySelector(':scope > script[type="application/json"]');
    if (host.data !== undefined) settle('property', () => toDataset(host.data));
    else if (inline) settle('inline', () => toDataset(parseJson(inline.textContent ?? '')));
    else if (host.src) {
      // The fetching code is a chunk of its own, loaded only by widgets with a src.
      const src = host.src;
      settle('src', () => import('../data/fetch.js').then((m) => m.fetchDataset(src, host.timeout, abort.signal)));
    }
    else settle('bundled', () => bundledIfLoaded() ?? loadBundled());
  }

  private errorDetail(e: unknown, source: DataSourceKind): CoopDataErrorDetail {
    const url = source === 'src' ? this.host.src : undefined;
    if (e instanceof DataError) return { code: e.code, source, url, message: e.message, ...e.extra };
    return { code: 'fetch-failed', source, url, message: String((e as Error)?.message ?? e) };
  }
}
