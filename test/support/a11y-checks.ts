// Checks computed from what the browser rendered, for the accessibility tests.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

type Axe = { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
const axe = (win: Window = window) => (win as unknown as { axe: Axe }).axe;

/** WCAG 2.1 A/AA, EN 301 549, RGAA 4 and best practice; page-level rules off for fragments. */
export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549', 'RGAAv4', 'best-practice'] },
  rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
};

export async function axeViolations(context: Element | Document, win: Window = window): Promise<string[]> {
  const results = await axe(win).run(context, AXE_OPTIONS);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every element under a root, inside nested shadow roots too. */
export function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

/** The nearest element up the tree, crossing from a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type RGBA = [number, number, number, number];
function parseColor(value: string): RGBA {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) return [0, 0, 0, 0];
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function luminance([r, g, b]: RGBA): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The colour behind an element: the first opaque background up the tree (the page's white by default). */
export function backgroundOf(el: Element | null): RGBA {
  for (let node = el; node; node = parentOf(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0.5) return bg;
  }
  return [255, 255, 255, 1];
}

/** Text below 4.5:1 (3:1 when large), and timeline markers below 3:1, as rendered. */
export function contrastProblems(root: Element): string[] {
  const problems: string[] = [];
  const shadow = root.shadowRoot!;
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(parseColor(style.color), backgroundOf(el));
    if (ratio < (large ? 3 : 4.5)) problems.push(`${ratio.toFixed(2)}:1 for “${node.textContent.trim().slice(0, 30)}”`);
  }
  for (const marker of shadow.querySelectorAll('.marker')) {
    const style = getComputedStyle(marker);
    const behind = backgroundOf(parentOf(marker));
    const best = Math.max(contrast(parseColor(style.borderTopColor), behind), contrast(parseColor(style.backgroundColor), behind));
    if (best < 3) problems.push(`marker ${best.toFixed(2)}:1 in “${marker.parentElement?.className}”`);
  }
  return problems;
}

/** The languages in which a string appears as a value of a LocalizedText in the data. */
export function languagesOf(data: unknown): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      const isText = entries.length > 0 && entries.every(([k, v]) => ['sv', 'fr', 'en'].includes(k) && typeof v === 'string');
      if (isText) for (const [lang, text] of entries) map.set(text as string, (map.get(text as string) ?? new Set()).add(lang));
      else entries.forEach(([, v]) => walk(v));
    }
  };
  walk(data);
  return map;
}

/** The `lang` that applies to a node: its nearest `lang` attribute, across shadow roots. */
export function langOf(node: Node): string {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = parentOf(el)) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang')!;
  }
  return '';
}

/** Text nodes that are data text in some languages but sit under a `lang` that is not one of them. */
export function languageProblems(root: Node, texts: Map<string, Set<string>>): string[] {
  const problems: string[] = [];
  const roots: Node[] = [root, ...(root instanceof Element ? deepElements(root) : []).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  if (root instanceof Element && root.shadowRoot) roots.push(root.shadowRoot);
  for (const r of roots) {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const langs = texts.get(node.textContent!.trim());
      if (!langs) continue;
      const lang = langOf(node);
      if (!langs.has(lang)) problems.push(`“${node.textContent!.trim().slice(0, 40)}” is ${[...langs].join('/')} under lang="${lang}"`);
    }
  }
  return problems;
}
