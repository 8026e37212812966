import { clampHeadingLevel } from '../base/heading.js';
import type { RenderContext } from '../base/render-context.js';
import { DataError } from '../data/errors.js';
import type { Dataset } from '../data/schema.js';
import { resolveNow } from '../dates/dates.js';
import { normalizeLocale } from '../i18n/locale.js';
import '../i18n/all-languages.js';
import { withLocale } from '../i18n/localization.js';
import { ELEMENTS, elementOf, type ElementTag } from '../registry/registry.js';
import { jsonLdScript, structuredData } from './json-ld.js';
import { toHtml } from './to-html.js';

/** Every element has a static export (the registry's elements). */
export const EXPORTABLE: readonly ElementTag[] = ELEMENTS.map((e) => e.tag);
export type ExportableTag = ElementTag;

export interface ExportOptions {
  element: ExportableTag;
  /** The id its id attribute takes (a partnership's, a region's; `''` for an element that may go without). */
  id: string;
  lang: string;
  /** A validated dataset. */
  data: Dataset;
  /** JSON text to put inline, so the upgraded element shows the same data. */
  inlineJson?: string;
  /** `src` to put on the element instead. */
  src?: string;
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
  now?: string;
  /** Put `lang` on the element (default); `false` lets it follow the page while the fallback keeps its own `lang`. */
  langAttribute?: boolean;
  /** Add the schema.org JSON-LD of what it shows after the element (json-ld.ts). */
  jsonLd?: boolean;
  /** The iCalendar file, for an element that links one (the timeline), as the widget links it on the bundled data from dist/ (same layout, no shift on upgrade). */
  calendar?: string;
}

/** The items `element` picks from, by id (its module's `items`). */
export const itemsOf = (data: Dataset, element: ExportableTag): readonly { id: string }[] => elementOf(element).items(data);

/** The item `id` names for `element`. */
export const findItem = (data: Dataset, element: ExportableTag, id: string) => itemsOf(data, element).find((item) => item.id === id);

/** Whether `element` has something to show for `id` (its module's `hasContent`: a partnership without priority areas has none for the priority areas). */
export function hasContent(data: Dataset, element: ExportableTag, id: string): boolean {
  const item = findItem(data, element, id);
  return Boolean(item && elementOf(element).hasContent(item));
}

/** The ids `element` has something to show for: its embed pages, the builder's choices. */
export const idsWithContent = (data: Dataset, element: ExportableTag): string[] =>
  itemsOf(data, element).filter((item) => elementOf(element).hasContent(item)).map((item) => item.id);

const attr = (name: string, value: string) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * The element with its semantic fallback HTML inside (light DOM): readable
 * where scripts are stripped or blocked, replaced by the element's own
 * rendering once the script runs. Throws a `not-found` DataError for an
 * unknown id or an item this element has nothing to show for.
 */
export function exportWidget(o: ExportOptions): string {
  const element = elementOf(o.element);
  const locale = normalizeLocale(o.lang);
  const ctx: RenderContext = { locale, level: clampHeadingLevel(o.headingLevel ?? 2), now: resolveNow(o.now) };
  const item = findItem(o.data, o.element, o.id);
  if (!item) throw new DataError('not-found', `No ${element.idAttribute} with id "${o.id}" in the data.`, { id: o.id });
  if (!element.hasContent(item)) throw new DataError('not-found', `"${o.id}" has nothing for <${o.element}> to show.`, { id: o.id });
  const template = withLocale(locale, () => element.renderStatic(item, o.data, ctx, element.calendar ? o.calendar : undefined));
  const html = withLocale(locale, () => toHtml(template));
  let open = `<${o.element}${o.id || !element.idOptional ? attr(element.idAttribute, o.id) : ''}`;
  if (o.langAttribute !== false) open += attr('lang', locale);
  if (ctx.level !== 2) open += attr('heading-level', String(ctx.level));
  if (o.theme && o.theme !== 'light') open += attr('theme', o.theme);
  if (o.now) open += attr('now', o.now);
  for (const name of element.staticAttributes) open += ` ${name}`;
  if (o.src) open += attr('src', o.src);
  // `<` as \u003c: still the same JSON, and nothing in it can end or confuse the script element.
  const inline = o.inlineJson && !o.src ? `\n<script type="application/json">${o.inlineJson.replace(/</g, '\\u003c')}</script>` : '';
  const graph = o.jsonLd ? structuredData(o.data, element.structuredData, o.id, locale) : undefined;
  return `${open}>${inline}\n${html.trim()}\n</${o.element}>\n${graph ? jsonLdScript(graph) : ''}`;
}
