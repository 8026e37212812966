// The pages the benchmark opens: each widget page beside the same semantic
// HTML served as static markup (the static export of the same content).
import { readFileSync } from 'node:fs';
import { exportWidget } from '../dist/lib/export/export.js';
import { bundledDataset } from '../dist/lib/data/bundled.js';
import { iframeSnippet, scriptSnippet, siteScriptSnippet } from '../dist/lib/embed/snippets.js';
import { elementOf } from '../dist/lib/registry/registry.js';
import { MAX_BYTES } from '../dist/lib/data/limits.js';
import { scaleDataset, scaleDatasetUnder } from './scale.mjs';

const ID = 'stockholm-ile-de-france';

/** A made-up timeline of `n` events, for scale only (not facts). */
export function syntheticTimeline(n) {
  const data = structuredClone(bundledDataset);
  const p = data.partnerships[0];
  p.timeline = Array.from({ length: n }, (_, i) => ({
    id: `event-${i}`,
    date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    kind: 'milestone',
    title: { sv: `Händelse ${i + 1}`, fr: `Événement ${i + 1}`, en: `Event ${i + 1}` },
    description: { sv: 'Benchmarkdata, ingen riktig händelse.', fr: 'Données de test, pas un vrai événement.', en: 'Benchmark data, not a real event.' },
    sources: [p.sources[0]],
  }));
  return data;
}

// The site's own style sheet (a CMS theme) and the benchmark's probe are in every page, inline: they
// cost every page the same and no request, so what a page fetches is what its content needs.
const SITE_CSS = `<style>${readFileSync('test/fixtures/cms.css', 'utf8')}</style>`;
export const PROBE = `<script>${readFileSync('bench/probe.js', 'utf8')}</script>`;

const page = (title, body, head = '') => `<!doctype html><html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
${SITE_CSS}${head}
${PROBE}</head><body><main><h1>${title}</h1>
<p>${'Text ovanför widgetarna. '.repeat(10)}</p>
${body}
<p>${'Text under widgetarna. '.repeat(10)}</p></main></body></html>`;

/** What the embed builder writes for the script tier (minus the element): the standalone bundle's script tag (issue 35; before it, the lazy bundle and the preload of its dataset chunk). */
const snippet = (source) =>
  scriptSnippet({ element: 'coop-partnership-card', id: ID, lang: '', theme: 'light', headingLevel: 2, source, src: '/x.json', inline: '', base: '/dist/' })
    .split('\n')
    .filter((line) => !line.startsWith('<coop-'))
    .join('');
const SNIPPET = snippet('bundled');
/** The same for data from `src` (the same one file; before issue 35, the lazy bundle and the preloads of the reader and the fetching code). */
const SNIPPET_SRC = snippet('src');
/**
 * The iframe tier, as the embed builder writes it: a frame of the prerendered embed page per widget
 * (root-relative here), with the probe in each (`?bench`, bench/server.mjs), and the site script
 * that fits every frame to its content.
 */
const FRAMES = (widgets) =>
  siteScriptSnippet('/dist/') +
  widgets
    .map(([element, id]) => iframeSnippet({ element, id, lang: 'sv', theme: 'light', headingLevel: 2 }, 'http://bench.invalid/dist/', bundledDataset))
    .join('')
    .replace(/src="http:\/\/bench\.invalid(\/[^"]*)"/g, 'src="$1?bench"');
/** A per-element entry: what a page with one widget loads. */
const entry = (name) => `<script type="module" src="/dist/${name}.js"></script>`;
const FALLBACK_CSS = '<link rel="stylesheet" href="/dist/cooperation-widgets.fallback.css">';
/** The fallback style sheet in the page itself: static HTML that needs no request but the page's (the floor). */
const FALLBACK_CSS_INLINE = `<style>${readFileSync('dist/cooperation-widgets.fallback.css', 'utf8')}</style>`;

const four = [
  ['coop-partnership-card', ID],
  ['coop-priority-areas', ID],
  ['coop-agreement-timeline', ID],
  ['coop-region-facts', 'ile-de-france'],
];
const pair = [
  ['coop-agreement-timeline', ID],
  ['coop-partnership-card', ID],
];
const tagFor = ([element, id]) => `<${element}${id ? ` ${elementOf(element).idAttribute}="${id}"` : ''}></${element}>`;
/** The static export of a widget, as the recommended embed has it: a timeline on the bundled data with its calendar link. */
const exported = ([element, id], data = bundledDataset, lang = 'sv') =>
  exportWidget({ element, id, lang, data, calendar: element === 'coop-agreement-timeline' && data === bundledDataset ? `/dist/calendar/${lang}/${id}.ics` : undefined });

export function pages() {
  const timeline = syntheticTimeline(1000);
  // Issue 33's element: every cooperation of the bundled data (the longest list), widget and static.
  const list = ['coop-cooperation-list', ''];
  return {
    'cooperations.html': page('Samarbeten', tagFor(list), SNIPPET),
    'cooperations-static.html': page('Samarbeten', exported(list), FALLBACK_CSS),
    'four.html': page('Fyra widgetar', four.map(tagFor).join('\n'), SNIPPET),
    'four-static.html': page('Fyra widgetar', four.map((w) => exported(w)).join('\n'), FALLBACK_CSS),
    'timeline-1000.html': page('Tidslinje', `<coop-agreement-timeline partnership="${ID}" src="/bench/data/timeline-1000.json"></coop-agreement-timeline>`, SNIPPET_SRC),
    'timeline-1000-static.html': page('Tidslinje', exported(['coop-agreement-timeline', ID], timeline), FALLBACK_CSS),
    'cards-100.html': page('100 kort', Array(100).fill(tagFor(['coop-partnership-card', ID])).join('\n'), SNIPPET),
    'cards-100-static.html': page('100 kort', Array(100).fill(exported(['coop-partnership-card', ID])).join('\n'), FALLBACK_CSS),
    'switch-100.html': page('Språkbyte', Array.from({ length: 100 }, (_, i) => tagFor(four[i % 4])).join('\n'), SNIPPET),
    'embed-recommended.html': page('Rekommenderad inbäddning', four.map((w) => exported(w)).join('\n<p>Text mellan widgetarna.</p>\n'), SNIPPET + FALLBACK_CSS),
    // Issue 16's page: a timeline and a card on the bundled data — bare (the snippet: script and
    // preload), as the recommended embed (with the fallback HTML and its style sheet), and the same
    // content as static HTML: with its style sheet (the same page without our script) and with its
    // styles inline (one round trip, the floor).
    'timeline-card.html': page('Tidslinje och kort', pair.map(tagFor).join('\n'), SNIPPET),
    'timeline-card-fallback.html': page('Tidslinje och kort', pair.map((w) => exported(w)).join('\n'), FALLBACK_CSS + SNIPPET),
    'timeline-card-static.html': page('Tidslinje och kort', pair.map((w) => exported(w)).join('\n'), FALLBACK_CSS),
    'timeline-card-static-inline.html': page('Tidslinje och kort', pair.map((w) => exported(w)).join('\n'), FALLBACK_CSS_INLINE),
    // Issue 30: the same two widgets as the iframe tier (each in a frame of its embed page).
    'timeline-card-iframes.html': page('Tidslinje och kort', FRAMES(pair)),
    'embed-plain.html': page('Inbäddning utan reservinnehåll', four.map(tagFor).join('\n<p>Text mellan widgetarna.</p>\n'), SNIPPET),
    // Issue 30's scale: the script tier and no widget yet; the benchmark adds one and gives it the
    // data (bench/run.mjs).
    'scale.html': page('Skala', '', SNIPPET_SRC),
    // Nothing but the page: the validator's chunk is imported into it (bench/run.mjs).
    'blank.html': page('Tom sida', ''),
    // Region Stockholm's list across 2,000 partnerships from the 2 MB file: for bench/profile.mjs.
    'scale-list.html': page('Skala', '<coop-cooperation-list region="stockholm" src="/bench/data/scale-2mb.json"></coop-cooperation-list>', SNIPPET_SRC),
  };
}

const WA = '/bench/peers/node_modules/@awesome.me/webawesome/dist-cdn';
const TL = '/bench/peers/node_modules/@knight-lab/timelinejs/dist';

/** The partnership card's content as a Web Awesome card: same text, same semantics. */
function webAwesomeCard() {
  const html = exportWidget({ element: 'coop-partnership-card', id: ID, lang: 'en', data: bundledDataset });
  const inner = html.slice(html.indexOf('<h2'), html.lastIndexOf('</article>'));
  const [title, body] = [inner.slice(0, inner.indexOf('</h2>') + 5), inner.slice(inner.indexOf('</h2>') + 5)];
  return `<wa-card>${title.replace('<h2', '<h2 slot="header"')}${body}</wa-card>`;
}

/** The same 50 events as TimelineJS JSON. */
export function timelineJs(n) {
  const p = syntheticTimeline(n).partnerships[0];
  return {
    title: { text: { headline: p.title.en, text: p.summary.en } },
    events: p.timeline.map((e) => {
      const [year, month] = e.date.split('-').map(Number);
      return { start_date: { year, month }, text: { headline: e.title.en, text: e.description.en } };
    }),
  };
}

/** Our pages beside what a user might pick instead (installed in bench/peers). */
export function peerPages() {
  const enPage = (title, body, head) => page(title, body, head).replace('<html lang="sv">', '<html lang="en">');
  return {
    'card.html': enPage('Card', tagFor(['coop-partnership-card', ID]), entry('partnership-card')),
    'card-webawesome.html': enPage(
      'Card',
      webAwesomeCard(),
      `<link rel="stylesheet" href="${WA}/styles/themes/default.css"><script type="module" src="${WA}/components/card/card.js"></script>
<script>window.__benchReady = () => !!document.querySelector('wa-card')?.shadowRoot?.childElementCount;</script>`,
    ),
    'timeline-50.html': enPage('Timeline', `<coop-agreement-timeline partnership="${ID}" src="/bench/data/timeline-50.json"></coop-agreement-timeline>`, entry('agreement-timeline')),
    'timeline-50-timelinejs.html': enPage(
      'Timeline',
      '<div id="timeline-embed" style="width: 100%; height: 600px"></div>',
      `<link rel="stylesheet" href="${TL}/css/timeline.css"><script src="${TL}/js/timeline.js"></script>
<script>
  window.__benchReady = () => window.__tlLoaded === true;
  addEventListener('DOMContentLoaded', async () => {
    const data = await (await fetch('/bench/data/timeline-50-timelinejs.json')).json();
    const timeline = new TL.Timeline('timeline-embed', data, { language: 'en' });
    timeline.on('loaded', () => (window.__tlLoaded = true));
  });
</script>`,
    ),
  };
}

export const data = () => ({
  // Issue 30: 10,000 regions and 2,000 partnerships (bench/scale.mjs), and as many of the regions
  // as fit in the largest file a widget reads from `src`.
  'scale.json': JSON.stringify(scaleDataset()),
  'scale-2mb.json': JSON.stringify(scaleDatasetUnder(MAX_BYTES)),
  'timeline-1000.json': JSON.stringify(syntheticTimeline(1000)),
  'timeline-50.json': JSON.stringify(syntheticTimeline(50)),
  'timeline-50-timelinejs.json': JSON.stringify(timelineJs(50)),
});
