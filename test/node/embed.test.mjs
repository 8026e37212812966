// The iframe and link tiers from the command line and the build: `cooperation-widgets
// embed`, scripts/build-embed.mjs with its options, and oEmbed discovery by a real
// consumer (@extractus/oembed-extractor) against a build served here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '@extractus/oembed-extractor';
import { listen, staticServer } from '../../scripts/static-server.mjs';
import { init, parse } from 'es-module-lexer';

const embed = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'embed', ...args], { encoding: 'utf8' });
const buildEmbed = (...args) => spawnSync(process.execPath, ['scripts/build-embed.mjs', ...args], { encoding: 'utf8' });
const BASE = 'https://widgets.example.se/cooperation-widgets/0.1.0/dist/';
const card = ['coop-partnership-card', '--partnership', 'stockholm-ile-de-france'];

test('embed --tier iframe: the frame of the prerendered page, with title, width, height and lazy loading', () => {
  const r = embed(...card, '--lang', 'fr', '--tier', 'iframe', '--base', BASE, '--theme', 'dark', '--heading-level', '3');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    `<iframe src="${BASE}embed/fr/partnership-card/stockholm-ile-de-france.html?theme=dark&amp;heading-level=3" ` +
      'title="Fiche de partenariat : Accord de coopération entre Region Stockholm et la Région Île-de-France" lang="fr" width="100%" height="540" loading="lazy" frameborder="0"></iframe>\n',
  );
});

test('embed --tier link: the embed page URL alone; with --src, the iframe tier points at the generic page', () => {
  let r = embed('coop-region-facts', '--region', 'stockholm', '--lang', 'sv', '--tier', 'link', '--base', BASE.slice(0, -1));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${BASE}embed/sv/region-facts/stockholm.html\n`);
  r = embed('coop-agreement-timeline', '--partnership', 'ours', '--lang', 'en', '--tier', 'iframe', '--base', BASE, '--src', 'https://data.example.org/c.json');
  assert.equal(r.status, 0, r.stderr);
  const url = new URL(/src="([^"]+)"/.exec(r.stdout)[1].replace(/&amp;/g, '&'));
  assert.equal(url.pathname, '/cooperation-widgets/0.1.0/dist/embed/index.html');
  assert.deepEqual(Object.fromEntries(url.searchParams), {
    element: 'coop-agreement-timeline', id: 'ours', lang: 'en', src: 'https://data.example.org/c.json',
  });
});

const built = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const pin = (file) => ` integrity="${built[file]}" crossorigin="anonymous"`;

test('embed --tier script: the snippet pins the bundle with its hash; --fallback adds the content as plain HTML; --site-script: the template tag', () => {
  let r = embed(...card, '--tier', 'script', '--base', BASE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    `<script type="module" src="${BASE}cooperation-widgets.standalone.js"${pin('cooperation-widgets.standalone.js')}></script>\n` +
      '<coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>\n',
  );
  assert.match(built['cooperation-widgets.standalone.js'], /^sha384-[A-Za-z0-9+/]{64}$/);
  r = embed(...card, '--tier', 'script', '--base', BASE, '--lang', 'sv', '--fallback');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith(`<link rel="stylesheet" href="${BASE}cooperation-widgets.fallback.css"${pin('cooperation-widgets.fallback.css')}>\n<script type="module"`), r.stdout);
  assert.match(r.stdout, /<h2 part="title" class="heading">Samarbetsavtal mellan Region Stockholm och Région Île-de-France<\/h2>/);
  r = embed('--site-script', '--base', BASE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `<script type="module" src="${BASE}embed.js"${pin('embed.js')}></script>\n`);
});

test('embed --import-map: an import map that pins every lazy chunk at --base with its hash', () => {
  const r = embed('--import-map', '--base', BASE);
  assert.equal(r.status, 0, r.stderr);
  const [, json] = /^<script type="importmap">\n([\s\S]*)\n<\/script>\n$/.exec(r.stdout) ?? [];
  const chunks = Object.keys(built).filter((f) => f.startsWith('chunks/') && f.endsWith('.js'));
  assert.ok(chunks.length > 5);
  assert.deepEqual(JSON.parse(json), { integrity: Object.fromEntries(chunks.map((f) => [BASE + f, built[f]])) });
  assert.match(embed('--import-map', '--base', BASE, '--tier', 'script').stderr, /--import-map takes only --base/);
});

test('embed: bad arguments say what is wrong, with exit code 2', () => {
  for (const [args, message] of [
    [[...card, '--tier', 'iframe', '--lang', 'sv'], /the iframe tier needs --base, the address of the site that hosts the embed pages .*npm run build:site/],
    [[...card, '--tier', 'link', '--lang', 'sv'], /the link tier needs --base/],
    [[...card, '--tier', 'iframe', '--base', 'ftp://x.example/'], /--base must be/],
    [[...card, '--tier', 'iframe', '--base', BASE], /needs --lang: a frame cannot see/],
    [[...card, '--tier', 'frame', '--base', BASE], /--tier must be one of script, iframe, link/],
    [['coop-map', '--partnership', 'x', '--tier', 'link', '--lang', 'sv', '--base', BASE], /the element must be one of/],
    [['coop-region-facts', '--partnership', 'x', '--tier', 'link', '--lang', 'sv', '--base', BASE], /takes --region, not --partnership/],
    [['coop-region-facts', '--region', 'atlantis', '--tier', 'link', '--lang', 'sv', '--base', BASE], /no region "atlantis" \(it has stockholm, ile-de-france\)/],
    [[...card, '--tier', 'link', '--lang', 'de', '--base', BASE], /--lang must be sv, fr or en/],
    [[...card, '--tier', 'link', '--lang', 'sv', '--heading-level', '7', '--base', BASE], /--heading-level must be 1 to 6/],
    [[...card, '--tier', 'iframe', '--lang', 'sv', '--src', 'javascript:alert(1)', '--base', BASE], /--src must be an http\(s\) URL/],
    [[...card, '--tier', 'iframe', '--lang', 'sv', '--src', 'https://u:p@data.example/x.json', '--base', BASE], /without credentials/],
    [[...card, '--tier', 'link', '--lang', 'sv', '--src', 'https://data.example/x.json', '--base', BASE], /the link tier works only on the bundled data/],
    [['coop-priority-areas', '--partnership', 'cpmr', '--tier', 'iframe', '--lang', 'sv', '--base', BASE], /"cpmr" has nothing for coop-priority-areas to show .*these have: stockholm-ile-de-france/],
    [[...card, '--tier', 'link', '--lang', 'sv', '--base', `${BASE}?v=1`], /no query or fragment/],
    [['--site-script', '--lang', 'sv', '--base', BASE], /--site-script takes only --base/],
    [[...card, '--tier', 'link', '--lang', 'sv', '--base', BASE, '--colour', 'red'], /Unknown option '--colour'/],
    [['--site-script', '--tier', 'link', '--base', BASE], /--site-script takes only --base/],
    [[...card, '--tier', 'script', '--base', 'https://widgets.region.example/cw/0.0.9/'], /--base names version 0\.0\.9, but this is cooperation-widgets \d/],
  ]) {
    const r = embed(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /usage:/);
    assert.equal(r.stdout, '');
  }
});

test('embed without --base: the script tier and the import map load this version from jsDelivr, pinned; the site script needs the site', async () => {
  const { VERSION } = await import('../../dist/lib/base/version.js');
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const cdn = `https://cdn.jsdelivr.net/npm/cooperation-widgets@${VERSION}/dist/`;
  const r = embed(...card, '--tier', 'script');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^<script type="module" src="${cdn}cooperation-widgets.standalone.js" integrity="${integrity['cooperation-widgets.standalone.js'].replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>`));
  const site = embed('--site-script');
  assert.equal(site.status, 2, 'the site script sizes the frames beside it: it comes from the site');
  assert.match(site.stderr, /--site-script needs --base/);
  assert.match(embed('--import-map').stdout, new RegExp(`"${cdn}chunks/cooperation-widgets.data.js": "sha384-`));
});

test('build-embed without a base: no oEmbed link or response, and it says how to get them', () => {
  const out = mkdtempSync(join(tmpdir(), 'coop-embed-'));
  const r = spawnSync(process.execPath, ['scripts/build-embed.mjs', '--out', out], { encoding: 'utf8', env: { ...process.env, COOP_EMBED_BASE: '' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /no base .*carry no oEmbed discovery link.*npm run build:site -- --base/);
  assert.match(r.stdout, /wrote 57 embed pages and the generic page/);
  const page = readFileSync(join(out, 'embed/sv/priority-areas/stockholm-ile-de-france.html'), 'utf8');
  assert.doesNotMatch(page, /json\+oembed/);
  assert.deepEqual(readdirSync(join(out, 'embed/fr/agreement-timeline')).filter((f) => f.endsWith('.json')), []);
  assert.doesNotMatch(readFileSync('dist/embed/sv/priority-areas/stockholm-ile-de-france.html', 'utf8'), /json\+oembed|localhost/, 'the default build too');
});

test('build-embed --meta-csp: the pages carry the policy in a <meta>, first in their head (hosts without headers)', () => {
  const out = mkdtempSync(join(tmpdir(), 'coop-embed-'));
  const policy = "default-src 'none'; script-src 'self' https://x.github.io";
  const r = buildEmbed('--out', out, '--base', BASE, '--meta-csp', policy);
  assert.equal(r.status, 0, r.stderr);
  const page = readFileSync(join(out, 'embed/en/region-facts/stockholm.html'), 'utf8');
  const head = page.slice(page.indexOf('<head>'), page.indexOf('<title>'));
  assert.ok(head.includes(`<meta http-equiv="Content-Security-Policy" content="${policy}">`), head);
  assert.ok(page.indexOf('Content-Security-Policy') < page.indexOf('<script'), 'before any script');
});

test('build-embed: the base goes into every oEmbed link and response; data origins into the generic page; bad options stop it', () => {
  const out = mkdtempSync(join(tmpdir(), 'coop-embed-'));
  const r = buildEmbed('--out', out, '--base', BASE, '--data-origins', 'https://data.partner.fr, http://localhost:8080');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wrote 57 embed pages .* in \d+ ms/);
  const page = readFileSync(join(out, 'embed/sv/priority-areas/stockholm-ile-de-france.html'), 'utf8');
  assert.match(page, new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="${BASE}embed/sv/priority-areas/stockholm-ile-de-france.json" title="Prioriterade områden: Samarbetsavtal`));
  const oembed = JSON.parse(readFileSync(join(out, 'embed/sv/priority-areas/stockholm-ile-de-france.json'), 'utf8'));
  assert.deepEqual(Object.keys(oembed).sort(), ['cache_age', 'height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.version, '1.0');
  assert.match(oembed.html, new RegExp(`^<iframe src="${BASE}embed/sv/priority-areas/stockholm-ile-de-france.html" title="Prioriterade områden: `));
  assert.equal(readdirSync(join(out, 'embed/fr/agreement-timeline')).length, 6, 'three timelines, page and response each');
  const generic = readFileSync(join(out, 'embed/index.html'), 'utf8');
  assert.match(generic, /<meta name="coop-data-origins" content="https:\/\/data\.partner\.fr http:\/\/localhost:8080">/);
  assert.doesNotMatch(r.stdout, /the default/, 'no warning when the base is given');
  // One style sheet before the first paint: the static export's, then the pages' own rules.
  const linksOf = (href) => [...readFileSync(join(out, href), 'utf8').matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(linksOf('embed/sv/priority-areas/stockholm-ile-de-france.html'), ['../../../embed/embed.css']);
  assert.deepEqual(linksOf('embed/index.html'), ['../embed/embed.css']);
  const sheet = readFileSync(join(out, 'embed/embed.css'), 'utf8');
  assert.ok(sheet.startsWith(readFileSync('dist/cooperation-widgets.fallback.css', 'utf8')), 'the static export\'s style sheet first');
  assert.ok(sheet.endsWith(readFileSync('src/embed/embed-page.css', 'utf8')), 'then the pages\' own rules');

  for (const [args, message] of [
    [['--data-origins', 'https://data.partner.fr/data/'], /not an http\(s\) origin \(scheme, host and port only: https:\/\/data\.partner\.fr\)/],
    [['--data-origins', 'data.partner.fr'], /is not a URL/],
    [['--base', 'file:///srv/dist/'], /is not an http\(s\) URL/],
    [['--base', 'https://cdn.example/dist/?v=1'], /no query, fragment or credentials/],
  ]) {
    const bad = buildEmbed('--out', out, ...args);
    assert.equal(bad.status, 2, args.join(' '));
    assert.match(bad.stderr, message);
  }
});

test('oEmbed discovery by a real consumer: the page URL (link tier) gives the rich embed with its frame', async () => {
  // A copy of dist/ served here, built with this server's URL as its base, as a host would build it.
  const root = mkdtempSync(join(tmpdir(), 'coop-oembed-'));
  cpSync('dist', root, { recursive: true, filter: (src) => !src.includes(`${join('dist', 'lib')}`) });
  const server = staticServer(root);
  const origin = await listen(server);
  try {
    const r = buildEmbed('--out', root, '--base', `${origin}/`);
    assert.equal(r.status, 0, r.stderr);
    const link = embed('coop-region-facts', '--region', 'ile-de-france', '--lang', 'fr', '--tier', 'link', '--base', `${origin}/`).stdout.trim();
    const result = await extract(link);
    assert.equal(result.method, 'auto-discovery');
    assert.equal(result.type, 'rich');
    assert.equal(result.version, '1.0');
    assert.equal(result.title, 'Région Île-de-France');
    assert.equal(result.provider_name, 'cooperation-widgets');
    assert.match(result.html, new RegExp(`^<iframe src="${link}" title="Fiche région : Région Île-de-France" lang="fr" width="100%" height="\\d+" loading="lazy"`));
  } finally {
    server.close();
  }
});

test("the script tier's file imports nothing: its one integrity hash covers every byte it runs", async () => {
  const { STANDALONE, scriptSnippet } = await import('../../dist/lib/embed/snippets.js');
  await init;
  // (The lexer lists `import.meta` too, as d === -2: it names the file's own address, it loads nothing.)
  const imports = parse(readFileSync(join('dist', STANDALONE), 'utf8'))[0].filter((i) => i.d !== -2);
  assert.deepEqual(imports.map((i) => i.n ?? '(a computed import)'), [], `${STANDALONE} imports nothing, statically or with import()`);
  // The lexer finds what the lazy bundle imports, so it would find it here too.
  assert.ok(parse(readFileSync('dist/cooperation-widgets.js', 'utf8'))[0].some((i) => i.d > -1), 'the lazy bundle has dynamic imports');
  const choice = { element: 'coop-partnership-card', id: 'stockholm-ile-de-france', lang: '', theme: 'light', headingLevel: 2, src: 'https://data.example/x.json', inline: '', base: 'https://cdn.test/dist/' };
  for (const source of ['bundled', 'src', 'inline']) {
    const code = scriptSnippet({ ...choice, source });
    assert.deepEqual([...code.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]), [`https://cdn.test/dist/${STANDALONE}`], `${source}: one script, the standalone bundle`);
    assert.doesNotMatch(code, /modulepreload/, `${source}: nothing else to preload`);
  }
});

test('the cooperation list: without --region every cooperation (a page of its own), with one a region’s; the id options come from the registry', () => {
  let r = embed('coop-cooperation-list', '--lang', 'sv', '--tier', 'iframe', '--base', BASE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    `<iframe src="${BASE}embed/sv/cooperation-list.html" title="Lista över samarbeten" lang="sv" width="100%" height="3120" loading="lazy" frameborder="0"></iframe>\n`,
  );
  r = embed('coop-cooperation-list', '--region', 'stockholm', '--lang', 'fr', '--tier', 'link', '--base', BASE);
  assert.equal(r.stdout, `${BASE}embed/fr/cooperation-list/stockholm.html\n`);
  r = embed('coop-cooperation-list', '--tier', 'script');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<coop-cooperation-list><\/coop-cooperation-list>\n$/);
  r = embed('coop-cooperation-list', '--partnership', 'cpmr', '--tier', 'script');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /coop-cooperation-list takes --region, not --partnership/);
  r = embed('coop-cooperation-list', '--region', 'atlantis', '--tier', 'script');
  assert.match(r.stderr, /the bundled data has no region "atlantis" \(it has stockholm, ile-de-france\)/);
  r = embed('coop-region-facts', '--tier', 'script');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /coop-region-facts needs --region <id>/);
  assert.match(r.stderr, /element: coop-partnership-card, coop-priority-areas, coop-agreement-timeline, coop-region-facts or coop-cooperation-list\./);
  assert.match(r.stderr, /coop-cooperation-list may go without --region: it then shows everything in the data\./);
});

test('export of the cooperation list: the groups as headings and lists, the region’s role, and its JSON-LD an ItemList of the projects', () => {
  const r = spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'export', 'coop-cooperation-list', '--region', 'stockholm', '--lang', 'en'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<coop-cooperation-list region="stockholm" lang="en">/);
  assert.match(r.stdout, /<h2 part="heading" class="heading">Cooperation involving Region Stockholm<\/h2>/);
  assert.match(r.stdout, /<h3 part="group-heading" class="heading">EU funding partnerships<\/h3>/);
  assert.match(r.stdout, /<dt>Hosts the secretariat<\/dt><dd>Region Stockholm<\/dd>/);
  const graph = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(r.stdout)[1])['@graph'];
  assert.equal(graph[0]['@type'], 'AdministrativeArea');
  assert.equal(graph[1]['@type'], 'ItemList');
  assert.equal(graph[1].numberOfItems, 7);
  assert.deepEqual(graph[1].itemListElement.map((i) => i.item['@type']), Array(7).fill('Project'));
  const all = spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'export', 'coop-cooperation-list', '--lang', 'fr', '--no-json-ld'], { encoding: 'utf8' });
  assert.match(all.stdout, /^<coop-cooperation-list lang="fr">/);
  assert.match(all.stdout, /<h2 part="heading" class="heading">Coopérations<\/h2>/);
});

test('export reads its options strictly: --region=x as written, another element’s id option or an unknown option refused (the list never quietly widens)', () => {
  const exp = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'export', ...args], { encoding: 'utf8' });
  let r = exp('coop-cooperation-list', '--lang', 'en', '--region=ile-de-france', '--no-json-ld');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<h2 part="heading" class="heading">Cooperation involving Région Île-de-France<\/h2>/);
  r = exp('coop-cooperation-list', '--lang', 'en', '--partnership', 'stockholm-ile-de-france');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /coop-cooperation-list takes --region, not --partnership/);
  r = exp('coop-cooperation-list', '--lang', 'en', '--regoin', 'stockholm');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Unknown option '--regoin'/);
  r = exp('coop-cooperation-list', '--lang', 'en', '--region');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--region/);
});

test('the static server answers a malformed escape with 404 and keeps serving', async () => {
  const server = staticServer(process.cwd());
  const base = await listen(server);
  try {
    assert.equal((await fetch(`${base}/%E0`)).status, 404);
    assert.equal((await fetch(`${base}/package.json`)).status, 200);
  } finally {
    server.close();
  }
});
