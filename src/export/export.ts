import type { TemplateResult } from 'lit';
import { renderAgreementTimeline } from '../agreement-timeline/agreement-timeline.render.js';
import { clampHeadingLevel } from '../base/heading.js';
import type { RenderContext } from '../base/render-context.js';
import { DataError } from '../data/errors.js';
import type { Dataset } from '../data/schema.js';
import { resolveNow } from '../dates/dates.js';
import { normalizeLocale } from '../i18n/locale.js';
import '../i18n/all-languages.js';
import { withLocale } from '../i18n/localization.js';
import { renderPartnershipCard } from '../partnership-card/partnership-card.render.js';
import { renderPriorityAreas } from '../priority-areas/priority-areas.render.js';
import { renderRegionFacts } from '../region-facts/region-facts.render.js';
import { jsonLdScript, structuredData } from './json-ld.js';
import { toHtml } from './to-html.js';

export const EXPORTABLE = ['coop-partnership-card', 'coop-priority-areas', 'coop-agreement-timeline', 'coop-region-facts'] as const;
export type ExportableTag = (typeof EXPORTABLE)[number];

export interface ExportOptions {
  element: ExportableTag;
  /** Partnership id, or region id for `coop-region-facts`. */
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
  /** The timeline's iCalendar file, linked as the widget links it on the bundled data from dist/ (same layout, no shift on upgrade). */
  calendar?: string;
}

/** The items `element` picks from: the regions for coop-region-facts, else the partnerships. */
export const itemsOf = (data: Dataset, element: ExportableTag): readonly (Dataset['regions'][0] | Dataset['partnerships'][0])[] =>
  element === 'coop-region-facts' ? data.regions : data.partnerships;

/** The partnership or region `id` names for `element`. */
export function findItem(data: Dataset, element: ExportableTag, id: string) {
  return element === 'coop-region-facts' ? data.regions.find((r) => r.id === id) : data.partnerships.find((p) => p.id === id);
}

/** Whether `element` has something to show for `id` (a partnership without priority areas has none for coop-priority-areas). */
export function hasContent(data: Dataset, element: ExportableTag, id: string): boolean {
  if (element === 'coop-region-facts') return data.regions.some((r) => r.id === id);
  const p = data.partnerships.find((candidate) => candidate.id === id);
  if (element === 'coop-priority-areas') return Boolean(p?.priorityAreas?.length);
  if (element === 'coop-agreement-timeline') return Boolean(p?.timeline?.length);
  return Boolean(p);
}

const attr = (name: string, value: string) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * The element with its semantic fallback HTML inside (light DOM): readable
 * where scripts are stripped or blocked, replaced by the element's own
 * rendering once the script runs. Throws a `not-found` DataError for an
 * unknown id or an item this element has nothing to show for.
 */
export function exportWidget(o: ExportOptions): string {
  const locale = normalizeLocale(o.lang);
  const ctx: RenderContext = { locale, level: clampHeadingLevel(o.headingLevel ?? 2), now: resolveNow(o.now) };
  const isRegion = o.element === 'coop-region-facts';
  const item = findItem(o.data, o.element, o.id);
  if (!item) throw new DataError('not-found', `No ${isRegion ? 'region' : 'partnership'} with id "${o.id}" in the data.`, { id: o.id });
  let template: TemplateResult;
  if (isRegion) {
    template = withLocale(locale, () => renderRegionFacts(item as Dataset['regions'][0], o.data, ctx));
  } else {
    const p = item as Dataset['partnerships'][0];
    if (!hasContent(o.data, o.element, o.id)) throw new DataError('not-found', `"${o.id}" has nothing for <${o.element}> to show.`, { id: o.id });
    template = withLocale(locale, () =>
      o.element === 'coop-partnership-card'
        ? renderPartnershipCard(p, o.data, ctx)
        : o.element === 'coop-priority-areas'
          ? renderPriorityAreas(p, o.data, ctx, { isOpen: () => true })
          : renderAgreementTimeline(p, o.data, ctx, 'asc', o.calendar),
    );
  }
  const html = withLocale(locale, () => toHtml(template));
  let open = `<${o.element}${attr(isRegion ? 'region' : 'partnership', o.id)}`;
  if (o.langAttribute !== false) open += attr('lang', locale);
  if (ctx.level !== 2) open += attr('heading-level', String(ctx.level));
  if (o.theme && o.theme !== 'light') open += attr('theme', o.theme);
  if (o.now) open += attr('now', o.now);
  if (o.element === 'coop-priority-areas') open += ' expanded';
  if (o.src) open += attr('src', o.src);
  // `<` as \u003c: still the same JSON, and nothing in it can end or confuse the script element.
  const inline = o.inlineJson && !o.src ? `\n<script type="application/json">${o.inlineJson.replace(/</g, '\\u003c')}</script>` : '';
  const what = isRegion ? 'region' : o.element === 'coop-agreement-timeline' ? 'timeline' : 'partnership';
  const graph = o.jsonLd ? structuredData(o.data, what, o.id, locale) : undefined;
  return `${open}>${inline}\n${html.trim()}\n</${o.element}>\n${graph ? jsonLdScript(graph) : ''}`;
}
