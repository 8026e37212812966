import type { TemplateResult } from 'lit';
import type { Dataset, LocalizedText } from '../data/schema.js';
import type { RenderContext } from './render-context.js';

/** The kind of schema.org graph the static export and the embed pages put beside a widget (src/export/json-ld.ts). */
export type StructuredDataKind = 'partnership' | 'timeline' | 'region' | 'cooperations';

/**
 * What an element is, written once in its own folder (`src/<folder>/element.ts`, a module whose
 * named exports are these) and listed once in `src/registry/registry.ts`. Everything else that
 * names elements — the entries, the React wrappers, the static export, the embed pages and
 * snippets, the CLI, the build and its checks — reads them from the registry. The element's class
 * imports the few it needs itself (its tag, id attribute and items), so its bundle carries no more.
 */
export interface ElementModule<Item extends { id: string } = { id: string }> {
  /** The element's folder under src/: its entry (`dist/<folder>.js`), catalogs and embed pages. */
  readonly folder: string;
  readonly tag: string;
  /** The attribute (and property) that names what to show. */
  readonly idAttribute: 'partnership' | 'region';
  /** Whether the element may go without an id: it then shows its item with id `''` (everything). */
  readonly idOptional: boolean;
  /** The items the element picks from, by id. */
  items(dataset: Dataset): readonly Item[];
  /** Whether an item has something for the element to show (else it shows its empty state). */
  hasContent(item: Item): boolean;
  /** What a frame's title names (a partnership's title, a region's name). */
  titleOf(item: Item): LocalizedText | undefined;
  /** The content, as the static export writes it (everything open); call inside `withLocale`. */
  renderStatic(item: Item, dataset: Dataset, ctx: RenderContext, calendar: string | undefined): TemplateResult;
  /** Boolean attributes the static export sets, so the upgraded element shows what its fallback did. */
  readonly staticAttributes: readonly string[];
  /**
   * The iframe tier's height in CSS pixels for the item `id`: what its embed page needs in a 600 px column
   * in its longest language, measured without scripts, so that a frame nobody resizes shows it whole.
   */
  frameHeight(id: string): number;
  /** Whether the widget links its partnership's iCalendar file (the static export and embed pages link it too). */
  readonly calendar: boolean;
  readonly structuredData: StructuredDataKind;
  /** What an editor calls the widget (frame and page titles); call during a render or `withLocale`. */
  widgetName(): string;
  /** The per-element entry's byte budget, gzip -9, in KB (scripts/check-budgets.mjs). */
  readonly budgetKb: number;
  /** An id of the bundled data the stories and examples show (`''`: no id). */
  readonly example: string;
}
