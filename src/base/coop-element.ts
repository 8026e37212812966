import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from '../data/schema.js';
import type { CoopDataErrorDetail, CoopDataLoadDetail } from '../data/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../data/limits.js';
import type { Locale } from '../i18n/locale.js';
import { withLocale } from '../i18n/localization.js';
import { baseStyles } from '../styles/base.styles.js';
import { clampHeadingLevel } from './heading.js';
import { DataController } from './data-controller.js';
import { LangController } from './lang-controller.js';
import { errorStateReady, renderError, renderLoading } from './states.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What one render shows, decided in `willUpdate` so events match what is shown. */
export type View<Item> =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; detail: CoopDataErrorDetail }
  | { status: 'loaded'; dataset: Dataset; item: Item };

/**
 * The shared behaviour of every coop element: data from `.data`, inline JSON,
 * `src` or the bundled dataset (in that order); the loading / loaded / empty /
 * error states and their events; the element's own language.
 */
export abstract class CoopElement<Item extends { id: string }> extends LitElement {
  static override styles = [baseStyles];
  // Static declarations rather than decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    timeout: { type: Number },
    data: { attribute: false },
  };

  /** URL of a dataset JSON file (see the README for the format). */
  src?: string;

  /** Heading level of the element's main heading, 1–6. */
  headingLevel: string | number = 2;

  /** Colour theme: `light`, `dark` or `auto` (follows the visitor's system setting). */
  theme: Theme = 'light';

  /** Milliseconds to wait for `src` before giving up with a `timeout` error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** A dataset object; takes precedence over inline JSON, `src` and the bundled data. */
  data?: unknown;

  protected view: View<Item> = { status: 'loading' };
  private readonly __loader = new DataController(this);
  private readonly __language = new LangController(this);
  private __announced = '';

  /** The attribute that names what to show, for messages. */
  protected abstract readonly idAttribute: string;
  protected abstract get itemId(): string | undefined;
  /** The items of the dataset this element picks from. */
  protected abstract items(dataset: Dataset): readonly Item[];
  protected abstract renderItem(item: Item, dataset: Dataset): TemplateResult;
  protected abstract emptyMessage(): string;
  /** An item with nothing for this element to show (e.g. no priority areas). */
  protected isEmpty(_item: Item): boolean {
    return false;
  }

  protected get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /** The language this element renders in, resolved from `lang` attributes. */
  protected get locale(): Locale {
    return this.__language.locale;
  }

  /** Loads the data again, e.g. after the inline JSON was replaced. */
  reload(): void {
    this.__loader.load();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('timeout')) {
      this.__loader.load();
    }
    const view = this.__computeView();
    // Chunks loaded on first use: the language's messages (per-element entries)
    // and the error state. Show the loading state until they are here.
    const ready = this.__language.ready() && (view.status !== 'error' || errorStateReady(() => this.requestUpdate()));
    this.view = ready ? view : { status: 'loading' };
  }

  private __computeView(): View<Item> {
    const load = this.__loader.state;
    if (load.status !== 'loaded') return load.status === 'loading' ? { status: 'loading' } : load;
    const { dataset, source } = load;
    const items = this.items(dataset);
    if (!items.length) return { status: 'empty' };
    const id = this.itemId;
    const item = id ? items.find((candidate) => candidate.id === id) : undefined;
    if (!item) {
      const message = id ? `No ${this.idAttribute} "${id}" in the data.` : `Missing ${this.idAttribute} attribute.`;
      const url = source === 'src' ? this.src : undefined;
      return { status: 'error', detail: { code: 'not-found', source, url, id: id ?? '', message } };
    }
    return this.isEmpty(item) ? { status: 'empty' } : { status: 'loaded', dataset, item };
  }

  /** Light-DOM content other than inline JSON: the static export's fallback HTML. */
  private __hasFallback(): boolean {
    return [...this.children].some((child) => child.localName !== 'script');
  }

  override render() {
    return withLocale(this.locale, () => {
      const view = this.view;
      switch (view.status) {
        case 'loading':
          // Fallback HTML from the static export stays in view until the data is here.
          return this.__hasFallback() ? html`<slot></slot>` : renderLoading(this.locale);
        case 'error':
          return renderError(view.detail, this.idAttribute, this.locale);
        case 'empty':
          return html`<p part="empty" class="root state muted" lang=${this.locale}>${this.emptyMessage()}</p>`;
        default:
          return this.renderItem(view.item, view.dataset);
      }
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (view.status === 'loading') return;
    const load = this.__loader.state;
    const source = load.status === 'error' ? load.detail.source : load.source;
    const error = view.status === 'error';
    const key = `${view.status}|${source}|${this.src}|${this.itemId}|${error ? view.detail.code : ''}`;
    if (key === this.__announced && !changed.has('data')) return;
    this.__announced = key;
    const detail: CoopDataErrorDetail | CoopDataLoadDetail = error
      ? view.detail
      : { source, url: source === 'src' ? this.src : undefined, id: this.itemId ?? '' };
    this.dispatchEvent(
      new CustomEvent(error ? 'coop-data-error' : 'coop-data-load', { bubbles: true, composed: true, detail }),
    );
  }
}
