import { html } from 'lit';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { calendarPath } from '../../dist/lib/data/calendar-path.js';
import { validateDataset } from '../../dist/lib/data/validate.js';
import { exportWidget, idsWithContent } from '../../dist/lib/export/export.js';
import type { Locale } from '../../dist/lib/i18n/locale.js';
import { embedPageUrl } from '../../dist/lib/embed/pages.js';
import { cooperationsOf } from '../../dist/lib/base/roles.js';
import { elementOf } from '../../dist/lib/registry/registry.js';
import { targetOf, titleOf, type EmbedChoice, type Tier } from '../../dist/lib/embed/snippets.js';
import { renderWidget } from '../support/render.js';

/** The builder's choice: the snippet's, the tier, and whether the script tier carries the content as plain HTML. */
export type BuilderChoice = EmbedChoice & { tier: Tier; fallback: boolean };

/** The address of dist/ as typed, made absolute against this page (frames and links need absolute URLs). */
export const absolute = (base: string) => new URL(base || '.', document.baseURI).href;

/** Ids with something for the element to show (a partnership without priority areas is not offered for the priority areas). */
export const offeredIds = (element: EmbedChoice['element']) => idsWithContent(bundledDataset, element);

/** The part of the bundled dataset one widget needs: a starting point for inline JSON. */
export function datasetFor(element: EmbedChoice['element'], id: string): string {
  const d = bundledDataset;
  const byRegion = elementOf(element).idAttribute === 'region';
  // A region's widget: the region and the partnerships it takes part in (all of them for no region).
  const partnerships = byRegion ? cooperationsOf(d, id) : d.partnerships.filter((p) => p.id === id);
  const regionIds = byRegion && id ? [id] : partnerships.flatMap((p) => (p.regions ?? []).map((r) => r.id));
  const regions = d.regions.filter((r) => regionIds.includes(r.id));
  const used = new Set(JSON.stringify({ partnerships, regions }).match(/"[a-z0-9-]+"/g)?.map((s) => s.slice(1, -1)));
  return JSON.stringify({ version: 1, sources: d.sources.filter((s) => used.has(s.id)), regions, partnerships }, null, 2);
}

/** The element with fallback HTML, from the bundled or inline data (a `src` file is not known here), for the script tier. */
export function fallbackFor(c: BuilderChoice, locale: Locale): string | undefined {
  if (!c.fallback || c.source === 'src' || c.tier !== 'script') return undefined;
  let data = bundledDataset;
  if (c.source === 'inline') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(c.inline);
    } catch {
      return undefined;
    }
    const result = validateDataset(parsed);
    if (!result.valid) return undefined;
    data = result.data;
  }
  const inlineJson = c.source === 'inline' ? JSON.stringify(data) : undefined;
  const lang = c.lang || locale;
  // On the bundled data the upgraded timeline links to the build's calendar: the fallback too, so nothing moves.
  const calendar =
    elementOf(c.element).calendar && c.source === 'bundled' ? new URL(calendarPath(lang, c.id), absolute(c.base)).href : undefined;
  try {
    return exportWidget({
      element: c.element, id: c.id, lang, langAttribute: Boolean(c.lang), data, inlineJson,
      headingLevel: c.headingLevel, theme: c.theme, calendar,
    });
  } catch {
    return undefined;
  }
}

/** The preview: the live widget (script tier), or the frame of the embed page as the snippet makes it, from the build at `dist`. */
export function previewOf(c: BuilderChoice, locale: Locale, dist: string) {
  if (c.tier === 'script') {
    return renderWidget(c.element, {
      partnership: c.id, region: c.id, lang: c.lang, theme: c.theme, 'heading-level': c.headingLevel,
      src: c.source === 'src' ? c.src : undefined, inline: c.source === 'inline' ? c.inline : undefined,
    });
  }
  const target = targetOf(c, locale);
  return html`<iframe src=${embedPageUrl(target, dist, bundledDataset)} title=${titleOf(target, bundledDataset)} height=${elementOf(c.element).frameHeight(c.id)}></iframe>`;
}
