// The hosted site as a region hosts it (docs/hosting.md): runs the README's command,
// `npm run build:site -- --base http://127.0.0.1:<port>/cw/`, starts Debian's nginx with the
// server block it wrote (site/nginx.conf) on that free port, and drives the journey in headless
// Chromium:
//   - a host page on another origin frames an embed page with the iframe snippet and the site
//     script: the frame upgrades and the script fits it to the height it reports;
//   - a host page with Cross-Origin-Embedder-Policy: require-corp frames one too;
//   - a real oEmbed consumer (@extractus/oembed-extractor) finds the page's discovery link and
//     response, at the base the site was built for;
//   - every response's headers are the ones scripts/site-headers.mjs lists for its path, also in an
//     earlier version's folder that was in site/ before the build (an upgrade keeps it).
// nginx and every server stop in every case. Debian's nginx is installed by
// `node scripts/browsers.mjs --install` (npm test's first step) when missing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extract } from '@extractus/oembed-extractor';
import puppeteer from 'puppeteer-core';
import { freePort } from './browsers.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { CONTENT_TYPES, headersFor, siteRules } from './site-headers.mjs';

const NGINX = '/usr/sbin/nginx';
if (!existsSync(NGINX)) {
  console.error('check-site: Debian\'s nginx is missing (/usr/sbin/nginx): run node scripts/browsers.mjs --install, or apt-get install -y nginx');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const port = await freePort();
const base = `http://127.0.0.1:${port}/cw/`;
const work = mkdtempSync(join(tmpdir(), 'coop-site-'));
const docroot = join(work, 'www');
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

// An earlier release's folder, as a site that upgrades has it: the new build keeps it, with its headers.
const EARLIER = '0.0.9';
rmSync('site', { recursive: true, force: true });
mkdirSync(join('site', EARLIER), { recursive: true });
writeFileSync(join('site', EARLIER, 'cooperation-widgets.js'), 'export {};\n');

// The README's command, as a region runs it (the document root is where this test's nginx looks).
console.log(`check-site: npm run build:site -- --base ${base} --nginx-root ${docroot}`);
execFileSync('npm', ['run', 'build:site', '--silent', '--', '--base', base, '--nginx-root', docroot], { stdio: ['ignore', 'inherit', 'inherit'] });
mkdirSync(docroot);
symlinkSync(resolve('site'), join(docroot, 'cw'), 'dir');

// nginx with the site's server block, in a prefix of its own.
for (const dir of ['logs', 'tmp']) mkdirSync(join(work, dir));
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${join(work, 'tmp', t)};`).join('\n');
writeFileSync(
  join(work, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
master_process off;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'logs', 'error.log')} warn;
events {}
http {
    access_log off;
${temp}
    include ${resolve('site', 'nginx.conf')};
}
`,
);
// site/nginx-locations.conf, for a server block that already serves the host name: nginx accepts it there.
writeFileSync(
  join(work, 'nginx-locations-test.conf'),
  readFileSync(join(work, 'nginx.conf'), 'utf8').replace(/    include [^\n]*nginx\.conf;/, `    server {\n        listen 127.0.0.1:${await freePort()};\n        server_name existing.site;\n        include ${resolve('site', 'nginx-locations.conf')};\n    }`),
);
const syntax = spawnSync(NGINX, ['-t', '-p', work, '-c', join(work, 'nginx-locations-test.conf'), '-e', join(work, 'logs', 'error.log')], { encoding: 'utf8' });
check(syntax.status === 0, `nginx accepts site/nginx-locations.conf inside an existing server block${syntax.status ? `: ${syntax.stderr}` : ''}`);

const nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'logs', 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
const servers = [];
let browser;
// One process (no master and workers), so that stopping it leaves nothing behind.
const nginxExit = new Promise((r) => nginx.once('exit', r));
const stopAll = async () => {
  nginx.kill('SIGTERM');
  for (const s of servers) s.close();
  await Promise.race([nginxExit, new Promise((r) => setTimeout(r, 5000))]);
};
process.on('exit', () => nginx.exitCode === null && nginx.signalCode === null && nginx.kill('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

/** A host page on another origin (localhost vs 127.0.0.1), with the headers given. */
async function host(html, headers = {}) {
  const hostPort = await freePort();
  const server = createServer((req, res) => {
    // No favicon: 204, so that the browser's own request is no console error.
    res.writeHead(req.url === '/' ? 200 : req.url === '/favicon.ico' ? 204 : 404, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(req.url === '/' ? html : '');
  });
  servers.push(server);
  await new Promise((r) => server.listen(hostPort, '127.0.0.1', r));
  return `http://localhost:${hostPort}/`;
}

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not answer at ${base}: ${readFileSync(join(work, 'logs', 'error.log'), 'utf8')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`check-site: nginx ${execFileSync(NGINX, ['-v'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) || ''}serves the site at ${base}`);

  // The snippets an editor pastes, as the command line writes them for this site.
  const cli = (...args) => execFileSync(process.execPath, ['bin/cooperation-widgets.mjs', 'embed', ...args], { encoding: 'utf8' });
  const pinned = `${base}${version}/`;
  const frame = cli('coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--lang', 'sv', '--tier', 'iframe', '--base', pinned);
  const siteScript = cli('--site-script', '--base', pinned);
  const page = `${pinned}embed/sv/partnership-card/stockholm-ile-de-france.html`;
  check(frame.includes(`src="${page}"`), `the iframe snippet frames ${page}`);
  // A frame pasted from latest/ beside it: the one site script fits both.
  const latestFrame = cli('coop-region-facts', '--region', 'stockholm', '--lang', 'en', '--tier', 'iframe', '--base', `${base}latest/`);

  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  for (const [what, headers] of [
    ['a host page on another origin', {}],
    ['a host page with Cross-Origin-Embedder-Policy: require-corp', { 'Cross-Origin-Embedder-Policy': 'require-corp' }],
  ]) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(await host(`<!doctype html><html lang="sv"><title>Värd</title><body>${frame}${latestFrame}${siteScript}</body></html>`, headers), { waitUntil: 'load' });
    const embed = await (await tab.waitForSelector('iframe')).contentFrame();
    let upgraded = false;
    for (let i = 0; i < 100 && !upgraded; i++) {
      upgraded = await embed.evaluate(() => Boolean(document.querySelector('coop-partnership-card')?.shadowRoot?.querySelector('article'))).catch(() => false);
      if (!upgraded) await new Promise((r) => setTimeout(r, 100));
    }
    check(upgraded, `${what}: the embed page upgrades in its frame`);
    const content = await embed.evaluate(() => document.documentElement.scrollHeight);
    let height = 0;
    for (let i = 0; i < 100; i++) {
      height = await tab.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
      if (Math.abs(height - content) <= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    check(Math.abs(height - content) <= 2, `${what}: the site script fits the frame to the height it reports (${height} px for ${content} px)`);
    const second = await (await tab.$$('iframe'))[1].contentFrame();
    const latestContent = await second.evaluate(() => document.documentElement.scrollHeight);
    let latestHeight = 0;
    for (let i = 0; i < 100; i++) {
      latestHeight = await tab.evaluate(() => document.querySelectorAll('iframe')[1].getBoundingClientRect().height);
      if (Math.abs(latestHeight - latestContent) <= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    check(Math.abs(latestHeight - latestContent) <= 2, `${what}: the same site script fits a frame from latest/ too (${latestHeight} px for ${latestContent} px)`);
    check(errors.length === 0, `${what}: no error${errors.length ? `: ${errors.join('; ')}` : ''}`);
    await tab.close();
  }

  // WordPress's way: the page's URL alone, turned into the frame through oEmbed discovery.
  const link = cli('coop-region-facts', '--region', 'ile-de-france', '--lang', 'fr', '--tier', 'link', '--base', pinned).trim();
  const oembed = await extract(link);
  check(oembed.method === 'auto-discovery' && oembed.type === 'rich', `oEmbed discovery at ${link}`);
  check(oembed.html.startsWith(`<iframe src="${link}"`) && oembed.provider_url === pinned, 'the oEmbed response frames the page at the base the site was built for');

  // The data editor page, as the people who keep the facts open it: it runs under the site's policy
  // and its own, and connects nowhere.
  {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${pinned}editor/index.html?lang=fr`, { waitUntil: 'load' });
    await tab.waitForSelector('#files', { timeout: 10_000 });
    const heading = await tab.evaluate(() => document.querySelector('h1')?.textContent);
    check(heading === 'Données de coopération\u00a0: vérifier et prévisualiser', `the data editor page runs, in French (${heading})`);
    const request = await tab.evaluate(() => fetch(location.href).then(() => 'answered', () => 'refused'));
    check(request === 'refused', `the data editor page connects nowhere (a request from it was ${request})`);
    // The refused request is reported on the console, as it should be; nothing else may be.
    const other = errors.filter((e) => !/Content Security Policy|connect-src/i.test(e));
    check(other.length === 0, `the data editor page: no error but the refused request${other.length ? `: ${other.join('; ')}` : ''}`);
    await tab.close();
  }

  // Every response's headers, as the one list says.
  const rules = siteRules({ base, versions: [EARLIER, version] });
  const paths = [
    '',
    'index.html',
    `${version}/cooperation-widgets.js`,
    `${version}/chunks/cooperation-widgets.data.js`,
    `${version}/embed/sv/partnership-card/stockholm-ile-de-france.html`,
    `${version}/embed/fr/region-facts/ile-de-france.json`,
    `${version}/embed/embed.css`,
    `${version}/data/cooperation.json`,
    `${version}/schema/cooperation-widgets.schema.json`,
    `${version}/calendar/sv/stockholm-ile-de-france.ics`,
    `${version}/integrity.json`,
    `${version}/editor/index.html`,
    `${version}/editor/editor.js`,
    'latest/editor/editor.css',
    'latest/cooperation-widgets.js',
    `${EARLIER}/cooperation-widgets.js`,
    'latest/embed/en/agreement-timeline/stockholm-ile-de-france.html',
  ];
  for (const path of paths) {
    const url = new URL(path, base);
    const response = await fetch(url);
    const expected = headersFor(rules, url.pathname);
    const wrong = Object.entries(expected).filter(([name, value]) => response.headers.get(name) !== value);
    const ext = /\.(\w+)$/.exec(url.pathname)?.[1] ?? 'html';
    if (response.headers.get('content-type') !== CONTENT_TYPES[ext]) wrong.push(['content-type', CONTENT_TYPES[ext]]);
    if (response.headers.has('x-frame-options')) wrong.push(['x-frame-options', '(none)']);
    check(
      response.status === 200 && wrong.length === 0,
      `${url.pathname}: ${response.status}, ${Object.keys(expected).length + 1} headers as listed${wrong.map(([n, v]) => `; ${n} is ${response.headers.get(n)}, not ${v}`).join('')}`,
    );
  }
  const outside = await fetch(new URL('/etc/passwd', base));
  check(outside.status === 404, `nothing outside the site's path (${outside.status})`);
  for (const hidden of ['nginx.conf', 'nginx-locations.conf', '_headers', `${version}/.env`]) {
    if (hidden.endsWith('.env')) writeFileSync(join('site', hidden), 'SECRET=1\n');
    const response = await fetch(new URL(hidden, base));
    check(response.status === 404, `${hidden} is not served (${response.status})`);
  }
  const missing = await fetch(new URL(`${version}/no-such-file.js`, base));
  check(missing.status === 404 && !/immutable/.test(missing.headers.get('cache-control') ?? ''), `a missing file is not cached for a year (${missing.headers.get('cache-control')})`);
  check(!/\d/.test((await fetch(base)).headers.get('server') ?? ''), 'the server does not say its version');
  const bare = await fetch(new URL(base).href.replace(/\/$/, ''), { redirect: 'manual' });
  check(bare.status === 301 && bare.headers.get('location')?.endsWith('/cw/'), `the base without its slash redirects (${bare.status})`);
} catch (e) {
  failures.push(e.message);
  console.error(`check-site: ${e.message}`);
} finally {
  await browser?.close();
  await stopAll();
}
console.log(`\ncheck-site: ${failures.length ? `${failures.length} failed` : 'the site works behind nginx'}`);
process.exit(failures.length ? 1 : 0);
