import { html, literal } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** 1–6; anything else (missing, `0`, `7`, `abc`) falls back to the default 2. */
export function clampHeadingLevel(level: unknown): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

/** A real `<h1>`…`<h6>` at the given level (capped at 6 for sub-headings). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1];
  // A static-html template: the tag is a `literal` from the fixed list above, not data.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class="heading">${content}</${tag}>`;
}
