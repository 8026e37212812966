import type { Theme } from '../base/coop-element.js';
import type { Dataset } from '../data/schema.js';
import type { ExportableTag } from '../export/export.js';
import { findItem } from '../export/export.js';
import { withLocale } from '../i18n/localization.js';
import { pickText } from '../i18n/text.js';
import { elementOf } from '../registry/registry.js';
import { frameTitle, widgetName } from './messages.js';
import { SITE_SCRIPT, embedPageUrl, folderUrl, stableChunk, type EmbedLang, type EmbedTarget } from './pages.js';

/** How a widget gets onto a page: a script and the element, a frame, or a link a CMS turns into a frame. */
export const TIERS = ['script', 'iframe', 'link'] as const;
export type Tier = (typeof TIERS)[number];

/** What the embed builder and `cooperation-widgets embed` let an editor choose. */
export interface EmbedChoice {
  element: ExportableTag;
  /** What its id attribute takes: a partnership's or a region's id (`''`: none, for an element that may go without). */
  id: string;
  /** `''` to follow the page's language (script tier only: a frame cannot see its page's language). */
  lang: '' | EmbedLang;
  theme: Theme;
  headingLevel: number;
  source: 'bundled' | 'src' | 'inline';
  src: string;
  inline: string;
  /** Where dist/ is hosted, e.g. `https://cdn.example/cooperation-widgets/0.1.0/dist/`. */
  base: string;
  /** dist/integrity.json of the build at `base`: the script tier then pins the files it loads. */
  integrity?: Integrity;
}

/** Subresource Integrity hashes (`sha384-…`) by path under dist/, as the build writes them to dist/integrity.json. */
export type Integrity = Readonly<Record<string, string>>;

/** The attribute that names what `element` shows (its module's). */
export const idAttribute = (element: ExportableTag) => elementOf(element).idAttribute;

export const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON that cannot end or confuse the `<script>` it sits in: `<` as \u003c is still the same JSON. */
export const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * ` integrity="…" crossorigin="anonymous"` for a file under dist/ whose hash is known: the browser then
 * refuses a file that is not the one built (a CDN serving other bytes); the CDN must send CORS headers.
 */
const pinned = (file: string, integrity: Integrity | undefined) =>
  integrity?.[file] ? ` integrity="${escapeAttr(integrity[file])}" crossorigin="anonymous"` : '';

/**
 * The files the snippets name, by path under dist/. The script tier's script: the bundle with every chunk inside, so that it imports nothing and the
 * integrity hash on its tag covers every byte it runs (lazy chunks cannot carry a hash of their own
 * without an inline import map). rollup.config.js builds it.
 */
export const STANDALONE = 'cooperation-widgets.standalone.js';
export const FALLBACK_CSS = 'cooperation-widgets.fallback.css';
/** The bundle's dataset chunk, which a widget on the bundled data loads before its first render (the embed pages preload it). */
export const BUNDLE_DATA = stableChunk('cooperation-widgets', 'data');

/**
 * The script tier: the standalone bundle's script tag (one file, nothing
 * loaded after it, pinned by its hash when `integrity` is known) and the
 * element; with `fallbackElement` (the static export of the same element),
 * the fallback style sheet and that element instead.
 */
export function scriptSnippet(c: EmbedChoice, fallbackElement?: string): string {
  const base = folderUrl(c.base);
  const script = `<script type="module" src="${escapeAttr(base)}${STANDALONE}"${pinned(STANDALONE, c.integrity)}></script>\n`;
  if (fallbackElement) {
    return `<link rel="stylesheet" href="${escapeAttr(base)}${FALLBACK_CSS}"${pinned(FALLBACK_CSS, c.integrity)}>\n${script}${fallbackElement}`;
  }
  const attrs: [string, string][] = c.id || !elementOf(c.element).idOptional ? [[idAttribute(c.element), c.id]] : [];
  if (c.lang) attrs.push(['lang', c.lang]);
  if (c.theme !== 'light') attrs.push(['theme', c.theme]);
  if (c.headingLevel !== 2) attrs.push(['heading-level', String(c.headingLevel)]);
  if (c.source === 'src') attrs.push(['src', c.src]);
  const open = `<${c.element}${attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>`;
  const body = c.source === 'inline' ? `\n  <script type="application/json">${scriptSafe(c.inline.trim())}</script>\n` : '';
  return `${script}${open}${body}</${c.element}>\n`;
}

/** What the frame shows, in its language: the partnership's title or the region's name (bundled data only; none for everything). */
export function itemTitle(t: EmbedTarget, bundled: Dataset): string | undefined {
  const item = t.src ? undefined : findItem(bundled, t.element, t.id);
  const title = item && elementOf(t.element).titleOf(item);
  return title && pickText(title, t.lang).text;
}

/** The frame's accessible name, in its language: the widget and, on the bundled data, what it shows. */
export function titleOf(t: EmbedTarget, bundled: Dataset): string {
  const title = itemTitle(t, bundled);
  return withLocale(t.lang, () => (title ? frameTitle(t.element, title) : widgetName(t.element)));
}

/**
 * The iframe tier: a frame of the embed page, as wide as its column, with a height that shows the
 * content (scrolling where it must); its title carries its language (`lang`), so that a page in
 * another language, an Arabic one included, has it read in the right voice.
 */
export function iframeSnippet(t: EmbedTarget, base: string, bundled: Dataset): string {
  const src = embedPageUrl(t, base, bundled);
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(titleOf(t, bundled))}" lang="${t.lang}" width="100%" height="${elementOf(t.element).frameHeight(t.id)}" loading="lazy" frameborder="0"></iframe>\n`;
}

/** The link tier: the embed page's URL alone, for CMSes that turn a pasted link into an embed (oEmbed). */
export const linkSnippet = (t: EmbedTarget, base: string, bundled: Dataset) => `${embedPageUrl(t, base, bundled)}\n`;

/** The one script tag a site adds to its template so that every embed frame fits its content. */
export const siteScriptSnippet = (base: string, integrity?: Integrity) =>
  `<script type="module" src="${escapeAttr(folderUrl(base) + SITE_SCRIPT)}"${pinned(SITE_SCRIPT, integrity)}></script>\n`;

/**
 * An import map whose `integrity` section pins every lazy chunk (dist/chunks/) at `base`: with it, the
 * chunks a widget fetches later are checked too, in the engines that read that section.
 */
export function importMapSnippet(base: string, integrity: Integrity): string {
  const chunks = Object.keys(integrity).filter((file) => file.startsWith('chunks/') && file.endsWith('.js'));
  const map = { integrity: Object.fromEntries(chunks.map((file) => [folderUrl(base) + file, integrity[file]])) };
  return `<script type="importmap">\n${scriptSafe(JSON.stringify(map, null, 2))}\n</script>\n`;
}

/** A frame cannot follow its page's language: the language the iframe and link tiers use. */
export const frameLang = (c: EmbedChoice, fallback: EmbedLang): EmbedLang => c.lang || fallback;

/** What a frame of `c` shows (`lang` when `c` follows the page's language). */
export const targetOf = (c: EmbedChoice, lang: EmbedLang): EmbedTarget => ({
  element: c.element, id: c.id, lang: frameLang(c, lang), theme: c.theme, headingLevel: c.headingLevel,
  src: c.source === 'src' ? c.src : undefined,
});

/** The snippet of `tier` for `c`. Inline JSON goes only into the script tier. */
export function tierSnippet(tier: Tier, c: EmbedChoice, bundled: Dataset, options: { lang: EmbedLang; fallbackElement?: string }): string {
  if (tier === 'script') return scriptSnippet(c, options.fallbackElement);
  const target = targetOf(c, options.lang);
  return tier === 'iframe' ? iframeSnippet(target, c.base, bundled) : linkSnippet(target, c.base, bundled);
}
