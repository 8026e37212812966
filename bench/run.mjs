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
import { SCALE_REGION } from './scale.mjs';

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
/**
 * Issue 30's parts, whose loads take seconds each (10,000 regions; slow 3G): at most 10 loads per
 * page (BENCH_RUNS, if fewer), rounded up the same way.
 */
const SLOW_LOADS = Math.ceil(Math.min(RUNS, 10) / ROUNDS) * ROUNDS;
/**
 * The parts to run (the bytes always): all by default, or those `BENCH_ONLY` lists, e.g.
 * `BENCH_ONLY=scale,slow3g` for issue 30's alone: render, peers, felt, switch, cls, scale, slow3g.
 */
const PARTS = ['render', 'peers', 'felt', 'switch', 'cls', 'scale', 'slow3g'];
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const unknownPart = ONLY?.find((part) => !PARTS.includes(part));
if (unknownPart) {
  console.error(`BENCH_ONLY: no part "${unknownPart}"; the parts are ${PARTS.join(', ')}.`);
  process.exit(1);
}
const runs = (part) => !ONLY || ONLY.includes(part);
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
/**
 * Slow 3G (issue 30): 400 kbit/s down and up (50,000 bytes a second) and 400 ms round trip, through
 * the same network emulation; what is served is gzipped, as a site would send it (bench/server.mjs),
 * since on a narrow link the bytes on the wire are what counts.
 */
const SLOW_3G = { download: 50_000, upload: 50_000, latency: 400, gzip: true };

/** Opens a page in a fresh context (cold cache) and waits until it says it has rendered. */
async function visit(name, after, conditions = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (conditions.latency) await page.emulateNetworkConditions({ download: conditions.download ?? -1, upload: conditions.upload ?? -1, latency: conditions.latency });
  if (conditions.cpu) await page.emulateCPUThrottling(conditions.cpu);
  if (conditions.gzip) await page.setExtraHTTPHeaders({ 'x-bench-gzip': '1' });
  // Every task over 50 ms, from the start (Chromium's Long Tasks API).
  if (conditions.longTasks) {
    await page.evaluateOnNewDocument(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
    });
  }
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
  // A page of frames (the iframe tier): the widgets' content is there when the first frame has
  // painted content, and rendered when every frame has; in the page's own time (up to 60 s).
  const frames = (await page.$('iframe')) ? await page.evaluate(framesTimes) : undefined;
  const extra = after ? await after(page) : undefined;
  await new Promise((r) => setTimeout(r, 50));
  await context.close();
  return {
    rendered: frames ? frames.rendered : rendered,
    firstContent,
    widgetContent: frames ? frames.content : firstContent,
    extra,
    gzipBytes: loaded.reduce((a, b) => a + b, 0),
    files: loaded.length,
  };
}

/** In a page of same-origin frames with the probe: when the first frame painted content and when the last said it had rendered. */
function framesTimes() {
  return new Promise((done) => {
    const until = performance.now() + 60_000;
    const poll = () => {
      const windows = [...document.querySelectorAll('iframe')].map((frame) => frame.contentWindow);
      const fcp = (w) => w?.performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (!windows.every((w) => w?.__bench?.rendered !== undefined && fcp(w) !== undefined)) {
        if (performance.now() > until) return done({ content: NaN, rendered: NaN });
        return setTimeout(poll, 20);
      }
      // A frame's times are in its own timeline: move them to the page's.
      const here = (w, t) => w.performance.timeOrigin + t - performance.timeOrigin;
      done({
        content: Math.min(...windows.map((w) => here(w, fcp(w)))),
        rendered: Math.max(...windows.map((w) => here(w, w.__bench.rendered))),
      });
    };
    poll();
  });
}

/**
 * Loads `names` LOADS times each under `conditions`, in ROUNDS rounds, interleaved: per page, the
 * median time to first content and to rendered of all its loads, and the medians of each round.
 */
async function measure(names, conditions = {}, count = LOADS) {
  const loads = Object.fromEntries(names.map((n) => [n, []]));
  const perRound = count / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < perRound; i++) for (const n of shuffled(names)) loads[n].push({ round, ...(await visit(n, undefined, conditions)) });
  }
  const summary = (xs, key) => ({
    median: median(xs.map((x) => x[key])),
    rounds: Array.from({ length: ROUNDS }, (_, r) => median(xs.filter((x) => x.round === r).map((x) => x[key]))),
  });
  return Object.fromEntries(
    names.map((n) => [n, { content: summary(loads[n], 'firstContent'), widgetContent: summary(loads[n], 'widgetContent'), rendered: summary(loads[n], 'rendered') }]),
  );
}

/** `a` ÷ `b` of two summaries: the ratio of the medians and the lowest and highest ratio of a round. */
function ratio(a, b) {
  const each = a.rounds.map((x, r) => x / b.rounds[r]);
  return { ratio: +(a.median / b.median).toFixed(2), low: +Math.min(...each).toFixed(2), high: +Math.max(...each).toFixed(2) };
}

const RENDER_PAGES = [
  ['four widgets, bundled data', 'four'],
  ['timeline of 1,000 events', 'timeline-1000'],
  ['100 partnership cards', 'cards-100'],
  ['every cooperation (the list, no region)', 'cooperations'],
];
const renders = [];
for (const [label, name] of runs('render') ? RENDER_PAGES : []) {
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
const peers = PEERS && runs('peers')
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
for (const [condition, conditions] of runs('felt') ? Object.entries(CONDITIONS) : []) {
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
for (let i = 0; i < (runs('switch') ? RUNS : 0); i++) {
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
const languageSwitchMs = switches.length ? +median(switches).toFixed(1) : undefined;

const cls = {};
const CLS_PAGES = [
  ['embed-recommended', 'embed-recommended.html'],
  ['embed-plain', 'embed-plain.html'],
  // The embed page upgrades its prerendered widget after its first paint (src/embed/frame-page.ts).
  ['embed-page', `${EMBED_PAGE}?bench`],
  ['embed-page-150ms', `${EMBED_PAGE}?bench`, { latency: 150 }],
];
for (const [name, path, conditions] of runs('cls') ? CLS_PAGES : []) {
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
// ---- issue 30: scale ----
// 10,000 regions and 2,000 partnerships (bench/scale.mjs), and the same with as many regions as fit
// in the 2 MB a widget reads from `src`; both from this server, as the pages get them.
const scale = runs('scale') ? await measureScale() : undefined;

async function measureScale() {
  const json = await (await fetch(`${base}/bench/data/scale.json`)).text();
  const json2mb = await (await fetch(`${base}/bench/data/scale-2mb.json`)).text();
  const { regions, partnerships } = JSON.parse(json);
  const datasets = {
    full: { bytes: Buffer.byteLength(json), regions: regions.length, partnerships: partnerships.length },
    src: { bytes: Buffer.byteLength(json2mb), regions: JSON.parse(json2mb).regions.length, partnerships: JSON.parse(json2mb).partnerships.length },
  };

  // (a) Validation in Node, through the library (dist/lib): the first call (code not yet
  // optimized) and the median of 10 more; each on a fresh parse, the parse not timed.
  const { validateDataset } = await import('../dist/lib/data/validate.js');
  const nodeTimes = (text) =>
    Array.from({ length: 11 }, () => {
      const input = JSON.parse(text);
      const start = performance.now();
      const result = validateDataset(input);
      const ms = performance.now() - start;
      if (!result.valid) throw new Error(`the scale dataset is not valid: ${JSON.stringify(result.issues.slice(0, 3))}`);
      return ms;
    });
  const inNode = (text) => {
    const [first, ...more] = nodeTimes(text);
    return { first: +first.toFixed(1), median: +median(more).toFixed(1) };
  };
  const validation = { node: { full: inNode(json), src: inNode(json2mb) } };

  // … and in Chromium, through the shipped reader (the bundle's chunk, as a widget runs it): in each
  // fresh page, the first validation and the median of five more.
  const chunk = `/${chunkOf('cooperation-widgets', 'external')}`;
  const firsts = [];
  const warm = [];
  for (let i = 0; i < SLOW_LOADS; i++) {
    const { extra } = await visit('blank.html', (page) =>
      page.evaluate(async (chunk) => {
        const { toDataset } = await import(chunk);
        const text = await (await fetch('/bench/data/scale.json')).text();
        return Array.from({ length: 6 }, () => {
          const input = JSON.parse(text);
          const start = performance.now();
          toDataset(input);
          return performance.now() - start;
        });
      }, chunk),
    );
    firsts.push(extra[0]);
    warm.push(median(extra.slice(1)));
  }
  validation.chromium = { full: { first: +median(firsts).toFixed(1), median: +median(warm).toFixed(1) } };

  // (b) From the data given to a widget to its first content: the element is made and given the data
  // (`.data`: the 10,000 regions, parsed before the clock starts; `src`: the 2 MB file, fetched,
  // parsed and validated on the clock) and put on a page that has loaded the script tier; "content"
  // when its shadow root holds it, "painted" at the frame callback after the frame that shows it.
  const WIDGETS = [
    ['partnership card', 'coop-partnership-card', 'partnership', 'bench-partnership-1000'],
    ['region facts (2,000 partnerships)', 'coop-region-facts', 'region', SCALE_REGION],
    ['cooperation list (2,000 partnerships)', 'coop-cooperation-list', 'region', SCALE_REGION],
  ];
  const cases = WIDGETS.flatMap((w) => [[...w, 'data'], [...w, 'src']]);
  const given = new Map(cases.map((c) => [c, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < SLOW_LOADS / ROUNDS; i++) {
      for (const c of shuffled(cases)) {
        const { extra } = await visit('scale.html', (page) => page.evaluate(giveData, ...c.slice(1)));
        given.get(c).push(extra);
      }
    }
  }
  const widgets = cases.map((c) => {
    const times = given.get(c);
    return { label: c[0], how: c[4], content: +median(times.map((t) => t.content)).toFixed(1), painted: +median(times.map((t) => t.painted)).toFixed(1), items: times[0].items };
  });

  // (c) The generic embed page with the 2 MB `src`: every long task (over 50 ms) from navigation to
  // 500 ms after it has rendered, the longest and the total blocking time (the sum of what each is
  // over 50 ms), beside the same page on the bundled data.
  const GENERIC = '/dist/embed/index.html?lang=sv&bench';
  const generic = [];
  for (const [label, query] of [
    ['cooperation list, Stockholm, 2 MB src', `&element=cooperation-list&id=${SCALE_REGION}&src=/bench/data/scale-2mb.json`],
    ['partnership card, 2 MB src', '&element=partnership-card&id=bench-partnership-1000&src=/bench/data/scale-2mb.json'],
    ['cooperation list, Stockholm, bundled data', `&element=cooperation-list&id=${SCALE_REGION}`],
  ]) {
    const loads = [];
    for (let i = 0; i < SLOW_LOADS; i++) {
      const { rendered, extra } = await visit(`${GENERIC}${query}`, async (page) => {
        await new Promise((r) => setTimeout(r, 500));
        return page.evaluate(() => window.__longTasks.map((t) => t.duration));
      }, { longTasks: true });
      loads.push({ rendered, longest: Math.max(0, ...extra), blocking: extra.reduce((sum, d) => sum + Math.max(0, d - 50), 0), count: extra.length });
    }
    const m = (key) => +median(loads.map((l) => l[key])).toFixed(1);
    generic.push({ label, rendered: m('rendered'), longest: m('longest'), blocking: m('blocking'), count: m('count') });
  }
  return { loads: SLOW_LOADS, datasets, validation, widgets, generic };
}

/** In the scale page: makes the widget, gives it the data and times it (see measureScale). */
async function giveData(tag, attribute, id, how) {
  await customElements.whenDefined(tag);
  const data = how === 'data' ? await (await fetch('/bench/data/scale.json')).json() : undefined;
  const widget = document.createElement(tag);
  widget.setAttribute(attribute, id);
  const start = performance.now();
  if (data) widget.data = data;
  else widget.setAttribute('src', '/bench/data/scale-2mb.json');
  document.querySelector('main').append(widget);
  const shown = () => widget.shadowRoot?.querySelector('[part~="base"], [part~="empty"], [part~="error"]');
  const content = await new Promise((done) => {
    const poll = () => (shown() ? done(performance.now() - start) : requestAnimationFrame(poll));
    poll();
  });
  await new Promise((done) => requestAnimationFrame(done));
  if (!widget.shadowRoot.querySelector('[part~="base"]')) throw new Error(`${tag} ${id} (${how}) shows no content: ${shown().textContent.trim().slice(0, 200)}`);
  return { content, painted: performance.now() - start, items: widget.shadowRoot.querySelectorAll('li').length };
}

// ---- issue 30: slow 3G ----
// The timeline and card of "As a visitor feels it" on slow 3G: the iframe tier and the script tier
// beside the same content as static HTML. "Content" is when the widgets' content is first painted: the
// page's first contentful paint where it is in the page (the static pages, the fallback HTML), the
// first frame's where it is in frames; for the snippet alone, when the widgets have rendered.
const SLOW = [
  ['static HTML, styles inline', 'timeline-card-static-inline.html'],
  ['static HTML, style sheet linked', 'timeline-card-static.html'],
  ['script tier: recommended embed', 'timeline-card-fallback.html'],
  ['script tier: snippet alone', 'timeline-card.html'],
  ['iframe tier', 'timeline-card-iframes.html'],
];
let slow3g;
if (runs('slow3g')) {
  const m = await measure(SLOW.map(([, page]) => page), SLOW_3G, SLOW_LOADS);
  const p = Object.fromEntries(SLOW.map(([label, page]) => [label, m[page]]));
  // The snippet alone shows nothing of the widgets before they render.
  p['script tier: snippet alone'].widgetContent = p['script tier: snippet alone'].rendered;
  slow3g = {
    loads: SLOW_LOADS,
    conditions: SLOW_3G,
    pages: p,
    ratios: {
      scriptContent: ratio(p['script tier: recommended embed'].widgetContent, p['static HTML, style sheet linked'].widgetContent),
      iframeContent: ratio(p['iframe tier'].widgetContent, p['static HTML, style sheet linked'].widgetContent),
      scriptRendered: ratio(p['script tier: recommended embed'].rendered, p['static HTML, styles inline'].rendered),
      iframeRendered: ratio(p['iframe tier'].rendered, p['static HTML, styles inline'].rendered),
    },
  };
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
if (renders.length) console.log(`\nFirst render, median of ${LOADS} cold loads in ${ROUNDS} rounds (ms)   widgets   static HTML   ratio (lowest–highest round)`);
for (const r of renders) console.log(`  ${r.label.padEnd(40)} ${String(r.widgetsMs).padStart(7)}  ${String(r.staticMs).padStart(11)}  ${spread(r)}`);
if (peers.length) {
  console.log(`\nPeers, same content, same run (gzip -9 of each JS/CSS file loaded, summed; median ms)`);
  console.log(`  ${''.padEnd(24)} ${'ours KB'.padStart(8)} ${'peer KB'.padStart(8)} ${'ratio'.padStart(6)} ${'ours ms'.padStart(8)} ${'peer ms'.padStart(8)} ${'ratio'.padStart(6)}  peer`);
  for (const p of peers) {
    console.log(`  ${p.label.padEnd(24)} ${kb(p.oursGzip).padStart(8)} ${kb(p.peerGzip).padStart(8)} ${String(p.bytesRatio).padStart(6)} ${String(p.oursMs).padStart(8)} ${String(p.peerMs).padStart(8)} ${String(p.timeRatio).padStart(6)}  ${p.peer}`);
  }
}
if (felt.length) console.log(`\nAs a visitor feels it: median ms to first content / to rendered, ${LOADS} cold loads per page in ${ROUNDS} rounds`);
for (const row of felt) {
  console.log(`  ${row.condition}`);
  for (const [label, v] of Object.entries(row.pages)) console.log(`    ${label.padEnd(24)} ${v.content.median.toFixed(0).padStart(5)} / ${v.rendered.median.toFixed(0).padStart(5)}`);
  const r = row.ratios;
  console.log(`    ratios (lowest–highest round): rendered ÷ static inline ${spread(r.rendered)}; ÷ static linked ${spread(r.renderedVsLinked)}`);
  console.log(`      content visible ÷ same page without script: with fallback ${spread(r.fallbackContent)}; embed page ${spread(r.embedContent)}`);
  if (r.webAwesome) console.log(`      peers rendered ÷ static inline: Web Awesome card ${spread(r.webAwesome)}; TimelineJS ${spread(r.timelineJs)}`);
}
if (slow3g) {
  const { download, latency } = slow3g.conditions;
  console.log(`\nSlow 3G (${(download * 8) / 1000} kbit/s down and up, ${latency} ms round trip, gzipped): median ms to the widgets' content / to rendered, ${slow3g.loads} cold loads per page in ${ROUNDS} rounds`);
  for (const [label, v] of Object.entries(slow3g.pages)) console.log(`    ${label.padEnd(32)} ${v.widgetContent.median.toFixed(0).padStart(5)} / ${v.rendered.median.toFixed(0).padStart(5)}   (page's first content ${v.content.median.toFixed(0)})`);
  const r = slow3g.ratios;
  console.log(`    content ÷ static, style sheet linked: script tier ${spread(r.scriptContent)}; iframe tier ${spread(r.iframeContent)}`);
  console.log(`    rendered ÷ static, styles inline: script tier ${spread(r.scriptRendered)}; iframe tier ${spread(r.iframeRendered)}`);
}
if (scale) {
  const { datasets: d, validation: v } = scale;
  const size = (x) => `${x.regions.toLocaleString('en')} regions, ${x.partnerships.toLocaleString('en')} partnerships, ${(x.bytes / 1e6).toFixed(2)} MB`;
  console.log(`\nScale (bench/scale.mjs): the dataset ${size(d.full)}; the 2 MB file for src ${size(d.src)}`);
  console.log(`  validation, ms (first / median of the next):  Node ${v.node.full.first} / ${v.node.full.median} (the 2 MB file ${v.node.src.first} / ${v.node.src.median}); Chromium ${v.chromium.full.first} / ${v.chromium.full.median} (median of ${scale.loads} pages)`);
  console.log(`  data given → widget's content / painted, median ms of ${scale.loads} cold pages:`);
  for (const w of scale.widgets) console.log(`    ${w.label.padEnd(38)} ${(w.how === 'data' ? '.data (full)' : 'src (2 MB)').padEnd(13)} ${String(w.content).padStart(7)} / ${String(w.painted).padStart(7)}   (${w.items} list items)`);
  console.log(`  the generic embed page, median of ${scale.loads} loads: rendered, longest task, total blocking time (ms), long tasks`);
  for (const g of scale.generic) console.log(`    ${g.label.padEnd(42)} ${String(g.rendered).padStart(7)} ${String(g.longest).padStart(7)} ${String(g.blocking).padStart(7)} ${String(g.count).padStart(4)}`);
}
if (languageSwitchMs !== undefined) console.log(`\nLanguage switch, 100 widgets, <html lang> sv → fr: ${languageSwitchMs} ms (median of ${RUNS})`);
if (runs('cls')) {
  console.log(`Layout shift (CLS) on a CMS-like page: recommended embed (with fallback) ${cls['embed-recommended']}, without fallback ${cls['embed-plain']}`);
  console.log(`Layout shift (CLS) of the embed page: ${cls['embed-page']} on loopback, ${cls['embed-page-150ms']} at 150 ms`);
}
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
  slow3g,
  scale,
  ...(ONLY && { only: ONLY }),
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json');
