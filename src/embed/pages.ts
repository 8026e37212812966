import type { Theme } from '../base/coop-element.js';
import { VERSION } from '../base/version.js';
import type { Dataset } from '../data/schema.js';
import { EXPORTABLE, hasContent, type ExportableTag } from '../export/export.js';
import { elementOf } from '../registry/registry.js';

/** Where the embed files sit under dist/, and what their URLs carry. */
export const EMBED_LANGS = ['sv', 'fr', 'en'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];
export const GENERIC_PAGE = 'embed/index.html';
/**
 * This version's dist/ on jsDelivr, which serves the published package's files as they are: where
 * the script tier loads from unless told otherwise (pinned to this version, with its hashes). It
 * serves no HTML pages (jsDelivr sends .html as text), so the embed pages live on a site of their
 * own (`npm run build:site`, docs/hosting.md).
 */
export const CDN_BASE = `https://cdn.jsdelivr.net/npm/cooperation-widgets@${VERSION}/dist/`;
export const SITE_SCRIPT = 'embed.js';

/**
 * A chunk that a first render needs, under a name that stays the same from build to build
 * (rollup.config.js gives it), so that a page can fetch it beside its entry's script instead of
 * after it (`<link rel="modulepreload">`): the bundled dataset an entry loads (`data`), the reader
 * and validator of outside data (`external`) with the fetching code for `src` (`fetch`), and a
 * per-element entry's Swedish or French messages. The other chunks keep a hashed name.
 */
export const stableChunk = (entry: string, chunk: 'data' | 'external' | 'fetch' | 'sv' | 'fr') => `chunks/${entry}.${chunk}.js`;

/** One widget to show in a frame. */
export interface EmbedTarget {
  element: ExportableTag;
  /** What the element's id attribute takes (`''`: none, for an element that may go without). */
  id: string;
  lang: EmbedLang;
  theme?: Theme;
  headingLevel?: number;
  /** A dataset URL (the generic page; only from the origins its build allows). */
  src?: string;
}

export const isEmbedElement = (value: string): value is ExportableTag => (EXPORTABLE as readonly string[]).includes(value);
export const isEmbedLang = (value: string): value is EmbedLang => (EMBED_LANGS as readonly string[]).includes(value);

/** `sv`, `sv-SE` → `sv`; a language without embed pages → undefined (where the widgets would fall back to English). */
export function embedLangOf(tag: string): EmbedLang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isEmbedLang(primary) ? primary : undefined;
}

/** The folder of `element`'s pages: its folder in src/. */
export const folderOf = (element: ExportableTag) => elementOf(element).folder;

/**
 * The prerendered page of a widget on the bundled data, relative to dist/ (`embed/sv/<folder>/<id>.html`;
 * `embed/sv/<folder>.html` for an element shown without an id).
 */
export const pagePath = (element: ExportableTag, id: string, lang: EmbedLang) =>
  id ? `embed/${lang}/${folderOf(element)}/${id}.html` : `embed/${lang}/${folderOf(element)}.html`;

/** The static oEmbed response beside each prerendered page. */
export const oembedPath = (element: ExportableTag, id: string, lang: EmbedLang) => pagePath(element, id, lang).replace(/\.html$/, '.json');

/** `base` as a folder URL (with its trailing slash). */
export const folderUrl = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** An absolute http(s) URL (with `folder`: one that can be a folder, without credentials, query or fragment). */
export function isHttpUrl(value: string, folder = false): boolean {
  // The URL parser drops leading and trailing controls and spaces, and tabs and line breaks inside: refused here.
   
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return false;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password && (!folder || (!url.search && !url.hash && !value.includes('?') && !value.includes('#')));
  } catch {
    return false;
  }
}

/**
 * The embed page for `t`, for dist/ hosted at `base`: the prerendered page
 * when the bundled data has something for it to show (theme and heading level
 * in its query, applied when scripts run), else the generic page, which takes
 * everything from its query.
 */
export function embedPageUrl(t: EmbedTarget, base: string, bundled: Dataset): string {
  const prerendered = !t.src && hasContent(bundled, t.element, t.id);
  const url = new URL(prerendered ? pagePath(t.element, t.id, t.lang) : GENERIC_PAGE, folderUrl(base));
  if (!prerendered) {
    url.searchParams.set('element', t.element);
    if (t.id) url.searchParams.set('id', t.id);
    url.searchParams.set('lang', t.lang);
  }
  if (t.theme && t.theme !== 'light') url.searchParams.set('theme', t.theme);
  if (t.headingLevel && t.headingLevel !== 2) url.searchParams.set('heading-level', String(t.headingLevel));
  if (t.src) url.searchParams.set('src', t.src);
  return url.href;
}
