import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorDetail, type CoopDataErrorDetail, type DataOrigin } from '../data/errors.js';
import { prepareTexts } from '../i18n/intl.js';
import { Chunk } from '../util/chunk.js';
import type { Dataset } from '../data/schema.js';

export type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; dataset: Dataset }
  | { status: 'error'; detail: CoopDataErrorDetail };

/**
 * The bundled dataset, with the text `Intl` gave for it at build time (see `formatted`). It is not
 * validated at run time: the test suite validates it (test/data.test.ts), and it ships as built.
 */
const bundled = new Chunk(() => import('../data/bundled.js').then((m) => (prepareTexts(m.bundledTexts), m)));
/** Reads and validates data from outside (`.data`, inline JSON, `src`); a widget on the bundled data never loads it. */
const external = new Chunk(() => import('../data/external.js'));

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
  state: LoadState = { status: 'loading' };
  /** Where the data of the latest load comes from: the one place that decides it. */
  origin: DataOrigin = { source: 'bundled', url: undefined };
  /** The folder of the build the bundled data came from, once it has loaded (see src/data/dist-folder.ts). */
  distFolder?: string;
  private __abort?: AbortController;

  /** `whileFetching`: work the first render will need, done once a request for `src` is on its way. */
  constructor(
    private readonly host: DataHost,
    private readonly whileFetching?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a load was cancelled: load again.
    if (this.__abort && this.state.status === 'loading') {
      this.load();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.__abort?.abort();
  }

  /** Starts loading (and cancels the load before); a synchronous source settles at once. */
  load(): void {
    const host = this.host;
    this.__abort?.abort();
    const { signal } = (this.__abort = new AbortController());
    const inline = host.querySelector(':scope > script[type="application/json"]');
    const source = host.data !== undefined ? 'property' : inline ? 'inline' : host.src ? 'src' : 'bundled';
    const origin = (this.origin = { source, url: source === 'src' ? host.src : undefined });
    const failed = (e: unknown): LoadState => ({ status: 'error', detail: errorDetail(e, origin) });
    // A load that was replaced, or whose element left the page, changes nothing.
    const settle = (state: LoadState) => {
      if (signal.aborted) return;
      this.state = state;
      host.requestUpdate();
    };
    try {
      const result =
        source === 'bundled'
          ? bundled.use((m) => ((this.distFolder = m.distFolder), m.bundledDataset))
          : external.use((m) => m.readExternal(source, host, inline, signal, this.whileFetching));
      if (result instanceof Promise) {
        this.state = { status: 'loading' };
        result.then((dataset) => settle({ status: 'loaded', dataset }), (e: unknown) => settle(failed(e)));
      } else {
        this.state = { status: 'loaded', dataset: result };
      }
    } catch (e) {
      this.state = failed(e);
    }
  }
}
