// Print (issue 30, item 4): host pages with every element (the script tier, dist/cooperation-widgets.standalone.js)
// and the embed pages (dist/embed/, with and without JavaScript) printed to PDF on A4 in headless Chromium, and
// the PDF read back (test/support/pdf.mjs):
//   - every page is A4 (595 × 842 pt);
//   - every text of the widgets is in the PDF's text: nothing hidden on paper (the priority areas' closed
//     descriptions included);
//   - every link is a link annotation, and an http(s) link's URL is printed after it;
//   - no dark area is printed (pdfjs renders each page in Chromium; no 16-pt square is nine-tenths dark),
//     on a dark host page (prefers-color-scheme: dark emulated, theme="dark", dark colour tokens) too;
//   - with print media emulated at the A4 page's width, no box inside the page is wider than its own box
//     or cut by a scroll box, and nothing passes the page's right edge.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { listen, staticServer } from '../../scripts/static-server.mjs';
import { darkAreas, readPdf } from '../support/pdf.mjs';

const { exportWidget } = await import('../../dist/lib/export/export.js');

// A4 with 1 cm margins, as browsers print by default; the width left for the page is 190 mm in CSS pixels.
const PDF = { format: 'A4', printBackground: true, margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' } };
const PRINT_WIDTH = Math.floor((190 / 25.4) * 96);
const PRINT_HEIGHT = Math.floor((277 / 25.4) * 96);
// What is not split over two pages when it fits on one: a timeline event, a priority area, a cooperation
// in the list (list items), a card, a row of facts.
const UNITS = 'li, .card, dl > div';
const SP = 'stockholm-ile-de-france';

/** The bundled dataset with links: a page per cooperation, a URL per source (one very long). */
function withLinks() {
  const data = JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
  for (const s of data.sources) s.url = `https://example.org/sources/${s.id}`;
  for (const p of data.partnerships) p.links = [{ url: `https://example.org/cooperation/${p.id}?lang=en`, label: { en: 'Page' } }];
  const [, second] = data.partnerships.find((p) => p.id === SP).sources.map((id) => data.sources.find((s) => s.id === id));
  second.url = `https://example.org/${'documents-and-decisions'.repeat(6)}.pdf`;
  return data;
}
const DATA = withLinks();

const ELEMENTS = [
  ['coop-partnership-card', 'partnership', SP],
  ['coop-priority-areas', 'partnership', SP],
  ['coop-agreement-timeline', 'partnership', SP],
  ['coop-region-facts', 'region', 'ile-de-france'],
  ['coop-cooperation-list', 'region', 'stockholm'],
];
const TAGS = ELEMENTS.map(([tag]) => tag).join(',');

// A dark host page: dark when the reader's system is, the widgets in their dark theme (or following the
// system), and the colour tokens set to a dark palette.
const DARK_CSS = `:root { color-scheme: light dark; }
@media (prefers-color-scheme: dark) { body { background: #111418; color: #e8eaed; } }
main > * { --coop-color-background: #0d1117; --coop-color-surface: #1f2630; --coop-color-text: #e6edf3; --coop-color-muted: #b0b8c4; }`;

const hostPage = (lang, head, widgets, dark) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Print</title>${head}
<style>body { font-family: sans-serif; } main > * { margin-block: 1rem; }${dark ? `\n${DARK_CSS}` : ''}</style></head>
<body><main><h1>Host page</h1>
${widgets.join('\n')}
</main></body></html>`;

/** A host page of the script tier with every element: on the bundled data, or in a dark theme on data with links from `src`. */
const scriptPage = (lang, { dark = false, src } = {}) =>
  hostPage(
    lang,
    '<script type="module" src="/dist/cooperation-widgets.standalone.js"></script>',
    ELEMENTS.map(([tag, attribute, id], i) => {
      const attributes = `${attribute}="${id}"${src ? ` src="${src}"` : ''}${dark ? ` theme="${i % 2 ? 'auto' : 'dark'}"` : ''}`;
      return `<${tag} ${attributes}></${tag}>`;
    }),
    dark,
  );

/** A dark host page of the static tier: every element's fallback HTML (the static export) in the dark theme, on data with links. */
const staticPage = (lang) =>
  hostPage(
    lang,
    '<link rel="stylesheet" href="/dist/cooperation-widgets.fallback.css">',
    ELEMENTS.map(([element, , id]) => exportWidget({ element, id, lang, data: DATA, theme: 'dark', jsonLd: false })),
    true,
  );

const PAGES = {
  '/__print/data.json': ['application/json', JSON.stringify(DATA)],
  '/__print/static-fr-dark.html': ['text/html', staticPage('fr')],
  '/__print/host-sv.html': ['text/html', scriptPage('sv')],
  '/__print/host-en-dark.html': ['text/html', scriptPage('en', { dark: true, src: '/__print/data.json' })],
  '/__print/blank.html': ['text/html', '<!doctype html><title>pdfjs</title>'],
};

const CASES = [
  { name: 'host page (sv): every element on the bundled data', url: '/__print/host-sv.html', widgets: 5 },
  { name: 'dark host page (en): every element in a dark theme, on data with links', url: '/__print/host-en-dark.html', widgets: 5, dark: true, links: true },
  {
    name: 'dark host page of the static tier (fr), no JavaScript: every element\'s fallback HTML in the dark theme, on data with links',
    url: '/__print/static-fr-dark.html',
    widgets: 5,
    script: false,
    dark: true,
    links: true,
  },
  { name: 'embed page: partnership card (sv)', url: `/dist/embed/sv/partnership-card/${SP}.html`, widgets: 1 },
  { name: 'embed page: priority areas (fr)', url: `/dist/embed/fr/priority-areas/${SP}.html`, widgets: 1 },
  { name: 'embed page: timeline (en), theme=dark', url: `/dist/embed/en/agreement-timeline/${SP}.html?theme=dark`, widgets: 1 },
  { name: 'embed page: region facts (sv)', url: '/dist/embed/sv/region-facts/stockholm.html', widgets: 1 },
  { name: 'embed page: cooperation list (fr), over several pages', url: '/dist/embed/fr/cooperation-list/stockholm.html', widgets: 1 },
  { name: 'embed page without JavaScript: cooperation list (en), the fallback style sheet', url: '/dist/embed/en/cooperation-list/stockholm.html', widgets: 1, script: false },
  {
    name: 'generic embed page: card (fr) on data with links from src, theme=dark, with its caption',
    url: `/dist/embed/index.html?element=coop-partnership-card&id=${SP}&lang=fr&src=/__print/data.json&theme=dark`,
    widgets: 1,
    dark: true,
    links: true,
  },
];

// pdfjs-dist's browser build for test/support/pdf.mjs, as JavaScript (the static server does not know .mjs).
const pdfjsBuild = (path) =>
  /^\/__print\/pdfjs\/pdf(\.worker)?\.min\.mjs$/.test(path) &&
  ['text/javascript', readFileSync(new URL(import.meta.resolve(`pdfjs-dist/build/${path.split('/').pop()}`)))];

let server;
let base;
let browser;
let renderer;
before(async () => {
  server = staticServer(process.cwd(), {
    before(url, res) {
      const answer = PAGES[url.pathname] ?? pdfjsBuild(url.pathname);
      if (!answer) return false;
      res.writeHead(200, { 'content-type': `${answer[0]}; charset=utf-8` });
      res.end(answer[1]);
      return true;
    },
  });
  base = await listen(server);
  browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs() });
  renderer = await browser.newPage();
  await renderer.goto(`${base}/__print/blank.html`);
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * In the page: the widgets' texts and links, walking what is rendered (a defined widget's shadow root,
 * an undefined one's fallback HTML, anything else in <main>), the small units to keep on one page
 * (`UNITS`: each one's texts and height) and, when `boxes`, the boxes that are wider than themselves,
 * cut by a scroll box or past the page's right edge.
 */
function inPage(tags, units, boxes) {
  const texts = [];
  const links = [];
  const open = [];
  const kept = [];
  const problems = [];
  const name = (el) => [el.getRootNode().host?.localName, [el.localName, ...el.classList].join('.')].filter(Boolean).join(' ');
  const right = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > right) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in ${right}px`);
  const walk = (node) => {
    for (const child of (node.shadowRoot ?? node).childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.data.trim()) for (const list of [texts, ...open]) list.push(child.data.trim());
      if (child.nodeType !== Node.ELEMENT_NODE || ['style', 'script', 'template', 'noscript'].includes(child.localName)) continue;
      if (child.matches('a[href]')) links.push({ href: child.href, attr: child.getAttribute('href'), text: child.textContent.trim() });
      const style = getComputedStyle(child);
      if (boxes && style.display !== 'inline' && child.clientWidth) {
        if (child.scrollWidth > child.clientWidth + 1) problems.push(`${name(child)} is ${child.scrollWidth}px wide in ${child.clientWidth}px`);
        if (/auto|scroll|hidden|clip/.test(style.overflowY) && child.scrollHeight > child.clientHeight + 1) problems.push(`${name(child)} scrolls`);
        if (child.getBoundingClientRect().right > right + 1) problems.push(`${name(child)} passes the right edge`);
      }
      const unit = child.matches(units) && { texts: [], height: child.getBoundingClientRect().height };
      if (unit) open.push(unit.texts);
      walk(child);
      if (unit) kept.push((open.pop(), unit));
    }
  };
  walk(document.querySelector('main'));
  const defined = document.querySelectorAll(tags.replaceAll(',', ':defined,') + ':defined').length;
  return { widgets: document.querySelectorAll(tags).length, defined, texts, links, units: kept, problems };
}

const squash = (s) => s.replace(/\s+/g, '');
const pngDir = process.env.COOP_PRINT_PNG;

for (const c of CASES) {
  test(`print: ${c.name}`, async () => {
    const page = await browser.newPage();
    try {
      if (c.script === false) await page.setJavaScriptEnabled(false);
      if (c.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.goto(base + c.url, { waitUntil: 'load' });
      if (c.script !== false) {
        await page.waitForFunction(
          (tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('[part~="base"]')),
          { timeout: 10_000 },
          TAGS,
        );
      }
      const screen = await page.evaluate(inPage, TAGS, UNITS, false);
      assert.equal(screen.widgets, c.widgets, 'the widgets on the page');
      assert.equal(screen.defined, c.script === false ? 0 : c.widgets, 'upgraded with JavaScript, fallback HTML without');
      if (c.links) assert.ok(screen.links.length >= 2 * c.widgets, `links from the data: ${screen.links.length}`);

      // Nothing cut: the layout of print media at the width of the A4 page.
      await page.setViewport({ width: PRINT_WIDTH, height: 1000 });
      await page.emulateMediaType('print');
      const print = await page.evaluate(inPage, TAGS, UNITS, true);
      await page.emulateMediaType(null);
      assert.ok(print.units.length >= c.widgets, `units found: ${print.units.length}`);

      const pdf = await page.pdf(PDF);
      const pages = await readPdf(pdf);
      const pageTexts = pages.map((p) => squash(p.text));
      const text = pageTexts.join('');
      const annotations = new Set(pages.flatMap((p) => p.links));
      const linkProblems = screen.links.flatMap(({ href, attr, text: content }) => {
        const problems = annotations.has(href) ? [] : [`${href} is no link in the PDF`];
        if (!/^https?:/.test(attr)) return problems;
        if (!text.includes(squash(`${content}(${attr})`))) problems.push(`${attr} not printed after "${content}"`);
        return problems;
      });
      await renderer.bringToFront(); // pdfjs renders by animation frames, which a background tab does not get
      const areas = await darkAreas(renderer, pdf, { png: Boolean(pngDir) });
      if (pngDir) {
        mkdirSync(pngDir, { recursive: true });
        const file = c.url.replace(/\W+/g, '-');
        areas.forEach((a, i) => writeFileSync(join(pngDir, `${file}-${i + 1}.png`), Buffer.from(a.png.split(',')[1], 'base64')));
      }
      const summary = areas.map((a) => `${a.darkCells} dark cells, ${(a.darkShare * 100).toFixed(1)} % dark pixels`);
      console.log(`${c.name}: ${pages.length} page(s): ${summary.join('; ')}`);

      // Every problem at once, so that a failure says all that went wrong.
      assert.deepEqual(
        {
          // A4 is 595.28 × 841.89 pt; Chromium's is 8.27 × 11.7 in, its PDF pages rounded to whole pixels.
          'pages other than A4': pages.filter((p) => Math.abs(p.width - 595.28) > 1 || Math.abs(p.height - 841.89) > 1).map((p) => `${p.width}×${p.height}`),
          'boxes cut in print': print.problems,
          'texts missing from the PDF': screen.texts.filter((t) => !text.includes(squash(t))),
          // A unit that fits on a page is on one page: some page has all its texts.
          'units split over two pages': print.units
            .filter((u) => u.height < PRINT_HEIGHT && !pageTexts.some((t) => u.texts.every((x) => t.includes(squash(x)))))
            .map((u) => u.texts[0]),
          'links lost': linkProblems,
          'pages with dark areas': areas.flatMap((a, i) => (a.darkCells ? [`page ${i + 1}: ${a.darkCells} cells`] : [])),
        },
        {
          'pages other than A4': [],
          'boxes cut in print': [],
          'texts missing from the PDF': [],
          'units split over two pages': [],
          'links lost': [],
          'pages with dark areas': [],
        },
      );
    } finally {
      await page.close();
    }
  });
}
