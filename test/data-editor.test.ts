// The data editor page (issue 29; dist/editor/index.html, src/data-editor/): a person picks or drops
// a workbook, sees each problem at its sheet and cell in the page's language, sees every widget with
// the data, and downloads the JSON and the workbook; nothing leaves the browser (connect-src 'none').
import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
import { pickText } from '../src/i18n/text.js';
import { ELEMENTS as REGISTERED, type AnyElement } from '../src/registry/registry.js';
import { AXE_OPTIONS } from './support/a11y-checks.js';
import { openFrame, type AxeRunner } from './support/frames.js';
import { until } from './support/helpers.js';

const ELEMENTS: readonly AnyElement[] = REGISTERED;

type EditorWindow = Window & typeof globalThis & { axe?: AxeRunner };

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

async function openEditor(lang: string, width = 1000) {
  const frame = await openFrame(`/dist/editor/index.html?lang=${lang}`, { width, height: 900 });
  frame.title = 'Data editor';
  const win = frame.contentWindow as EditorWindow;
  await until(() => !!win.document.querySelector('#files'), 'the editor page', 10_000);
  // Downloads are caught, not saved: each link the page clicks is kept.
  const saved: { name: string; href: string }[] = [];
  win.document.addEventListener('click', (e) => {
    const a = e.target as HTMLAnchorElement;
    if (a.localName === 'a' && a.download) {
      e.preventDefault();
      saved.push({ name: a.download, href: a.href });
    }
  }, true);
  return { frame, win, doc: win.document, saved };
}

/** A file made in the page's own realm (as a file picker or a drop would give it). */
async function fileFrom(win: EditorWindow, url: string, name: string) {
  const bytes = await (await fetch(url)).arrayBuffer();
  return new win.File([bytes], name);
}

function pick(win: EditorWindow, files: File[]) {
  const input = win.document.querySelector<HTMLInputElement>('#files')!;
  const list = new win.DataTransfer();
  for (const f of files) list.items.add(f);
  input.files = list.files;
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
}

function drop(win: EditorWindow, files: File[]) {
  const list = new win.DataTransfer();
  for (const f of files) list.items.add(f);
  const target = win.document.querySelector('main')!;
  target.dispatchEvent(new win.DragEvent('dragenter', { bubbles: true, dataTransfer: list }));
  target.dispatchEvent(new win.DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: list }));
}

/** axe on the whole page (page-level rules on: it is a page, not a fragment). */
async function axeOnPage(win: EditorWindow) {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r));
    win.document.head.append(script);
    await loaded;
  }
  const options = { ...AXE_OPTIONS, rules: {} };
  const { violations } = await win.axe!.run(win.document, options);
  return violations.map((v) => `${v.id}: ${v.help}`);
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the data editor page', () => {
  it('in French: a workbook with a wrong date shows the problem at its sheet and cell, in French, and no widgets', async () => {
    const { frame, win, doc } = await openEditor('fr');
    expect(doc.documentElement.lang).to.equal('fr');
    expect(text(doc.querySelector('h1'))).to.equal('Données de coopération : vérifier et prévisualiser');
    pick(win, [await fileFrom(win, '/__test/workbook?lang=fr&bad', 'donnees.xlsx')]);
    await until(() => !!doc.querySelector('#problems'), 'the problems', 10_000);
    expect(text(doc.querySelector('#problems'))).to.equal('1 erreur à corriger');
    expect(doc.activeElement?.id, 'focus moves to the problems').to.equal('problems');
    const [problem] = doc.querySelectorAll('.problems li');
    expect(text(problem.querySelector('.where'))).to.equal('chronologie!C2');
    expect(text(problem)).to.match(/^chronologie!C2 : .*date/);
    expect(doc.querySelector(ELEMENTS[0].tag)).to.equal(null);
    expect(await axeOnPage(win)).to.deep.equal([]);
    await expect(frame).to.be.accessible();
    // The page switched to Swedish tells the same problem in Swedish.
    const select = doc.querySelector<HTMLSelectElement>('#page-lang')!;
    select.focus();
    select.value = 'sv';
    select.dispatchEvent(new win.Event('change'));
    await until(() => text(doc.querySelector('.problems')).includes('måste vara ett datum'), 'the problem in Swedish', 10_000);
    expect(text(doc.querySelector('#problems'))).to.equal('1 fel att rätta');
    expect(doc.activeElement?.id, 'focus stays on the language list').to.equal('page-lang');
  });

  it('in Swedish: a dropped workbook shows the translation report, every widget in sv, fr and en, and downloads the JSON and the workbook', async () => {
    const { frame, win, doc, saved } = await openEditor('sv');
    drop(win, [await fileFrom(win, '/__test/workbook?lang=sv', 'samarbeten.xlsx')]);
    await until(() => !!doc.querySelector('#translations'), 'the report', 10_000);
    expect(text(doc.querySelector('.status'))).to.equal('Uppgifterna är giltiga: 10 samarbeten, 2 regioner, 8 källor.');
    expect(text(doc.querySelector('#translations + ul'))).to.match(/svenska: 4 texter saknas .*samarbeten!C3/);
    expect(text(doc.querySelector('#translations + ul')), 'the sources are their documents’ own words').to.not.contain('källor!');
    expect(text(doc.querySelector('.widget h3')), 'the widgets’ names in the page’s language').to.equal('Partnerskapskort');
    expect(doc.querySelector(ELEMENTS[0].tag)!.getAttribute('lang'), 'the preview starts in the page’s language').to.equal('sv');
    for (const lang of ['sv', 'fr', 'en'] as const) {
      const radio = [...doc.querySelectorAll<HTMLInputElement>('input[name="preview-lang"]')].find((r) => r.value === lang)!;
      radio.click();
      for (const module of ELEMENTS) {
        const el = doc.querySelector(module.tag) as HTMLElement & { updateComplete: Promise<unknown> };
        expect(el, module.tag).to.not.equal(null);
        await until(() => el.getAttribute('lang') === lang && !!el.shadowRoot?.textContent?.trim(), `${module.tag} in ${lang}`, 10_000);
        await el.updateComplete;
        const item = module.items(bundledDataset).find((i: { id: string }) => i.id === (el.getAttribute(module.idAttribute) ?? ''));
        const title = module.titleOf(item);
        if (title) expect(el.shadowRoot!.textContent, `${module.tag} ${lang}`).to.contain(pickText(title, lang).text);
        expect(el.shadowRoot!.querySelector('[part~="error"], .error'), `${module.tag}: no error state`).to.equal(null);
      }
    }
    // Another partnership, picked from the card's list.
    const card = ELEMENTS[0];
    const select = doc.querySelector<HTMLSelectElement>(`#pick-${card.folder}`)!;
    select.value = bundledDataset.partnerships[1].id;
    select.dispatchEvent(new win.Event('change'));
    await until(() => doc.querySelector(card.tag)!.getAttribute(card.idAttribute) === bundledDataset.partnerships[1].id, 'the picked partnership');
    // The downloads: the JSON is the data; the workbook reads back as the same data.
    for (const button of doc.querySelectorAll<HTMLButtonElement>('.downloads button')) button.click();
    await until(() => saved.length === 3, 'three downloads', 10_000);
    saved.sort((a, b) => a.name.localeCompare(b.name));
    expect(saved.map((s) => s.name)).to.deep.equal(['cooperation.json', 'cooperation.ods', 'cooperation.xlsx']);
    expect(JSON.parse(await (await fetch(saved[0].href)).text())).to.deep.equal(plain(bundledDataset));
    for (const { href, name } of saved.slice(1)) {
      const bytes = await (await fetch(href)).arrayBuffer();
      const back = await (await fetch(`/__test/read-workbook?type=${name.split('.')[1]}`, { method: 'POST', body: bytes })).json();
      expect(back.valid, name).to.equal(true);
      expect(back.data, name).to.deep.equal(plain(bundledDataset));
    }
    expect(await axeOnPage(win)).to.deep.equal([]);
    await expect(frame).to.be.accessible();
  });

  it('in English, in a 320 px window: a JSON file is read too; a file of another kind, or JSON beside a workbook, is refused with a message; nothing scrolls sideways', async () => {
    const { win, doc } = await openEditor('en', 320);
    const sideways = () => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
    expect(sideways(), 'before reading').to.equal(0);
    pick(win, [new win.File(['not a workbook'], 'notes.txt')]);
    await until(() => !!doc.querySelector('#problems'), 'the refusal', 10_000);
    expect(text(doc.querySelector('.problems'))).to.contain('notes.txt is not a workbook (xlsx, ods), a CSV file or a JSON file.');
    pick(win, [new win.File(['{'], 'data.json')]);
    await until(() => text(doc.querySelector('.problems')).includes('data.json is not valid JSON.'), 'bad JSON');
    // Ten bytes of a zip: told at once, and the page goes on.
    pick(win, [new win.File([new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 0, 0, 8, 0])], 'cut.xlsx')]);
    await until(() => text(doc.querySelector('.problems')).includes('cut.xlsx: not an xlsx or ods workbook'), 'a cut-off workbook', 10_000);
    const json = new win.File([JSON.stringify(bundledDataset)], 'data.json');
    pick(win, [json, await fileFrom(win, '/__test/workbook', 'x.xlsx')]);
    await until(() => text(doc.querySelector('.problems')).includes('not both'), 'JSON beside a workbook');
    pick(win, [json]);
    await until(() => !!doc.querySelector('#downloads'), 'the JSON read', 10_000);
    expect(doc.querySelector('#translations'), 'no report for JSON').to.equal(null);
    expect(sideways(), 'with every widget').to.be.at.most(0);
    // A text longer than an xlsx cell holds: the JSON downloads, the xlsx is refused with a word in the status.
    const long = structuredClone(bundledDataset);
    long.partnerships[0].summary = { en: 'x'.repeat(40_000) };
    pick(win, [new win.File([JSON.stringify(long)], 'long.json')]);
    await until(() => !!doc.querySelector('#downloads') && !text(doc.querySelector('.status')).includes('Reading'), 'the long data read', 10_000);
    [...doc.querySelectorAll<HTMLButtonElement>('.downloads button')].find((b) => b.textContent!.includes('xlsx'))!.click();
    await until(() => text(doc.querySelector('.status')).includes('The workbook could not be written: a text of 40000 characters'), 'the refusal', 10_000);
    expect(await axeOnPage(win)).to.deep.equal([]);
  });

  it('connects nowhere: its own policy (connect-src \'none\') refuses a request from the page', async () => {
    const { win, doc } = await openEditor('en');
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).to.contain("connect-src 'none'");
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    let failed = false;
    try {
      await win.fetch('/__test/data');
    } catch {
      failed = true;
    }
    expect(failed, 'the request failed').to.equal(true);
    await until(() => violations.includes('connect-src'), 'the violation report');
  });

  it('switches its own language from the list, and says it in the address', async () => {
    const { frame, win, doc } = await openEditor('en');
    const select = doc.querySelector<HTMLSelectElement>('#page-lang')!;
    select.value = 'sv';
    select.dispatchEvent(new win.Event('change'));
    await until(() => doc.documentElement.lang === 'sv', 'the switch');
    expect(text(doc.querySelector('label[for="files"]'))).to.equal('Välj filer');
    expect(win.location.search).to.equal('?lang=sv');
    await expect(frame).to.be.accessible();
  });
});
