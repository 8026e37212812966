/**
 * What the data editor page shows (page.ts keeps its state): the files to choose, the problems at
 * their cells, the translation report, the downloads, and every widget with the data read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language as Lang } from '../data/schema.js';
import { pickText } from '../i18n/text.js';
import { withLocale } from '../i18n/localization.js';
import { ELEMENTS, type AnyElement } from '../registry/registry.js';
import { WORKBOOK_TEXTS } from '../workbook/labels.js';
import type { BookType } from '../workbook/write.js';
import { EDITOR_TEXTS } from './messages.js';
import type { ReadResult } from './read.js';

/** Problems listed at the most (the rest are counted). */
const LISTED = 200;

export interface EditorState {
  lang: Lang;
  previewLang: Lang;
  busy: boolean;
  dragging: boolean;
  result?: ReadResult;
  /** The id each element shows, by folder. */
  picks: Record<string, string>;
  /** Why the last download could not be made, if it could not. */
  notice?: string;
}

export interface EditorActions {
  setLang(lang: Lang): void;
  setPreviewLang(lang: Lang): void;
  /** Reads the files; `moveFocus` (default true) puts focus on what the reading found. */
  read(files: readonly File[], moveFocus?: boolean): void;
  example(): void;
  downloadJson(): void;
  downloadBook(type: BookType): void;
  pick(folder: string, id: string): void;
  /** The element of `module`, showing what the state says (made once, updated on each render). */
  widget(module: AnyElement): HTMLElement;
}

/** The name of each language, in that language, for the page's language switch. */
const OWN_NAME: Record<Lang, string> = { sv: 'svenska', fr: 'français', en: 'English' };

export function editorView(s: EditorState, a: EditorActions): TemplateResult {
  const t = EDITOR_TEXTS[s.lang];
  return html`
    <header>
      <h1>${t.title}</h1>
      <label for="page-lang">${t.language}</label>
      <select id="page-lang" @change=${(e: Event) => a.setLang((e.target as HTMLSelectElement).value as Lang)}>
        ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === s.lang}>${OWN_NAME[l]}</option>`)}
      </select>
    </header>
    <p>${t.intro}</p>
    <p>${t.private}</p>
    <div class="drop ${s.dragging ? 'dragging' : ''}">
      <label for="files">${t.choose}</label>
      <input id="files" type="file" multiple accept=".xlsx,.ods,.csv,.json" aria-describedby="files-hint"
        @change=${(e: Event) => a.read([...((e.target as HTMLInputElement).files ?? [])])} />
      <p id="files-hint">${t.pickHint}</p>
      ${s.dragging ? html`<p class="drop-here">${t.drop}</p>` : nothing}
    </div>
    <p><button type="button" @click=${a.example}>${t.example}</button> ${t.exampleHint}</p>
    <div role="status" class="status">${s.notice ? html`<p>${s.notice}</p>` : nothing}${s.busy ? t.reading : s.result?.valid ? t.valid(s.result.data.partnerships.length, s.result.data.regions.length, s.result.data.sources.length) : s.result ? t.problems(s.result.issues.length) : nothing}</div>
    ${s.result && !s.busy ? (s.result.valid ? validView(s, a, s.result) : problemsView(s, s.result.issues)) : nothing}
  `;
}

function problemsView(s: EditorState, issues: { where: string; message: string }[]) {
  const t = EDITOR_TEXTS[s.lang];
  const { colon } = WORKBOOK_TEXTS[s.lang].messages;
  return html`
    <section aria-labelledby="problems">
      <h2 id="problems" tabindex="-1">${t.problems(issues.length)}</h2>
      <ul class="problems">
        ${issues.slice(0, LISTED).map((i) => html`<li><strong class="where">${i.where}</strong>${colon}${i.message}</li>`)}
      </ul>
      ${issues.length > LISTED ? html`<p>${t.more(issues.length - LISTED)}</p>` : nothing}
    </section>
  `;
}

function validView(s: EditorState, a: EditorActions, result: Extract<ReadResult, { valid: true }>) {
  const t = EDITOR_TEXTS[s.lang];
  const { colon } = WORKBOOK_TEXTS[s.lang].messages;
  const { missing, data } = result;
  return html`
    ${missing
      ? html`<section aria-labelledby="translations">
          <h2 id="translations" tabindex="-1">${t.translations}</h2>
          <ul>
            ${LANGUAGES.map((l) => html`<li>
              <strong>${t.languages[l]}</strong>${colon}${missing[l].length ? html`${t.missing(missing[l].length)} <span class="cells">${missing[l].join(', ')}</span>` : t.complete}
            </li>`)}
          </ul>
        </section>`
      : nothing}
    <section aria-labelledby="downloads">
      <h2 id="downloads" tabindex="-1">${t.download}</h2>
      <ul class="downloads">
        <li><button type="button" @click=${a.downloadJson}>${t.download}${colon}${t.downloadJson}</button></li>
        <li><button type="button" @click=${() => a.downloadBook('xlsx')}>${t.download}${colon}${t.downloadXlsx}</button></li>
        <li><button type="button" @click=${() => a.downloadBook('ods')}>${t.download}${colon}${t.downloadOds}</button></li>
      </ul>
    </section>
    <section aria-labelledby="preview">
      <h2 id="preview">${t.preview}</h2>
      <fieldset>
        <legend>${t.previewLanguage}</legend>
        ${LANGUAGES.map((l) => html`<label><input type="radio" name="preview-lang" value=${l} .checked=${l === s.previewLang}
          @change=${() => a.setPreviewLang(l)} /> ${t.languages[l]}</label>`)}
      </fieldset>
      ${ELEMENTS.map((el) => widgetView(s, a, el, data))}
    </section>
  `;
}

function widgetView(s: EditorState, a: EditorActions, el: AnyElement, data: Extract<ReadResult, { valid: true }>['data']) {
  const t = EDITOR_TEXTS[s.lang];
  const items: readonly { id: string }[] = el.items(data);
  const options = [...(el.idOptional ? [{ id: '', label: t.everything }] : []), ...items.filter((i) => i.id !== '').map((i) => ({ id: i.id, label: pickText(el.titleOf(i) ?? { en: i.id }, s.lang).text || i.id }))];
  const id = `pick-${el.folder}`;
  return html`
    <section class="widget" aria-labelledby="${id}-name">
      <h3 id="${id}-name">${withLocale(s.lang, () => el.widgetName())}</h3>
      <label for=${id}>${t.pick[el.idAttribute as 'partnership' | 'region']}</label>
      <select id=${id} @change=${(e: Event) => a.pick(el.folder, (e.target as HTMLSelectElement).value)}>
        ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === s.picks[el.folder]}>${o.label}</option>`)}
      </select>
      <div class="frame">${a.widget(el)}</div>
    </section>
  `;
}
