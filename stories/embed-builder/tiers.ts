import { html } from 'lit';
import { EDITORS, OUTCOMES } from '../../dist/lib/embed/editors.js';
import type { Tier } from '../../dist/lib/embed/snippets.js';
import type { Strings } from './strings.js';

/** The table "what each editor keeps of this code" for the chosen tier (with or without the plain-HTML fallback). */
export function tierTable(t: Strings, tier: Tier, fallback: boolean) {
  const row = OUTCOMES[tier === 'script' && fallback ? 'script+fallback' : tier];
  return html`<table>
    <caption>${t.keptCaption}</caption>
    <thead><tr><th scope="col">${t.editor}</th><th scope="col">${t.result}</th></tr></thead>
    <tbody>${EDITORS.map((editor) => html`<tr><th scope="row">${t.editors[editor]}</th><td class=${row[editor]}>${t.outcomes[row[editor]]}</td></tr>`)}</tbody>
  </table>`;
}
