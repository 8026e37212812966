// Test-only routes of the test server: slow, failing and odd responses for the
// `src` loading tests, and a strict Content-Security-Policy on the embed pages.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { Readable } from 'node:stream';
import { chunkKind } from '../support/chunk-kind.mjs';

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

const dataset = () => readFileSync('dist/data/cooperation.json', 'utf8');
/** State of held and counted requests, by key. */
const held = new Map();
const counts = new Map();
/** Snippets pasted by the embed builder test, by id. */
const snippets = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @type {import('@web/dev-server-core').Middleware} */
/**
 * `/blocked/<names>/dist/…` and `/delayed/<names>/dist/…` serve the built
 * files, except that the chunks named (`fr`, `data`, `error-state`, `external`… as
 * test/support/chunk-kind.mjs names them, or `bundle`, joined
 * by `,`) answer 404, or come 400 ms late. The entries import their chunks by
 * relative URL, so a whole page loaded from such a path gets the same treatment.
 */
async function chunkVariant(url, ctx) {
  const m = /^\/(blocked|delayed)\/([\w,-]+)(\/dist\/.*)$/.exec(url.pathname);
  if (!m) return false;
  const [, how, names, path] = m;
  // `bundle`: the CDN bundle itself.
  const chunk = path === '/dist/cooperation-widgets.js' ? 'bundle' : chunkKind(path);
  url.pathname = path;
  if (chunk && names.split(',').includes(chunk)) {
    if (how === 'blocked') {
      ctx.status = 404;
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return false;
}

/** The test server's other name: localhost ↔ 127.0.0.1, the same server as a second origin. */
export const otherOrigin = (host) => {
  const [name, port] = host.split(':');
  return `http://${name === 'localhost' ? '127.0.0.1' : 'localhost'}:${port}`;
};

/**
 * An embed page as a host serves it: the policy of issue 12 (connect-src for
 * the data origin, here the server's other name); `?probe` puts the probe in
 * (relaying what it saw to the parent on request, for cross-origin frames),
 * `?probe=axe` axe-core as well, for the tests that run it: 550 KB of
 * parser-blocking script that no other frame should wait for;
 * `?allow=other` stands for a build with the other origin among its data
 * origins (the <meta> the build writes; scripts/build-embed.mjs is tested in
 * test/node/embed.test.mjs).
 */
function embedPage(url, ctx) {
  const other = otherOrigin(ctx.host);
  // The host's own origin besides 'self': WebKit matches 'self' against nothing in a sandboxed
  // frame (an opaque origin), so it would block the page's own scripts, styles and data (README).
  const own = `http://${ctx.host}`;
  ctx.set('Content-Security-Policy', `default-src 'none'; script-src 'self' ${own}; style-src 'self' ${own}; connect-src 'self' ${own} ${other}`);
  let text = ctx.body.toString();
  if (url.searchParams.has('probe')) {
    const scripts = ['/test/fixtures/probe.js', '/test/fixtures/probe-relay.js'];
    if (url.searchParams.get('probe') === 'axe') scripts.push('/node_modules/axe-core/axe.min.js');
    text = text.replace('<head>', `<head>\n${scripts.map((src) => `<script src="${src}"></script>`).join('')}`);
  }
  if (url.searchParams.get('allow') === 'other') {
    text = text.replace('<meta name="coop-data-origins" content="">', `<meta name="coop-data-origins" content="${other}">`);
  }
  ctx.body = text;
}

/** Pages that host pasted snippets (embed tests): their own strict policy, frames and scripts from the embed origin only. */
function hostPage(url, ctx) {
  const embed = otherOrigin(ctx.host);
  ctx.type = 'html';
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'self' ${embed}; style-src 'self'; frame-src ${embed}; connect-src 'self'`,
  );
  const wp = url.searchParams.has('wp') ? '<script src="/test/fixtures/wp-embed-like.js"></script>' : '';
  // &site-script: the one script tag a site's template carries (README, "Auto-height").
  const site = url.searchParams.has('site-script') ? `<script type="module" src="${embed}/dist/embed.js"></script>` : '';
  ctx.body = `<!doctype html><html lang="${(url.searchParams.get('lang') ?? 'sv').replace(/[^\w-]/g, '')}"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="/test/fixtures/host.css"><script src="/test/fixtures/probe.js"></script>${wp}${site}</head><body><main class="column"><h1>Publicerad sida</h1>
${snippets.get(url.searchParams.get('id') ?? '') ?? ''}
<p id="after">Text efter widgeten.</p></main></body></html>`;
}

/**
 * `/integrity-page.html?script=ok|wrong&map=ok|wrong`: a card loaded by the CDN bundle with
 * `integrity` on its script tag (the build's hash, or another file's), and, with `map`, an import map
 * whose `integrity` section pins every chunk (with `wrong`, the bundled dataset's chunks get another
 * file's hash). The inline import map is allowed by its hash in the Content-Security-Policy.
 */
function integrityPage(url, ctx) {
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const other = integrity['embed.js'];
  const script = url.searchParams.get('script') === 'wrong' ? other : integrity['cooperation-widgets.js'];
  const mapMode = url.searchParams.get('map');
  const chunks = Object.keys(integrity).filter((f) => f.startsWith('chunks/') && f.endsWith('.js'));
  const wrong = (f) => mapMode === 'wrong' && f === 'chunks/cooperation-widgets.data.js';
  const map = JSON.stringify({ integrity: Object.fromEntries(chunks.map((f) => [`/dist/${f}`, wrong(f) ? other : integrity[f]])) });
  const mapHash = `'sha256-${createHash('sha256').update(map).digest('base64')}'`;
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', mapMode ? CSP.replace("script-src 'self'", `script-src 'self' ${mapHash}`) : CSP);
  ctx.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Integrity</title>
<script src="/test/fixtures/probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>${mapMode ? `<script type="importmap">${map}</script>` : ''}
<script type="module" src="/dist/cooperation-widgets.js" integrity="${script}" crossorigin="anonymous"></script></head>
<body><main><coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card></main></body></html>`;
}

/**
 * `/tampered/<file>/<load>/dist/…` serves the built files as a compromised CDN would: the one file
 * named (its path under dist/, `/` written as `~`; `none` for none) with code appended that leaves a
 * mark on the page when it runs (`window.__tampered`). `<load>`, a word of the test's choosing,
 * keeps each load's URLs its own: Chromium remembers a file that failed its integrity check, also for
 * a later page that loads the same URL without one.
 */
function tampered(url, ctx) {
  const m = /^\/tampered\/([\w.~-]+)\/[\w-]+(\/dist\/.*)$/.exec(url.pathname);
  if (!m || m[2].includes('..')) return false;
  const [, key, path] = m;
  const file = join(process.cwd(), path);
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  let body = readFileSync(file, 'utf8');
  const name = path.slice('/dist/'.length);
  if (name === key.replaceAll('~', '/')) body += `\n;(globalThis.__tampered ||= []).push(${JSON.stringify(name)});\n`;
  ctx.type = extname(file);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.body = body;
  return true;
}

/**
 * `/tamper-page.html?case=…&tamper=<file>&load=<word>[&pin=0]`: a page with the script tier's snippet
 * as the embed builder writes it (its integrity from dist/integrity.json; `pin=0` without) for dist/
 * at `/tampered/<file>/<word>/dist/`; `case=site` is the site script of the iframe tier, with a frame.
 */
async function tamperPage(url, ctx) {
  const { scriptSnippet, siteScriptSnippet } = await import('../../dist/lib/embed/snippets.js');
  const integrity = url.searchParams.get('pin') === '0' ? undefined : JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const word = (k) => (url.searchParams.get(k) ?? 'none').replace(/[^\w.~-]/g, '');
  const base = `http://${ctx.host}/tampered/${word('tamper')}/${word('load')}/dist/`;
  const choice = { id: 'stockholm-ile-de-france', lang: '', theme: 'light', headingLevel: 2, source: 'bundled', src: '', inline: '', base, integrity };
  const cases = {
    bundled: { element: 'coop-partnership-card' },
    src: { element: 'coop-agreement-timeline', source: 'src', src: '/dist/data/cooperation.json' },
    unknown: { element: 'coop-region-facts', id: 'no-such-region' },
    fr: { element: 'coop-priority-areas', lang: 'fr' },
  };
  const kind = url.searchParams.get('case') ?? '';
  const body = kind === 'site'
    ? `${siteScriptSnippet(base, integrity)}<iframe src="${base}embed/sv/partnership-card/stockholm-ile-de-france.html" title="Partnerskapskort" width="100%" height="300"></iframe>`
    : scriptSnippet({ ...choice, ...cases[kind] });
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', `${CSP}; frame-src 'self'`);
  ctx.body = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Tampered CDN</title>
<script src="/test/fixtures/probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script></head>
<body><main>${body}</main></body></html>`;
}

export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (await chunkVariant(url, ctx)) return;
  if (tampered(url, ctx)) return;
  if (url.pathname === '/tamper-page.html') return tamperPage(url, ctx);
  const raw = url.pathname.startsWith('/dist/') && !url.pathname.startsWith('/dist/lib/');
  if (raw || url.pathname.startsWith('/test/fixtures/')) {
    // The built files exactly as a CDN would serve them: no dev-server transform.
    const file = normalize(join(process.cwd(), decodeURIComponent(url.pathname)));
    if (!file.startsWith(process.cwd()) || !existsSync(file) || !statSync(file).isFile()) return next();
    ctx.type = extname(file) === '.map' ? 'application/json' : extname(file);
    ctx.body = readFileSync(file);
    // ?old serves the bundle as an older version of itself, for the two-copies test.
    if (url.searchParams.has('old')) ctx.body = ctx.body.toString().replace(/(["'`])0\.1\.0\1/, '$10.0.9$1');
    // ?trusted-types adds Trusted Types enforcement to the policy.
    const tt = url.searchParams.has('trusted-types') ? "; require-trusted-types-for 'script'" : '';
    if (file.endsWith('.html')) ctx.set('Content-Security-Policy', CSP + tt);
    // A CDN's header: module scripts in a sandboxed frame (an opaque origin) are cross-origin requests.
    ctx.set('Access-Control-Allow-Origin', '*');
    if (url.pathname.startsWith('/dist/embed/') && file.endsWith('.html')) embedPage(url, ctx);
    return;
  }
  if (url.pathname === '/integrity-page.html') return integrityPage(url, ctx);
  if (url.pathname === '/entry-page.html') {
    // One element in each state, loaded by the given built file (?entry=region-facts or cooperation-widgets).
    const q = (k) => (url.searchParams.get(k) ?? '').replace(/[^\w-]/g, '');
    const [tag, attr, id] = [q('tag'), q('attr'), q('id')];
    // &blocked=fr,error-state or &delayed=fr: load the entry from /blocked/… or /delayed/….
    const how = ['blocked', 'delayed'].find((k) => url.searchParams.has(k));
    const variant = how ? `/${how}/${(url.searchParams.get(how) ?? '').replace(/[^\w,-]/g, '')}` : '';
    const empty = '{"version":1,"sources":[],"regions":[],"partnerships":[]}';
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = `<!doctype html><html lang="${q('lang')}"><head><meta charset="utf-8"><title>Entry</title>
<script src="/test/fixtures/probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script><script type="module" src="${variant}/dist/${q('entry')}.js"></script></head><body><main>
<${tag} ${attr}="${id}" now="2026-11-21"></${tag}>
<${tag} ${attr}="no-such-id"></${tag}>
<${tag} ${attr}="${id}"><script type="application/json">${empty}</script></${tag}>
<${tag} ${attr}="${id}"><script type="application/json">{ "version": </script></${tag}>
<${tag} ${attr}="${id}" src="/__test/missing-field"></${tag}>
</main></body></html>`;
    return;
  }
  if (url.pathname === '/export-page.html') {
    // A CMS-like page with text above and below the exported widgets; ?scripts=0 leaves the script out.
    const { exportWidget } = await import('../../dist/lib/export/export.js');
    const { bundledDataset } = await import('../../dist/lib/data/bundled.js');
    const { ELEMENTS } = await import('../../dist/lib/registry/registry.js');
    const lang = url.searchParams.get('lang') ?? 'sv';
    // Every element of the registry on its example; ?only=<tag>: that widget alone, in view.
    const widgets = ELEMENTS.filter(({ tag }) => !url.searchParams.get('only') || tag === url.searchParams.get('only')).map(({ tag, example, calendar }) =>
      exportWidget({
        element: tag, id: example, lang, data: bundledDataset, headingLevel: 2,
        // The recommended embed's fallback has the calendar link the upgraded timeline shows.
        calendar: calendar ? `/dist/calendar/${lang}/${example}.ics` : undefined,
      }),
    );
    const script = url.searchParams.get('scripts') === '0' ? '' : '<script type="module" src="/dist/cooperation-widgets.js"></script>';
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', CSP);
    // ?dir=rtl: the same widgets (each with its own lang) on an Arabic page, right to left.
    const page = url.searchParams.get('dir') === 'rtl' ? 'lang="ar" dir="rtl"' : `lang="${lang}"`;
    ctx.body = `<!doctype html><html ${page}><head><meta charset="utf-8"><title>CMS page</title>
<link rel="stylesheet" href="/test/fixtures/cms.css"><link rel="stylesheet" href="/dist/cooperation-widgets.fallback.css">
<script src="/test/fixtures/probe.js"></script>${script}</head>
<body><main><h1>Samarbete med Île-de-France</h1>
<p>${'Text ovanför widgetarna. '.repeat(12)}</p>
${widgets.join('\n<p>Text mellan widgetarna.</p>\n')}
<p id="below">${'Text under widgetarna. '.repeat(12)}</p></main></body></html>`;
    return;
  }
  if (url.pathname === '/__test/snippet' && ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    snippets.set(String(snippets.size), body);
    ctx.body = String(snippets.size - 1);
    return;
  }
  if (url.pathname === '/localize-host.html') {
    // A host app on @lit/localize with the npm entry, resolved through an import map (inline, so no CSP here).
    const map = { imports: { 'cooperation-widgets': '/dist/lib/index.js', '@lit/localize': '/node_modules/@lit/localize/lit-localize.js' } };
    const order = url.searchParams.get('order') === 'after' ? 'after' : 'before';
    ctx.type = 'html';
    ctx.body = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host app</title>
<script src="/test/fixtures/probe.js"></script><script type="importmap">${JSON.stringify(map)}</script>
<script type="module" src="/test/fixtures/localize-host.js?order=${order}"></script></head><body><main>
<h1 id="host"></h1>
<coop-region-facts id="sv" region="ile-de-france" lang="sv"></coop-region-facts>
<coop-region-facts id="fr" region="ile-de-france" lang="fr"></coop-region-facts>
<coop-region-facts id="page" region="ile-de-france"></coop-region-facts>
</main></body></html>`;
    return;
  }
  if (url.pathname === '/host-page.html') {
    hostPage(url, ctx);
    return;
  }
  if (url.pathname === '/snippet-page.html') {
    // A plain page at the top level, beside dist/, holding a snippet POSTed to /__test/snippet.
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Snippet</title>
<script src="/test/fixtures/probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script></head><body><main><h1>Pasted snippet</h1>
${snippets.get(url.searchParams.get('id') ?? '') ?? ''}</main></body></html>`;
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const [, , route, arg] = url.pathname.split('/');
  switch (route) {
    case 'workbook': {
      // `/__test/workbook?lang=fr&type=xlsx[&bad]`: the bundled data as `cooperation-widgets sheet` writes it;
      // &bad with the first event's date 2020-13, a problem at its cell.
      const { writeWorkbook } = await import('../../dist/lib/workbook/workbook.js');
      const data = JSON.parse(dataset());
      if (url.searchParams.has('bad')) data.partnerships[0].timeline[0].date = '2020-13';
      const type = url.searchParams.get('type') === 'ods' ? 'ods' : 'xlsx';
      const lang = ['sv', 'fr', 'en'].find((l) => l === url.searchParams.get('lang')) ?? 'en';
      ctx.type = type === 'ods' ? 'application/vnd.oasis.opendocument.spreadsheet' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = Buffer.from(await writeWorkbook(data, type, lang));
      return;
    }
    case 'announcements': {
      // POST what a test heard, when it is not the table: written to .tmp/announcements/<engine>.md to compare and review.
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      const engine = url.searchParams.get('engine')?.replace(/[^a-z-]/g, '') || 'unknown';
      mkdirSync('.tmp/announcements', { recursive: true });
      writeFileSync(`.tmp/announcements/${engine}.md`, body);
      ctx.body = `.tmp/announcements/${engine}.md`;
      return;
    }
    case 'read-workbook': {
      // POST the bytes of a workbook a test downloaded: what `cooperation-widgets import` reads in it.
      const { readWorkbook } = await import('../../dist/lib/workbook/workbook.js');
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const name = `download.${url.searchParams.get('type') === 'ods' ? 'ods' : 'xlsx'}`;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(readWorkbook([{ name, bytes: new Uint8Array(Buffer.concat(chunks)) }]));
      return;
    }
    case 'data':
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    case 'redirect':
      // `/__test/redirect?to=<url>`: a data origin that sends the request on elsewhere.
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.redirect(url.searchParams.get('to') ?? '/__test/data');
      return;
    case 'slow':
      await sleep(Number(arg) || 3000);
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = dataset().slice(0, 200);
      return;
    case 'missing-field': {
      const data = JSON.parse(dataset());
      delete data.partnerships[0].kind;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(data);
      return;
    }
    case 'large': {
      // 3 MB, streamed without a Content-Length.
      ctx.type = 'application/json';
      ctx.body = Readable.from(
        (function* () {
          yield '{"version":1,"pad":"';
          for (let i = 0; i < 300; i++) yield 'x'.repeat(10_000);
          yield '"}';
        })(),
      );
      return;
    }
    case 'hold': {
      // Answers after 5 s; remembers whether the client went away first.
      held.set(arg, 'waiting');
      ctx.req.on('close', () => held.get(arg) === 'waiting' && held.set(arg, 'aborted'));
      await sleep(5000);
      if (held.get(arg) === 'waiting') held.set(arg, 'answered');
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    }
    case 'held':
      ctx.body = { state: held.get(arg) ?? 'unknown' };
      return;
    case 'counted':
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
      ctx.set('Access-Control-Allow-Origin', '*');
      await sleep(300);
      ctx.type = 'application/json';
      ctx.body = dataset();
      return;
    case 'count':
      ctx.body = { count: counts.get(arg) ?? 0 };
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not JSON</title><p>Sign in</p>';
      return;
    default:
      ctx.status = 404;
  }
}
