// The hosted site for the embed pages (`npm run build:site -- --base https://<host>/<path>/`):
// writes site/ (or --out) for the address it will be served at:
//   <version>/      this version's dist/ (bundle, chunks, embed pages, data, calendars, schema,
//                   integrity.json) with the embed pages' oEmbed links and responses at
//                   <base><version>/: what editors paste, pinned for good. The folders of
//                   earlier versions already in the output folder stay, with their headers:
//                   pages that pasted them keep working;
//   latest/         the same files, their oEmbed at <base>latest/: the newest version;
//   index.html …    Storybook's static build as the front page, with the embed builder, which
//                   writes snippets for <base><version>/;
//   nginx.conf      a server block with the headers the site needs (scripts/site-headers.mjs),
//   nginx-locations.conf  the same as locations, for a server block that already serves the host;
//   _headers        the same headers for Netlify and Cloudflare Pages.
// Options (arguments, or the environment):
//   --base URL           / COOP_SITE_BASE     the site's address, a folder (required)
//   --data-origins LIST  / COOP_DATA_ORIGINS  origins the generic embed page may read data from
//   --nginx-root DIR                          the server's document root in nginx.conf (default /var/www/cooperation-widgets)
//   --meta-csp                                the embed pages carry their policy in a <meta> (hosts without headers: GitHub Pages)
//   --storybook DIR                           a static Storybook already built (default: build one)
//   --out DIR                                 default site
// Run after `npm run build` (npm run build:site does both).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { embedPolicy, headersFile, nginxConf, nginxLocations, siteRules } from './site-headers.mjs';
import { integrityOf, INTEGRITY_FILE } from './write-integrity.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string' },
    'data-origins': { type: 'string' },
    'nginx-root': { type: 'string' },
    'meta-csp': { type: 'boolean' },
    storybook: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message) {
  console.error(`build-site: ${message}`);
  process.exit(2);
}

const given = args.base ?? process.env.COOP_SITE_BASE;
if (!given) fail('give the address the site will be served at: npm run build:site -- --base https://<host>/<path>/ (or COOP_SITE_BASE)');
let base;
try {
  base = new URL(given.endsWith('/') ? given : `${given}/`);
} catch {
  fail(`the base "${given}" is not a URL`);
}
if (!/^https?:$/.test(base.protocol) || base.search || base.hash || base.username || base.password) {
  fail(`the base "${given}" must be an http(s) URL of a folder, without query, fragment or credentials`);
}
if (!existsSync('dist/integrity.json')) fail('dist/ is not built: run npm run build first (npm run build:site does)');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = resolve(args.out ?? 'site');
const dataOrigins = (args['data-origins'] ?? process.env.COOP_DATA_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean);
const started = Date.now();

// Everything goes but the folders of earlier versions (a build of this version replaces its own).
const VERSION_FOLDER = /^\d+\.\d+\.\d+(?:-[\w.]+)?$/;
mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) {
  if (!VERSION_FOLDER.test(entry) || entry === version) rmSync(join(out, entry), { recursive: true, force: true });
}
const kept = readdirSync(out).filter((entry) => VERSION_FOLDER.test(entry));

// The front page: Storybook's static build (it mounts dist/ at /<version>/ too; the site's own copy replaces that).
let storybook = args.storybook;
if (!storybook) {
  storybook = mkdtempSync(join(tmpdir(), 'coop-storybook-'));
  console.log('build-site: building the static Storybook (storybook build)…');
  execFileSync('npx', ['storybook', 'build', '--output-dir', storybook, '--quiet'], { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
}
if (!existsSync(join(storybook, 'index.html'))) fail(`${storybook} holds no static Storybook (no index.html)`);
const mounted = join(resolve(storybook), version);
cpSync(storybook, out, { recursive: true, filter: (src) => !resolve(src).startsWith(mounted) });

/** One copy of dist/ for the site, its embed pages and integrity.json written for `folder`'s address. */
function release(folder) {
  const dir = join(out, folder);
  // What a site serves: not the npm modules (lib/, types/).
  cpSync('dist', dir, { recursive: true, filter: (src) => !/^dist[\\/](lib|types)([\\/]|$)/.test(src) });
  cpSync('schema', join(dir, 'schema'), { recursive: true });
  const at = new URL(`${folder}/`, base).href;
  const embedArgs = ['scripts/build-embed.mjs', '--out', dir, '--base', at];
  if (dataOrigins.length) embedArgs.push('--data-origins', dataOrigins.join(' '));
  if (args['meta-csp']) embedArgs.push('--meta-csp', embedPolicy(base.origin, dataOrigins).replace(/; frame-ancestors \*$/, ''));
  execFileSync(process.execPath, embedArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(integrityOf(dir), null, 2)}\n`);
  return at;
}
const pinned = release(version);
const latest = release('latest');

const versions = [...kept, version].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const rules = siteRules({ base: base.href, versions, dataOrigins });
const nginx = { base: base.href, root: args['nginx-root'] ?? '/var/www/cooperation-widgets' };
writeFileSync(join(out, 'nginx.conf'), nginxConf(rules, nginx));
writeFileSync(join(out, 'nginx-locations.conf'), nginxLocations(rules, nginx));
writeFileSync(join(out, '_headers'), headersFile(rules));

console.log(
  `build-site: wrote ${out} for ${base.href} in ${((Date.now() - started) / 1000).toFixed(1)} s: this version at ${pinned}, ` +
    `the newest at ${latest}, Storybook at ${base.href}${kept.length ? `, earlier versions kept: ${kept.join(', ')}` : ''}; ` +
    'nginx.conf and _headers beside it (docs/hosting.md)',
);
