import { html, type TemplateResult } from 'lit';

// One template per level: a real <h1>…<h6>, without lit/static-html's cost.
const LEVELS: ((part: string, content: unknown) => TemplateResult)[] = [
  (part, content) => html`<h1 part=${part} class="heading">${content}</h1>`,
  (part, content) => html`<h2 part=${part} class="heading">${content}</h2>`,
  (part, content) => html`<h3 part=${part} class="heading">${content}</h3>`,
  (part, content) => html`<h4 part=${part} class="heading">${content}</h4>`,
  (part, content) => html`<h5 part=${part} class="heading">${content}</h5>`,
  (part, content) => html`<h6 part=${part} class="heading">${content}</h6>`,
];

/** 1–6; anything else (missing, `0`, `7`, `abc`) falls back to the default 2. */
export function clampHeadingLevel(level: unknown): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

/** A real `<h1>`…`<h6>` at a level from `clampHeadingLevel`, or one below it (capped at 6). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  return LEVELS[Math.min(level, 6) - 1](part, content);
}
