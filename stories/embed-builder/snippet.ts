/** What the embed builder lets an editor choose. */
export interface EmbedChoice {
  element: 'coop-partnership-card' | 'coop-priority-areas' | 'coop-agreement-timeline' | 'coop-region-facts';
  /** Partnership or region id. */
  id: string;
  /** `''` to follow the page's language. */
  lang: '' | 'sv' | 'fr' | 'en';
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
  source: 'bundled' | 'src' | 'inline';
  src: string;
  inline: string;
  bundleUrl: string;
  /** Add the static export's fallback HTML, for pages whose CMS strips or blocks scripts. */
  fallback: boolean;
}

export const idAttribute = (element: EmbedChoice['element']) => (element === 'coop-region-facts' ? 'region' : 'partnership');

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON that cannot end or confuse the `<script>` it sits in: `<` as \u003c is still the same JSON. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The HTML an editor pastes into a page: the script tag and the element; with
 * `fallbackElement` (the export of the same element with its fallback HTML
 * inside), also the fallback style sheet beside the bundle.
 */
export function snippet(c: EmbedChoice, fallbackElement?: string): string {
  const script = `<script type="module" src="${attr(c.bundleUrl)}"></script>\n`;
  if (fallbackElement) {
    const css = c.bundleUrl.replace(/[^/]*$/, 'cooperation-widgets.fallback.css');
    return `<link rel="stylesheet" href="${attr(css)}">\n${script}${fallbackElement}`;
  }
  const attrs: [string, string][] = [[idAttribute(c.element), c.id]];
  if (c.lang) attrs.push(['lang', c.lang]);
  if (c.theme !== 'light') attrs.push(['theme', c.theme]);
  if (c.headingLevel !== 2) attrs.push(['heading-level', String(c.headingLevel)]);
  if (c.source === 'src') attrs.push(['src', c.src]);
  const open = `<${c.element}${attrs.map(([k, v]) => ` ${k}="${attr(v)}"`).join('')}>`;
  const body = c.source === 'inline' ? `\n  <script type="application/json">${scriptSafe(c.inline.trim())}</script>\n` : '';
  return `${script}${open}${body}</${c.element}>\n`;
}
