// npm run bench — a benchmark, not a test: prints a table and writes
// bench/results.json. Bytes of the built files; first render, language switch
// and layout shift in headless Chromium, each page beside the same semantic
// HTML served as static markup. Figures vary with the machine; ratios less so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { chunkOf, gzipSize } from '../scripts/check-budgets.mjs';
import { listen, staticServer, TYPES } from '../scripts/static-server.mjs';
import { data, pages, peerPages } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = resolve('.');
if (!existsSync('dist/cooperation-widgets.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// ---- bytes ----
const sizes = (file) => {
  const buf = readFileSync(file);
  return {
    file,
    raw: buf.length,
    gzip: gzipSize(file),
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const labelled = (file, label) => ({ ...sizes(file), label });
const bytes = [
  labelled('dist/cooperation-widgets.js', 'CDN bundle: four elements, sv/fr/en'),
  ...['partnership-card', 'priority-areas', 'agreement-timeline', 'region-facts'].map((n) => labelled(`dist/${n}.js`, 'one element, English')),
  labelled(chunkOf('cooperation-widgets', 'bundled'), 'bundled dataset'),
  labelled(chunkOf('cooperation-widgets', 'external'), 'reader + validator for .data, inline JSON, src'),
  labelled(chunkOf('cooperation-widgets', 'fetch'), 'fetching code, for src'),
  labelled(chunkOf('cooperation-widgets', 'error-state'), 'error state + its sv/fr messages'),
  ...['partnership-card', 'agreement-timeline'].flatMap((n) => [
    labelled(chunkOf(n, 'sv'), `${n}: Swedish messages`),
    labelled(chunkOf(n, 'fr'), `${n}: French messages`),
  ]),
  labelled('dist/cooperation-widgets.fallback.css', 'fallback style sheet (static export)'),
];

// ---- server ----
const PEERS = existsSync('bench/peers/node_modules/@knight-lab/timelinejs');
if (!PEERS) console.warn('bench/peers is not installed (npm install --prefix bench/peers): peers left out.');
const allPages = { ...pages(), ...(PEERS ? peerPages() : {}) };
const generated = Object.fromEntries(Object.entries(allPages).map(([k, v]) => [`/bench/pages/${k}`, v]));
for (const [k, v] of Object.entries(data())) generated[`/bench/data/${k}`] = v;
const server = staticServer(root, {
  before(url, res) {
    const page = generated[url.pathname];
    if (page === undefined) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(url.pathname)] });
    res.end(page);
    return true;
  },
});
const base = await listen(server);

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Conditions a visitor may have: a mobile connection (150 ms added to every request, through
 * Chromium's network emulation over CDP) or a slow phone (the CPU 4× slower).
 */
const CONDITIONS = {
  loopback: {},
  'latency 150 ms': { latency: 150 },
  'CPU 4× slower': { cpu: 4 },
};

/** Opens a page in a fresh context (cold cache) and waits until it says it has rendered. */
async function visit(name, after, conditions = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (conditions.latency) await page.emulateNetworkConditions({ download: -1, upload: -1, latency: conditions.latency });
  if (conditions.cpu) await page.emulateCPUThrottling(conditions.cpu);
  // Every script and style sheet the page loads besides the benchmark's own, gzip -9 each.
  const loaded = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!/\.(m?js|css)$/.test(url.pathname) || /\/bench\/probe\.js|cms\.css/.test(url.pathname)) return;
    try {
      loaded.push(gzipSync(await response.buffer(), { level: 9 }).length);
    } catch {
      // a redirect or an aborted response has no body
    }
  });
  await page.setViewport({ width: 1000, height: 800 });
  await page.goto(`${base}/bench/pages/${name}`);
  await page.waitForFunction(() => window.__bench?.rendered !== undefined, { timeout: 60_000, polling: 20 });
  const rendered = await page.evaluate(() => window.__bench.rendered);
  // First contentful paint: when the visitor first sees content (the fallback, or the widget).
  // (It may come after the page says it has rendered: wait for it, up to 5 s.)
  const firstContent = await page.evaluate(
    () =>
      new Promise((done) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (fcp) done(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => done(NaN), 5000);
      }),
  );
  const extra = after ? await after(page) : undefined;
  await new Promise((r) => setTimeout(r, 50));
  await context.close();
  return { rendered, firstContent, extra, gzipBytes: loaded.reduce((a, b) => a + b, 0), files: loaded.length };
}

async function firstRender(name) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await visit(name)).rendered);
  return median(times);
}

/** Median time to first content and to rendered widgets of a page under `conditions`. */
async function timings(name, conditions) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(name, undefined, conditions));
  return { content: median(runs.map((r) => r.firstContent)), rendered: median(runs.map((r) => r.rendered)) };
}

const renders = [];
for (const [label, name] of [
  ['four widgets, bundled data', 'four'],
  ['timeline of 1,000 events', 'timeline-1000'],
  ['100 partnership cards', 'cards-100'],
]) {
  const widgets = await firstRender(`${name}.html`);
  const staticHtml = await firstRender(`${name}-static.html`);
  renders.push({ label, widgetsMs: +widgets.toFixed(1), staticMs: +staticHtml.toFixed(1), ratio: +(widgets / staticHtml).toFixed(2) });
}

async function compare(label, ours, theirs, peer) {
  const a = await visit(ours);
  const b = await visit(theirs);
  const [oursMs, peerMs] = [await firstRender(ours), await firstRender(theirs)];
  return {
    label, peer,
    oursGzip: a.gzipBytes, oursFiles: a.files, peerGzip: b.gzipBytes, peerFiles: b.files, bytesRatio: +(a.gzipBytes / b.gzipBytes).toFixed(2),
    oursMs: +oursMs.toFixed(1), peerMs: +peerMs.toFixed(1), timeRatio: +(oursMs / peerMs).toFixed(2),
  };
}
const peers = PEERS
  ? [
      await compare('partnership card', 'card.html', 'card-webawesome.html', 'Web Awesome 3.14 card, default theme'),
      await compare('timeline of 50 events', 'timeline-50.html', 'timeline-50-timelinejs.html', 'TimelineJS 3.9'),
    ]
  : [];

// The same pages as a visitor feels them: per condition, ours (timeline + card on the bundled data,
// as the recommended embed with fallback) against static HTML and the peers, in the same run.
const felt = [];
for (const [condition, conditions] of Object.entries(CONDITIONS)) {
  const pagesFelt = [
    ['timeline + card', 'timeline-card.html'],
    ['timeline + card, with fallback', 'timeline-card-fallback.html'],
    ['static HTML', 'timeline-card-static.html'],
    ...(PEERS ? [['Web Awesome card', 'card-webawesome.html'], ['TimelineJS, 50 events', 'timeline-50-timelinejs.html']] : []),
  ];
  const row = { condition };
  for (const [label, page] of pagesFelt) row[label] = await timings(page, conditions);
  felt.push(row);
}

const switches = [];
for (let i = 0; i < RUNS; i++) {
  const { extra } = await visit('switch-100.html', (page) =>
    page.evaluate(
      () =>
        new Promise((done) => {
          const widgets = [...document.querySelectorAll('main > *')].filter((el) => el.localName.startsWith('coop-'));
          const start = performance.now();
          document.documentElement.lang = 'fr';
          const poll = () =>
            widgets.every((el) => el.shadowRoot.querySelector('[part~="base"]')?.getAttribute('lang') === 'fr')
              ? done(performance.now() - start)
              : requestAnimationFrame(poll);
          poll();
        }),
    ),
  );
  switches.push(extra);
}
const languageSwitchMs = +median(switches).toFixed(1);

const cls = {};
for (const name of ['embed-recommended', 'embed-plain']) {
  const { extra } = await visit(`${name}.html`, async (page) => {
    await new Promise((r) => setTimeout(r, 500));
    return page.evaluate(() => window.__bench.cls);
  });
  cls[name] = +extra.toFixed(4);
}
const chromium = await browser.version();
await browser.close();
server.close();

// ---- report ----
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`\nBytes (KB)                                   raw   gzip -9  brotli`);
for (const b of bytes) console.log(`  ${b.file.padEnd(40)} ${kb(b.raw)}  ${kb(b.gzip)}  ${kb(b.brotli)}  ${b.label}`);
console.log(`\nFirst render, median of ${RUNS} cold loads (ms)   widgets   static HTML   ratio`);
for (const r of renders) console.log(`  ${r.label.padEnd(40)} ${String(r.widgetsMs).padStart(7)}  ${String(r.staticMs).padStart(11)}  ${String(r.ratio).padStart(6)}`);
if (peers.length) {
  console.log(`\nPeers, same content, same run (gzip -9 of each JS/CSS file loaded, summed; median ms)`);
  console.log(`  ${''.padEnd(24)} ${'ours KB'.padStart(8)} ${'peer KB'.padStart(8)} ${'ratio'.padStart(6)} ${'ours ms'.padStart(8)} ${'peer ms'.padStart(8)} ${'ratio'.padStart(6)}  peer`);
  for (const p of peers) {
    console.log(`  ${p.label.padEnd(24)} ${kb(p.oursGzip).padStart(8)} ${kb(p.peerGzip).padStart(8)} ${String(p.bytesRatio).padStart(6)} ${String(p.oursMs).padStart(8)} ${String(p.peerMs).padStart(8)} ${String(p.timeRatio).padStart(6)}  ${p.peer}`);
  }
}
console.log(`\nAs a visitor feels it: median ms to first content / to rendered widgets, and rendered as a ratio to static HTML (same condition, same run)`);
for (const row of felt) {
  const base = row['static HTML'].rendered;
  const cells = Object.entries(row)
    .filter(([k]) => k !== 'condition')
    .map(([k, v]) => `${k} ${v.content.toFixed(0)} / ${v.rendered.toFixed(0)} (${(v.rendered / base).toFixed(2)})`);
  console.log(`  ${row.condition.padEnd(16)} ${cells.join(' · ')}`);
}
console.log(`\nLanguage switch, 100 widgets, <html lang> sv → fr: ${languageSwitchMs} ms (median of ${RUNS})`);
console.log(`Layout shift (CLS) on a CMS-like page: recommended embed (with fallback) ${cls['embed-recommended']}, without fallback ${cls['embed-plain']}`);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium },
  runs: RUNS,
  bytes,
  firstRender: renders,
  peers,
  felt,
  languageSwitchMs,
  cls,
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
