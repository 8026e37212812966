import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CoopDataErrorDetail, DataError, DataSourceKind } from '../data/errors.js';
import { bundledIfLoaded, loadBundled } from '../data/load.js';
import type { Dataset } from '../data/schema.js';

export type LoadState =
  | { status: 'loading'; source: DataSourceKind }
  | { status: 'loaded'; source: DataSourceKind; dataset: Dataset }
  | { status: 'error'; detail: CoopDataErrorDetail };

type External = typeof import('../data/external.js');
/** The chunk that reads data from outside the bundle, once it has loaded. */
let external: External | undefined;

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
    const source = host.data !== undefined ? 'property' : inline ? 'inline' : host.src ? 'src' : undefined;
    if (!source) {
      settle('bundled', () => bundledIfLoaded() ?? loadBundled());
      return;
    }
    // Data from outside: read and validated by a chunk loaded the first time it is needed.
    const read = (m: External) => m.readExternal(source, host, inline, abort.signal);
    settle(source, () => (external ? read(external) : import('../data/external.js').then((m) => read((external = m)))));
  }

  private errorDetail(e: unknown, source: DataSourceKind): CoopDataErrorDetail {
    const url = source === 'src' ? this.host.src : undefined;
    // A DataError (from the chunks that read outside data) carries one of the design's codes.
    const { code, extra, message } = (e ?? {}) as Partial<DataError>;
    if (typeof code === 'string') return { code, source, url, message: String(message), ...extra };
    return { code: 'fetch-failed', source, url, message: String(message ?? e) };
  }
}
