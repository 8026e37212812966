import { LitElement, html, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset } from '../data/schema.js';
import { DEFAULT_TIMEOUT_MS } from '../data/limits.js';
import { prepareDateFormat } from '../dates/dates.js';
import type { Locale } from '../i18n/locale.js';
import { withLocale } from '../i18n/localization.js';
import { baseStyles } from '../styles/base.styles.js';
import type { ElementModule } from './element-module.js';
import { clampHeadingLevel } from './heading.js';
import { DataController } from './data-controller.js';
import { LangController } from './lang-controller.js';
import { errorStateReady, renderError, renderLoading } from './states.js';
import { viewEvent, viewOf, type View } from './view.js';

export type { View };

export type Theme = 'light' | 'dark' | 'auto';

/** The part of an element's module (base/element-module.ts) its class uses: what it picks from the data. */
export type ElementCore<Item extends { id: string }> = Pick<ElementModule<Item>, 'idAttribute' | 'idOptional' | 'items' | 'hasContent'>;

/**
 * The shared behaviour of every coop element: data from `.data`, inline JSON,
 * `src` or the bundled dataset (in that order); the loading / loaded / empty /
 * error states and their events; the element's own language. The tags below
 * hold for every element (custom-elements.json lists them on each, as
 * inherited); an element documents its own parts and what a colour is for in it.
 *
 * @slot - Fallback HTML (e.g. from the static export): shown before the element is defined and while its data loads, hidden once it renders its own.
 * @csspart loading - The loading message (`role="status"`).
 * @csspart error - The error message (`role="alert"` as it appears; not announced again when re-rendered, e.g. in another language).
 * @csspart error-issues - The list of validation problems in the error state.
 *
 * @cssprop [--coop-color-accent=#0b5cad] - Links and focus ring.
 * @cssprop [--coop-color-background=#ffffff] - Background.
 * @cssprop [--coop-color-border=#767b85] - Borders.
 * @cssprop [--coop-color-text=#1b1d22] - Body text.
 * @cssprop [--coop-color-muted=#4a4f59] - Secondary text.
 * @cssprop [--coop-color-error=#a3111c] - Error text and border.
 * @cssprop [--coop-color-focus] - Focus ring; defaults to the accent colour.
 * @cssprop [--coop-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--coop-heading-font-family] - Font of headings; defaults to the body font.
 * @cssprop [--coop-radius=0.5rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 *
 * @fires {CoopDataLoadDetail} coop-data-load - The data loaded and the widget shows it. `detail: { source, url?, id }`.
 * @fires {CoopDataErrorDetail} coop-data-error - The data could not be shown. `detail`: `code`, `source`, `url?`, `id?`, `status?`, `issues?`, `formatVersion?`, `message`.
 */
export abstract class CoopElement<Item extends { id: string }> extends LitElement {
  static override styles: CSSResult[] = baseStyles;
  // Static declarations rather than decorators: no decorator runtime in the bundle.
  static override properties: PropertyDeclarations = {
    src: {},
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
    timeout: { type: Number },
    data: { attribute: false },
  };

  /** URL of a dataset JSON file (the format: docs/data-format.md). */
  src?: string;

  /** Heading level of the element's main heading, 1–6. */
  headingLevel: string | number = 2;

  /** Colour theme: `light`, `dark` or `auto` (follows the visitor's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Milliseconds to wait for `src` before giving up with a `timeout` error. */
  timeout = DEFAULT_TIMEOUT_MS;

  /** A dataset object; takes precedence over inline JSON, `src` and the bundled data. */
  data?: unknown;

  protected view: View<Item> = { status: 'loading' };
  // While data from `src` is on its way, the formatter for its dates is made.
  private readonly __loader = new DataController(this, () => prepareDateFormat(this.locale));
  private readonly __language = new LangController(this);
  /** The key of the last view told to the page, and of this render's; whether this one is news. */
  private __told = '';
  private __key = '';
  private __news = false;

  /** What the element picks from the data, from its folder's element.ts (base/element-module.ts). */
  protected abstract readonly element: ElementCore<Item>;
  /** The attribute (and property) that names what to show, e.g. `region`. */
  protected get idAttribute(): string {
    return this.element.idAttribute;
  }
  /** The value of that property: the id of what to show (`''` for an element that may go without). */
  protected get itemId(): string | undefined {
    const id: unknown = Reflect.get(this, this.idAttribute);
    if (id == null) return this.element.idOptional ? '' : undefined;
    // A value set as a property whose toString throws names nothing: a not-found error, never a blank widget.
    try {
      return String(id);
    } catch {
      return Object.prototype.toString.call(id);
    }
  }
  protected abstract renderItem(item: Item, dataset: Dataset): TemplateResult;
  protected abstract emptyMessage(): string;

  protected get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /** The language this element renders in, resolved from `lang` attributes. */
  protected get locale(): Locale {
    return this.__language.locale;
  }

  /** The folder of the build (dist/) this element's data came from, when it shows the bundled data from the CDN build. */
  protected get bundledFrom(): string | undefined {
    return this.__loader.origin.source === 'bundled' ? this.__loader.distFolder : undefined;
  }

  /** Loads the data again, e.g. after the inline JSON was replaced. */
  reload(): void {
    // What it then shows is news, even the same as before.
    this.__told = '';
    this.__loader.load();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src') || changed.has('timeout')) {
      this.__loader.load();
    }
    const { items, hasContent } = this.element;
    const view = viewOf(this.__loader, this.itemId, this.idAttribute, items, (i) => !hasContent(i));
    // Chunks loaded on first use: the language's messages (per-element entries)
    // and the error state. Show the loading state until they are here.
    const ready = this.__language.ready() && (view.status !== 'error' || errorStateReady(() => this.requestUpdate()));
    this.view = ready ? view : { status: 'loading' };
    // News: a view not told yet (its status, source, src, id and error code), or told with other data.
    // A settled one gets its event, an error is announced; a re-render (another language) is neither.
    const v = this.view;
    // As JSON, so that no src or id can pass for another ("a|b" and "c" against "a" and "b|c").
    this.__key = JSON.stringify([v.status, this.__loader.origin.source, this.src, this.itemId, v.status === 'error' && v.detail.code]);
    this.__news = this.__key !== this.__told || changed.has('data');
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
          return renderError(view.detail, this.idAttribute, this.locale, this.__news);
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
    if (!this.__news) return;
    // A loading state shown is told too: what follows it is news again (an error said again after "Loading…").
    this.__told = this.__key;
    if (view.status !== 'loading') this.dispatchEvent(viewEvent(view, this.__loader.origin, this.itemId));
  }
}
