import { LitElement, css, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { validateDataset } from '../../dist/lib/data/validate.js';
import { exportWidget } from '../../dist/lib/export/export.js';
import { LangController } from '../../dist/lib/base/lang-controller.js';
import '../../dist/lib/index.js';
import { renderWidget } from '../support/render.js';
import { idAttribute, snippet, type EmbedChoice } from './snippet.js';
import { STRINGS } from './strings.js';

const ELEMENTS = ['coop-partnership-card', 'coop-priority-areas', 'coop-agreement-timeline', 'coop-region-facts'] as const;

/** The part of the bundled dataset one widget needs: a starting point for inline JSON. */
export function datasetFor(element: EmbedChoice['element'], id: string): string {
  const d = bundledDataset;
  const partnerships = element === 'coop-region-facts' ? [] : d.partnerships.filter((p) => p.id === id);
  const regionIds = element === 'coop-region-facts' ? [id] : (partnerships[0]?.parties ?? []);
  const regions = d.regions.filter((r) => regionIds.includes(r.id));
  const used = new Set(JSON.stringify({ partnerships, regions }).match(/"[a-z0-9-]+"/g)?.map((s) => s.slice(1, -1)));
  return JSON.stringify({ version: 1, sources: d.sources.filter((s) => used.has(s.id)), regions, partnerships }, null, 2);
}

/** A Storybook tool for web editors: choose a widget, preview it, copy the snippet. */
export class CoopEmbedBuilder extends LitElement {
  static override properties = { choice: { state: true }, copyStatus: { state: true } };
  static override styles = css`
    :host { display: block; font: inherit; }
    form { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); }
    label, legend { display: block; font-weight: 600; margin-bottom: 0.25rem; }
    select, input, textarea { font: inherit; width: 100%; box-sizing: border-box; }
    fieldset { border: 1px solid #767b85; border-radius: 0.25rem; }
    fieldset label { font-weight: normal; display: inline-block; margin-inline-end: 0.75rem; }
    fieldset input, .check input { width: auto; }
    .check { font-weight: normal; }
    .wide { grid-column: 1 / -1; }
    pre { background: #f2f4f7; color: #1b1d22; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
    button { font: inherit; padding: 0.375rem 0.75rem; }
    :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
  `;

  declare choice: EmbedChoice;
  declare copyStatus: '' | 'copied' | 'copyFailed';
  private readonly language = new LangController(this);

  constructor() {
    super();
    this.copyStatus = '';
    this.choice = {
      element: 'coop-partnership-card', id: 'stockholm-ile-de-france', lang: '', theme: 'light', headingLevel: 2,
      source: 'bundled', src: 'https://example.org/cooperation.json', inline: '', bundleUrl: './dist/cooperation-widgets.js',
      fallback: true,
    };
  }

  private get locale() {
    return this.language.locale;
  }

  /** Updates the choice; keeps the id valid and prefills inline JSON for the chosen widget. */
  set(patch: Partial<EmbedChoice>) {
    const next = { ...this.choice, ...patch };
    const ids = this.ids(next.element);
    if (!ids.includes(next.id)) next.id = ids[0];
    if (next.source === 'inline' && (patch.source || patch.id || patch.element)) next.inline = datasetFor(next.element, next.id);
    this.choice = next;
    this.copyStatus = '';
  }

  /** The element with fallback HTML, from the bundled or inline data (a `src` file is not known here). */
  get fallbackElement(): string | undefined {
    const c = this.choice;
    if (!c.fallback || c.source === 'src') return undefined;
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
    try {
      return exportWidget({
        element: c.element, id: c.id, lang: c.lang || this.locale, langAttribute: Boolean(c.lang), data, inlineJson,
        headingLevel: c.headingLevel, theme: c.theme,
      });
    } catch {
      return undefined;
    }
  }

  get code() {
    return snippet(this.choice, this.fallbackElement);
  }

  private ids(element: EmbedChoice['element']) {
    return (element === 'coop-region-facts' ? bundledDataset.regions : bundledDataset.partnerships).map((x) => x.id);
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.code);
      this.copyStatus = 'copied';
    } catch {
      this.copyStatus = 'copyFailed';
    }
  }

  private select(label: string, value: string, options: [string, string][], onChange: (v: string) => void) {
    const id = label.replace(/\W+/g, '-');
    return html`<div><label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></div>`;
  }

  override render() {
    const t = STRINGS[this.locale];
    const c = this.choice;
    const items = c.element === 'coop-region-facts' ? bundledDataset.regions.map((r) => [r.id, r.name[this.locale] ?? r.name.en ?? r.id]) : bundledDataset.partnerships.map((p) => [p.id, p.title[this.locale] ?? p.title.en ?? p.id]);
    const preview = renderWidget(c.element, {
      partnership: c.id, region: c.id, lang: c.lang, theme: c.theme, 'heading-level': c.headingLevel,
      src: c.source === 'src' ? c.src : undefined, inline: c.source === 'inline' ? c.inline : undefined,
    });
    return html`<section lang=${this.locale} aria-labelledby="builder-title">
      <h2 id="builder-title">${t.title}</h2>
      <p>${t.intro}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.select(t.element, c.element, ELEMENTS.map((e) => [e, t.names[e]]), (v) => this.set({ element: v as EmbedChoice['element'] }))}
        ${this.select(idAttribute(c.element) === 'region' ? t.region : t.partnership, c.id, items as [string, string][], (v) => this.set({ id: v }))}
        ${this.select(t.language, c.lang, [['', t.pageLanguage], ['sv', 'svenska (sv)'], ['fr', 'français (fr)'], ['en', 'English (en)']], (v) => this.set({ lang: v as EmbedChoice['lang'] }))}
        ${this.select(t.theme, c.theme, [['light', 'light'], ['dark', 'dark'], ['auto', 'auto']], (v) => this.set({ theme: v as EmbedChoice['theme'] }))}
        ${this.select(t.headingLevel, String(c.headingLevel), [1, 2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`]), (v) => this.set({ headingLevel: Number(v) }))}
        <fieldset class="wide"><legend>${t.source}</legend>
          ${(['bundled', 'src', 'inline'] as const).map((s) => html`<label><input type="radio" name="source" value=${s} .checked=${c.source === s} @change=${() => this.set({ source: s })} />${t[s]}</label>`)}
        </fieldset>
        ${c.source === 'src' ? html`<div class="wide"><label for="src">${t.srcUrl}</label><input id="src" type="url" .value=${c.src} @input=${(e: Event) => this.set({ src: (e.target as HTMLInputElement).value })} /></div>` : nothing}
        ${c.source === 'inline' ? html`<div class="wide"><label for="inline">${t.inlineJson}</label><textarea id="inline" rows="8" .value=${c.inline} @change=${(e: Event) => this.set({ inline: (e.target as HTMLTextAreaElement).value })}></textarea></div>` : nothing}
        <div class="wide"><label class="check"><input type="checkbox" .checked=${c.fallback} @change=${(e: Event) => this.set({ fallback: (e.target as HTMLInputElement).checked })} />${t.fallback}</label>
          ${c.fallback && c.source === 'src' ? html`<p>${t.fallbackNeedsData}</p>` : nothing}</div>
        <div class="wide"><label for="bundle">${t.bundleUrl}</label><input id="bundle" .value=${c.bundleUrl} @input=${(e: Event) => this.set({ bundleUrl: (e.target as HTMLInputElement).value })} /></div>
      </form>
      <h3>${t.preview}</h3>
      <div class="preview">${keyed(JSON.stringify(c), preview)}</div>
      <h3 id="code-title">${t.code}</h3>
      <pre aria-labelledby="code-title"><code>${this.code}</code></pre>
      <button type="button" @click=${this.copy}>${t.copy}</button>
      <p role="status">${this.copyStatus ? t[this.copyStatus] : ''}</p>
    </section>`;
  }
}

if (!customElements.get('coop-embed-builder')) customElements.define('coop-embed-builder', CoopEmbedBuilder);
