// What the visual tests show, the same for the baselines and their broken variants.
import { until } from './helpers.js';

export const VISUAL_THEMES = ['light', 'dark'] as const;
export const VISUAL_WIDGETS: { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'coop-partnership-card', attrs: { partnership: 'stockholm-ile-de-france', now: '2026-11-21' } },
  { tag: 'coop-priority-areas', attrs: { partnership: 'stockholm-ile-de-france' } },
  { tag: 'coop-agreement-timeline', attrs: { partnership: 'stockholm-ile-de-france', now: '2026-11-21' } },
  { tag: 'coop-region-facts', attrs: { region: 'ile-de-france' } },
];

/**
 * One widget in a 600 px column on a plain page, fully rendered (data, fonts), ready for its screenshot.
 * With `rtl`, the column is an Arabic page's, right to left, and the widget has its own `lang`.
 */
export async function mountForScreenshot(tag: string, attrs: Record<string, string>, lang: string, theme: string, rtl = false): Promise<HTMLElement> {
  document.body.replaceChildren();
  document.body.style.margin = '0';
  const column = document.createElement('div');
  column.style.cssText = 'width: 600px; padding: 8px; background: #ffffff; font: 16px/1.5 sans-serif;';
  column.lang = rtl ? 'ar' : lang;
  if (rtl) column.dir = 'rtl';
  const el = document.createElement(tag);
  if (rtl) el.lang = lang;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('theme', theme);
  column.append(el);
  document.body.append(column);
  await until(() => !!el.shadowRoot?.querySelector('[part~="base"]'), `${tag} rendered`, 8000);
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

// The package's types re-export `./browser/commands.mjs`, which TypeScript does not map to its `.d.ts`.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
