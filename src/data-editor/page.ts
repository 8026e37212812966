/**
 * The data editor page (dist/editor/index.html, built by scripts/build-editor.mjs): a person drops
 * or picks a workbook, CSV files or a JSON file, sees every problem at its sheet and cell in their
 * language, sees every widget with that data in Swedish, French and English, and downloads the JSON
 * (and the workbook, to go on). Nothing leaves the browser: the page's policy is `connect-src 'none'`.
 */
import { render } from 'lit';
import '../i18n/all-languages.js';
import '../registry/classes.js';
import { bundledDataset } from '../data/bundled.js';
import type { Dataset } from '../data/schema.js';
import { addTemplates } from '../i18n/localization.js';
import { normalizeLocale } from '../i18n/locale.js';
// The widgets' names (the preview's headings), which only the tools and embed pages carry.
import { templates as fr } from '../generated/embed-locales/fr.js';
import { templates as sv } from '../generated/embed-locales/sv.js';
import type { AnyElement } from '../registry/registry.js';
import { UnwritableText, writeWorkbook, type BookType } from '../workbook/write.js';
import { MAX_CELL } from '../workbook/xlsx.js';
import { EDITOR_TEXTS } from './messages.js';
import { readInWorker } from './read-in-worker.js';
import { editorView, type EditorActions, type EditorState } from './view.js';

addTemplates({ sv, fr });

const params = new URLSearchParams(location.search);
const lang = normalizeLocale(params.get('lang') ?? navigator.language);
const state: EditorState = {
  lang,
  previewLang: lang,
  busy: false,
  dragging: false,
  picks: {},
};
const root = document.querySelector('main')!;
// The page's words for a browser without scripts give way to the editor.
root.replaceChildren();
const widgets = new Map<string, HTMLElement>();
/** Which reading is the latest: only its result is shown. */
let reads = 0;
/** The files read last (read again when the page's language changes). */
let lastFiles: readonly File[] = [];

function update(focus?: string) {
  document.documentElement.lang = state.lang;
  render(editorView(state, actions), root);
  if (focus) root.querySelector<HTMLElement>(`#${focus}`)?.focus();
}

/** The bytes as a file the browser saves (a link to them, clicked). */
function save(name: string, bytes: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A workbook written and saved, or the reason it could not be, in the page's status (a text too long for an xlsx cell). */
async function written(write: () => Promise<void>) {
  state.notice = undefined;
  try {
    await write();
  } catch (e) {
    const t = EDITOR_TEXTS[state.lang];
    state.notice = t.notWritten(e instanceof UnwritableText ? (e.kind === 'long' ? t.tooLong(e.size, MAX_CELL) : t.badCharacter(e.size)) : String((e as Error)?.message ?? e));
  }
  update();
}

const BOOK_TYPES: Record<BookType, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};
const data = (): Dataset | undefined => (state.result?.valid ? state.result.data : undefined);

const actions: EditorActions = {
  setLang(lang) {
    state.lang = lang;
    history.replaceState(null, '', `?lang=${lang}`);
    update();
    // The problems and the report are told in the page's language: the same files read again
    // (focus stays on the language list).
    if (lastFiles.length && state.result) void actions.read(lastFiles, false);
  },
  setPreviewLang(lang) {
    state.previewLang = lang;
    update();
  },
  async read(files, moveFocus = true) {
    if (!files.length) return;
    lastFiles = files;
    const read = ++reads;
    state.busy = true;
    update();
    const result = await readInWorker(files, state.lang);
    if (read !== reads) return;
    state.busy = false;
    state.result = result;
    state.picks = {};
    update(moveFocus ? (result.valid ? (result.missing ? 'translations' : 'downloads') : 'problems') : undefined);
  },
  async example() {
    await written(async () => save(`cooperation-${state.lang}.xlsx`, await writeWorkbook(bundledDataset, 'xlsx', state.lang), BOOK_TYPES.xlsx));
  },
  downloadJson() {
    const d = data();
    if (d) save('cooperation.json', `${JSON.stringify(d, null, 2)}\n`, 'application/json');
  },
  async downloadBook(type) {
    const d = data();
    if (d) await written(async () => save(`cooperation.${type}`, await writeWorkbook(d, type, state.lang), BOOK_TYPES[type]));
  },
  pick(folder, id) {
    state.picks[folder] = id;
    update();
  },
  widget(module: AnyElement) {
    let el = widgets.get(module.folder);
    if (!el) {
      el = document.createElement(module.tag);
      el.setAttribute('heading-level', '4');
      widgets.set(module.folder, el);
    }
    const d = data();
    const items: readonly { id: string }[] = d ? module.items(d) : [];
    const id = state.picks[module.folder] ?? (module.idOptional ? '' : items[0]?.id ?? '');
    state.picks[module.folder] = id;
    el.setAttribute('lang', state.previewLang);
    if (id || !module.idOptional) el.setAttribute(module.idAttribute, id);
    else el.removeAttribute(module.idAttribute);
    if ((el as HTMLElement & { data?: unknown }).data !== d) (el as HTMLElement & { data?: unknown }).data = d;
    return el;
  },
};

// A file dropped anywhere on the page is read; the page shows where while one is dragged over it.
let depth = 0;
const dragging = (on: boolean) => {
  if (state.dragging !== on) {
    state.dragging = on;
    update();
  }
};
document.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  depth++;
  dragging(true);
});
document.addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (!depth) dragging(false);
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => {
  e.preventDefault();
  depth = 0;
  dragging(false);
  void actions.read([...(e.dataTransfer?.files ?? [])]);
});

update();
