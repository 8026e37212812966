import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { LangController } from '../../dist/lib/base/lang-controller.js';
import { TIERS, idAttribute, siteScriptSnippet, tierSnippet, type Integrity } from '../../dist/lib/embed/snippets.js';
import { VERSION } from '../../dist/lib/base/version.js';
import type { Theme } from '../../dist/lib/base/coop-element.js';
import '../../dist/lib/index.js';
import { absolute, datasetFor, fallbackFor, offeredIds, previewOf, type BuilderChoice } from './choice.js';
import { tierTable } from './tiers.js';
import { STRINGS } from './strings.js';
import { ELEMENTS, elementOf } from '../../dist/lib/registry/registry.js';
import { findItem } from '../../dist/lib/export/export.js';
import { withLocale } from '../../dist/lib/i18n/localization.js';
import { pickText } from '../../dist/lib/i18n/text.js';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * Whether an address can host the embed pages for pages elsewhere: not a CDN (it serves no HTML
 * pages) and not this computer (no other page can reach it).
 */
function hostsPages(base: string): boolean {
  const host = hostOf(base);
  return host !== '' && !onCdn(base) && !['localhost', '127.0.0.1', '[::1]'].includes(host);
}

function hostOf(base: string): string {
  try {
    return new URL(base).hostname;
  } catch {
    return '';
  }
}

/** Whether `base` is a public CDN's copy of the npm package (which serves its files as published). */
const onCdn = (base: string) => ['cdn.jsdelivr.net', 'unpkg.com'].includes(hostOf(base));

/** A Storybook tool for web editors: choose a widget and how to embed it, preview it, copy the snippet. */
export class CoopEmbedBuilder extends LitElement {
  static override properties = { choice: { state: true }, copyStatus: { state: true }, integrity: { state: true }, dist: {}, base: {} };
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
    table { border-collapse: collapse; margin-block: 0.75rem; }
    caption { text-align: start; font-weight: 600; }
    th, td { border: 1px solid #767b85; padding: 0.25rem 0.5rem; text-align: start; }
    td.kept { color: #1f6b36; } td.removed { color: #a3111c; }
    iframe { border: 1px solid #767b85; width: 100%; }
    pre { background: #f2f4f7; color: #1b1d22; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
    button { font: inherit; padding: 0.375rem 0.75rem; }
    :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
  `;

  /** Where this version's built files (dist/) are served, relative to the page: the frames' preview and integrity.json come from there. */
  declare dist: string;
  /** The address the code points at until the editor types another (default: `dist`). */
  declare base: string | undefined;
  declare choice: BuilderChoice;
  declare copyStatus: '' | 'copied' | 'copyFailed';
  /** integrity.json of the build at `dist`: the script tier pins its files with it. */
  declare integrity: Integrity | undefined;
  private readonly language = new LangController(this);

  constructor() {
    super();
    this.copyStatus = '';
    this.dist = 'dist/';
    this.choice = {
      element: ELEMENTS[0].tag, id: ELEMENTS[0].example, lang: '', theme: 'light', headingLevel: 2,
      source: 'bundled', src: 'https://example.org/cooperation.json', inline: '', base: '',
      tier: 'script', fallback: true,
    };
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('dist') || changed.has('base')) this.choice = { ...this.choice, base: absolute(this.base ?? this.dist) };
    if (!changed.has('dist')) return;
    const dist = this.dist;
    this.integrity = undefined;
    fetch(new URL('integrity.json', absolute(dist)))
      .then((r) => (r.ok ? (r.json() as Promise<Integrity>) : undefined))
      .then((integrity) => {
        if (this.dist === dist) this.integrity = integrity;
      }, () => undefined);
  }

  private get locale() {
    return this.language.locale;
  }

  /** Updates the choice; keeps the id valid and prefills inline JSON for the chosen widget. */
  set(patch: Partial<BuilderChoice>) {
    const next = { ...this.choice, ...patch };
    const ids = offeredIds(next.element);
    if (!ids.includes(next.id)) next.id = ids[0];
    if ((next.tier !== 'script' && next.source === 'inline') || (next.tier === 'link' && next.source === 'src')) next.source = 'bundled';
    if (next.source === 'inline' && (patch.source || patch.id || patch.element)) next.inline = datasetFor(next.element, next.id);
    this.choice = next;
    this.copyStatus = '';
  }

  /** The element with fallback HTML (script tier, bundled or inline data). */
  get fallbackElement(): string | undefined {
    return fallbackFor(this.choice, this.locale);
  }

  /** The snippet of the chosen tier; frames and links need an absolute base and a language of their own. */
  get code() {
    const c = this.choice;
    const choice = c.tier === 'script' ? { ...c, integrity: this.integrity } : { ...c, base: absolute(c.base) };
    return tierSnippet(c.tier, choice, bundledDataset, { lang: this.locale, fallbackElement: this.fallbackElement });
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
    const offered = offeredIds(c.element);
    const element = elementOf(c.element);
    const items = offered.map((id) => {
      const title = element.titleOf(findItem(bundledDataset, c.element, id));
      return [id, title ? pickText(title, this.locale).text : t.everything];
    });
    return html`<section lang=${this.locale} aria-labelledby="builder-title">
      <h2 id="builder-title">${t.title}</h2>
      <p>${t.intro}</p>
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.select(t.element, c.element, ELEMENTS.map((e) => [e.tag, withLocale(this.locale, () => e.widgetName())]), (v) => this.set({ element: v as BuilderChoice['element'] }))}
        ${this.select(idAttribute(c.element) === 'region' ? t.region : t.partnership, c.id, items as [string, string][], (v) => this.set({ id: v }))}
        ${this.select(t.language, c.lang, [['', t.pageLanguage], ['sv', 'svenska (sv)'], ['fr', 'français (fr)'], ['en', 'English (en)']], (v) => this.set({ lang: v as BuilderChoice['lang'] }))}
        ${this.select(t.theme, c.theme, THEMES.map((v) => [v, `${t.themes[v]} (${v})`]), (v) => this.set({ theme: v as BuilderChoice['theme'] }))}
        ${this.select(t.headingLevel, String(c.headingLevel), [1, 2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`]), (v) => this.set({ headingLevel: Number(v) }))}
        <fieldset class="wide"><legend>${t.tier}</legend>
          ${TIERS.map((tier) => html`<label><input type="radio" name="tier" value=${tier} .checked=${c.tier === tier} @change=${() => this.set({ tier })} />${t.tiers[tier]}</label>`)}
          <p>${t.tierHelp[c.tier]}</p>${c.tier !== 'script' && !c.lang ? html`<p>${t.frameLang}</p>` : nothing}
        </fieldset>
        <fieldset class="wide"><legend>${t.source}</legend>
          ${(['bundled', 'src', 'inline'] as const).map((s) => html`<label><input type="radio" name="source" value=${s} .checked=${c.source === s} ?disabled=${(s === 'inline' && c.tier !== 'script') || (s === 'src' && c.tier === 'link')} @change=${() => this.set({ source: s })} />${t[s]}</label>`)}
          ${c.tier !== 'script' ? html`<p>${c.tier === 'link' ? t.linkOnlyBundled : t.inlineOnlyScript}</p>` : nothing}
          ${c.tier === 'iframe' && c.source === 'src' ? html`<p>${t.srcFrameNeedsScripts}</p>` : nothing}
        </fieldset>
        ${c.source === 'src' ? html`<div class="wide"><label for="src">${t.srcUrl}</label><input id="src" type="url" .value=${c.src} @input=${(e: Event) => this.set({ src: (e.target as HTMLInputElement).value })} /></div>` : nothing}
        ${c.source === 'inline' ? html`<div class="wide"><label for="inline">${t.inlineJson}</label><textarea id="inline" rows="8" .value=${c.inline} @change=${(e: Event) => this.set({ inline: (e.target as HTMLTextAreaElement).value })}></textarea></div>` : nothing}
        ${c.tier === 'script' ? html`<div class="wide"><label class="check"><input type="checkbox" .checked=${c.fallback} @change=${(e: Event) => this.set({ fallback: (e.target as HTMLInputElement).checked })} />${t.fallback}</label>
          ${c.fallback && c.source === 'src' ? html`<p>${t.fallbackNeedsData}</p>` : nothing}</div>` : nothing}
        <div class="wide"><label for="base">${t.base}</label><input id="base" type="url" aria-describedby="base-help" .value=${c.base} @input=${(e: Event) => this.set({ base: (e.target as HTMLInputElement).value })} />
          <p id="base-help">${c.tier === 'script' ? t.baseScript : hostsPages(c.base) ? t.baseSite : t.baseNeedsSite}</p></div>
      </form>
      <h3>${t.preview}</h3>
      <div class="preview">${keyed(JSON.stringify(c), previewOf(c, this.locale, absolute(this.dist)))}</div>
      <h3 id="code-title">${t.code}</h3>
      <pre aria-labelledby="code-title"><code>${this.code}</code></pre>
      ${(c.tier === 'script' || c.tier === 'iframe') && this.integrity ? html`<p>${t.pinned(VERSION, !onCdn(c.base))}</p>` : nothing}
      ${tierTable(t, c.tier, c.fallback && c.source !== 'src')}
      ${c.tier === 'iframe' ? html`<p id="site-title">${t.siteScript}</p><pre aria-labelledby="site-title"><code>${siteScriptSnippet(absolute(c.base), this.integrity)}</code></pre>` : nothing}
      <button type="button" @click=${this.copy}>${t.copy}</button>
      <p role="status">${this.copyStatus ? t[this.copyStatus] : ''}</p>
    </section>`;
  }
}

/**
 * Defines `<coop-embed-builder>` once. A call, not an import for its side effect: package.json's
 * `sideEffects` names only dist/, so bundlers (Storybook's Vite build) drop bare imports of this file.
 */
export function defineEmbedBuilder() {
  if (!customElements.get('coop-embed-builder')) customElements.define('coop-embed-builder', CoopEmbedBuilder);
}
