// npm run bench — a benchmark, not a test: prints a table and writes
// bench/results.json. Bytes of the built files; first render, language switch
// and layout shift in headless Chromium, each page beside the same semantic
// HTML served as static markup. Figures vary with the machine; ratios less so.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';
import { chunkOf, gzipSize } from '../scripts/check-budgets.mjs';
import { benchServer, PEERS } from './server.mjs';
import { ELEMENTS } from '../dist/lib/registry/registry.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/**
 * The loads of each page are spread over rounds, every page of a comparison once per load in each
 * round, so that a slow spell of the machine hits all of them alike; each ratio is also given per
 * round, and their spread (lowest–highest) is printed beside the ratio of the medians of all loads.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/**
 * The pages of a comparison take turns in a shuffled order, a new one for every load: a page that
 * always came right after the same other page would always share the machine with what that page
 * leaves behind (its closing context). A new seed for every run, so that runs do not share one
 * order; it is printed and written to results.json, and `BENCH_SEED=<it>` repeats the order (with
 * the same BENCH_RUNS, BENCH_ROUNDS and peers).
 */
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) >>> 0 : (Date.now() % 2 ** 32) >>> 0;
let state = SEED;
/** mulberry32: a small seeded generator, numbers in [0, 1). */
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
/** A copy of `xs` in a random order (Fisher–Yates). */
const shuffled = (xs) => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};
/** The loads of each page: RUNS, rounded up to a whole number per round. */
const LOADS = Math.ceil(RUNS / ROUNDS) * ROUNDS;
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
  labelled('dist/cooperation-widgets.js', 'CDN bundle: every element, sv/fr/en'),
  labelled('dist/cooperation-widgets.standalone.js', 'standalone bundle, the script tier: all chunks inside'),
  ...ELEMENTS.map(({ folder }) => labelled(`dist/${folder}.js`, 'one element, English')),
  labelled(chunkOf('cooperation-widgets', 'data'), 'bundled dataset'),
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
if (!PEERS) console.warn('bench/peers is not installed (npm install --prefix bench/peers): peers left out.');
const server = await benchServer();
const { base } = server;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
/** The median; of an even number of values, the mean of the two middle ones. */
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
  await page.goto(name.startsWith('/') ? `${base}${name}` : `${base}/bench/pages/${name}`);
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

/**
 * Loads `names` LOADS times each under `conditions`, in ROUNDS rounds, interleaved: per page, the
 * median time to first content and to rendered of all its loads, and the medians of each round.
 */
async function measure(names, conditions = {}) {
  const loads = Object.fromEntries(names.map((n) => [n, []]));
  const perRound = LOADS / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < perRound; i++) for (const n of shuffled(names)) loads[n].push({ round, ...(await visit(n, undefined, conditions)) });
  }
  const summary = (xs, key) => ({
    median: median(xs.map((x) => x[key])),
    rounds: Array.from({ length: ROUNDS }, (_, r) => median(xs.filter((x) => x.round === r).map((x) => x[key]))),
  });
  return Object.fromEntries(names.map((n) => [n, { content: summary(loads[n], 'firstContent'), rendered: summary(loads[n], 'rendered') }]));
}

/** `a` ÷ `b` of two summaries: the ratio of the medians and the lowest and highest ratio of a round. */
function ratio(a, b) {
  const each = a.rounds.map((x, r) => x / b.rounds[r]);
  return { ratio: +(a.median / b.median).toFixed(2), low: +Math.min(...each).toFixed(2), high: +Math.max(...each).toFixed(2) };
}

const renders = [];
for (const [label, name] of [
  ['four widgets, bundled data', 'four'],
  ['timeline of 1,000 events', 'timeline-1000'],
  ['100 partnership cards', 'cards-100'],
  ['every cooperation (the list, no region)', 'cooperations'],
]) {
  const m = await measure([`${name}.html`, `${name}-static.html`]);
  const [widgets, staticHtml] = [m[`${name}.html`].rendered, m[`${name}-static.html`].rendered];
  renders.push({ label, widgetsMs: +widgets.median.toFixed(1), staticMs: +staticHtml.median.toFixed(1), ...ratio(widgets, staticHtml) });
}

async function compare(label, ours, theirs, peer) {
  const a = await visit(ours);
  const b = await visit(theirs);
  const m = await measure([ours, theirs]);
  const [oursMs, peerMs] = [m[ours].rendered.median, m[theirs].rendered.median];
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

// The same pages as a visitor feels them, per condition: ours (timeline + card on the bundled data,
// bare and as the recommended embed with fallback; a prerendered embed page) against the same
// content as static HTML and the peers, in the same run. Two static pages: with its style sheet
// linked (the same page without our script) and with its styles inline (one round trip: the floor).
const EMBED_PAGE = '/dist/embed/sv/agreement-timeline/stockholm-ile-de-france.html';
const FELT = [
  ['timeline + card', 'timeline-card.html'],
  ['with fallback', 'timeline-card-fallback.html'],
  ['static HTML', 'timeline-card-static.html'],
  ['static, styles inline', 'timeline-card-static-inline.html'],
  ['embed page', `${EMBED_PAGE}?bench`],
  ['embed page, no script', `${EMBED_PAGE}?bench=static`],
  ...(PEERS ? [['Web Awesome card', 'card-webawesome.html'], ['TimelineJS, 50 events', 'timeline-50-timelinejs.html']] : []),
];
const felt = [];
for (const [condition, conditions] of Object.entries(CONDITIONS)) {
  const m = await measure(FELT.map(([, page]) => page), conditions);
  const row = { condition, pages: Object.fromEntries(FELT.map(([label, page]) => [label, m[page]])) };
  const p = row.pages;
  row.ratios = {
    // Rendered widgets against the floor, and against the same page without our script.
    rendered: ratio(p['timeline + card'].rendered, p['static, styles inline'].rendered),
    renderedVsLinked: ratio(p['timeline + card'].rendered, p['static HTML'].rendered),
    // Content visible (first contentful paint) with the fallback, and on the embed page, against the same page without our script.
    fallbackContent: ratio(p['with fallback'].content, p['static HTML'].content),
    embedContent: ratio(p['embed page'].content, p['embed page, no script'].content),
    ...(PEERS && {
      webAwesome: ratio(p['Web Awesome card'].rendered, p['static, styles inline'].rendered),
      timelineJs: ratio(p['TimelineJS, 50 events'].rendered, p['static, styles inline'].rendered),
    }),
  };
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
const CLS_PAGES = [
  ['embed-recommended', 'embed-recommended.html'],
  ['embed-plain', 'embed-plain.html'],
  // The embed page upgrades its prerendered widget after its first paint (src/embed/frame-page.ts).
  ['embed-page', `${EMBED_PAGE}?bench`],
  ['embed-page-150ms', `${EMBED_PAGE}?bench`, { latency: 150 }],
];
for (const [name, path, conditions] of CLS_PAGES) {
  const { extra } = await visit(
    path,
    async (page) => {
      await new Promise((r) => setTimeout(r, 500));
      return page.evaluate(() => window.__bench.cls);
    },
    conditions,
  );
  cls[name] = +extra.toFixed(4);
}
const chromium = await browser.version();
await browser.close();
server.close();

// ---- report ----
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`\nBytes (KB)                                   raw   gzip -9  brotli`);
for (const b of bytes) console.log(`  ${b.file.padEnd(40)} ${kb(b.raw)}  ${kb(b.gzip)}  ${kb(b.brotli)}  ${b.label}`);
const spread = (r) => `${r.ratio.toFixed(2)} (${r.low.toFixed(2)}–${r.high.toFixed(2)})`;
console.log(`\nOrder of the loads: BENCH_SEED=${SEED}`);
console.log(`\nFirst render, median of ${LOADS} cold loads in ${ROUNDS} rounds (ms)   widgets   static HTML   ratio (lowest–highest round)`);
for (const r of renders) console.log(`  ${r.label.padEnd(40)} ${String(r.widgetsMs).padStart(7)}  ${String(r.staticMs).padStart(11)}  ${spread(r)}`);
if (peers.length) {
  console.log(`\nPeers, same content, same run (gzip -9 of each JS/CSS file loaded, summed; median ms)`);
  console.log(`  ${''.padEnd(24)} ${'ours KB'.padStart(8)} ${'peer KB'.padStart(8)} ${'ratio'.padStart(6)} ${'ours ms'.padStart(8)} ${'peer ms'.padStart(8)} ${'ratio'.padStart(6)}  peer`);
  for (const p of peers) {
    console.log(`  ${p.label.padEnd(24)} ${kb(p.oursGzip).padStart(8)} ${kb(p.peerGzip).padStart(8)} ${String(p.bytesRatio).padStart(6)} ${String(p.oursMs).padStart(8)} ${String(p.peerMs).padStart(8)} ${String(p.timeRatio).padStart(6)}  ${p.peer}`);
  }
}
console.log(`\nAs a visitor feels it: median ms to first content / to rendered, ${LOADS} cold loads per page in ${ROUNDS} rounds`);
for (const row of felt) {
  console.log(`  ${row.condition}`);
  for (const [label, v] of Object.entries(row.pages)) console.log(`    ${label.padEnd(24)} ${v.content.median.toFixed(0).padStart(5)} / ${v.rendered.median.toFixed(0).padStart(5)}`);
  const r = row.ratios;
  console.log(`    ratios (lowest–highest round): rendered ÷ static inline ${spread(r.rendered)}; ÷ static linked ${spread(r.renderedVsLinked)}`);
  console.log(`      content visible ÷ same page without script: with fallback ${spread(r.fallbackContent)}; embed page ${spread(r.embedContent)}`);
  if (r.webAwesome) console.log(`      peers rendered ÷ static inline: Web Awesome card ${spread(r.webAwesome)}; TimelineJS ${spread(r.timelineJs)}`);
}
console.log(`\nLanguage switch, 100 widgets, <html lang> sv → fr: ${languageSwitchMs} ms (median of ${RUNS})`);
console.log(`Layout shift (CLS) on a CMS-like page: recommended embed (with fallback) ${cls['embed-recommended']}, without fallback ${cls['embed-plain']}`);
console.log(`Layout shift (CLS) of the embed page: ${cls['embed-page']} on loopback, ${cls['embed-page-150ms']} at 150 ms`);
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium },
  runs: LOADS,
  rounds: ROUNDS,
  seed: SEED,
  bytes,
  firstRender: renders,
  peers,
  felt,
  languageSwitchMs,
  cls,
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
