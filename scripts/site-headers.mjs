// The response headers the hosted site needs (npm run build:site), in one list, and that list
// written out as an nginx server block (site/nginx.conf) and as a `_headers` file (the format
// Netlify and Cloudflare Pages read). scripts/check-site.mjs checks what a real nginx sends
// against the same list.
//
// Rules match by path prefix and add up, as `_headers` rules do: a file gets the headers of every
// rule whose prefix it starts with (nginx gets each location's sum, since one add_header there
// replaces those of the enclosing level).

/** The content types the site's files need (nginx `types`); hosts with `_headers` know them. */
export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  txt: 'text/plain; charset=utf-8',
};

/**
 * The embed pages' Content-Security-Policy: nothing but their own scripts and styles, data only
 * from their own origin and the allowed data origins, framable from anywhere (`frame-ancestors *`;
 * and no X-Frame-Options). The own origin is named beside 'self': in a sandboxed frame the page's
 * origin is opaque, and WebKit then matches 'self' against nothing.
 */
export function embedPolicy(origin, dataOrigins = []) {
  return [
    "default-src 'none'",
    `script-src 'self' ${origin}`,
    `style-src 'self' ${origin}`,
    `connect-src 'self' ${[origin, ...dataOrigins].join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    'frame-ancestors *',
  ].join('; ');
}

/**
 * The data editor page's policy (dist/editor/index.html carries it in a <meta> too): its own script
 * and styles, downloads it makes itself (blob:), and no connection anywhere: the files a person
 * gives it stay in the browser. Framed only by the site itself (its Storybook).
 */
export const EDITOR_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const YEAR = 'public, max-age=31536000, immutable';
const FIVE_MINUTES = 'public, max-age=300';
const SHARED = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/**
 * The rules for a site at `base` (its URL, a folder) holding a folder for each of `versions` (the
 * one built now and those kept from earlier builds) and a `latest/` copy: `{ path, why, headers }`,
 * most general first.
 */
export function siteRules({ base, versions, dataOrigins = [] }) {
  const url = new URL(base);
  const root = url.pathname;
  const embed = {
    'Content-Security-Policy': embedPolicy(url.origin, dataOrigins),
    // A page on a host with Cross-Origin-Embedder-Policy: require-corp can frame only pages that send one themselves.
    'Cross-Origin-Embedder-Policy': 'credentialless',
  };
  return [
    { path: root, why: 'every file', headers: { 'X-Content-Type-Options': 'nosniff' } },
    ...versions.map((version) => ({ path: `${root}${version}/`, why: `version ${version}: read from any site, cached for good`, headers: { ...SHARED, 'Cache-Control': YEAR } })),
    { path: `${root}latest/`, why: 'the newest version: read from any site, cached briefly', headers: { ...SHARED, 'Cache-Control': FIVE_MINUTES } },
    ...versions.map((version) => ({ path: `${root}${version}/embed/`, why: `version ${version}'s embed pages: framable from anywhere, under a strict policy`, headers: embed })),
    { path: `${root}latest/embed/`, why: "the newest version's embed pages", headers: embed },
    ...[...versions, 'latest'].map((version) => ({
      path: `${root}${version}/editor/`,
      why: `${version === 'latest' ? 'the newest version' : `version ${version}`}'s data editor: connects nowhere`,
      headers: { 'Content-Security-Policy': `${EDITOR_CSP}; frame-ancestors 'self'` },
    })),
  ];
}

/** The headers a request path gets: the sum of every rule whose prefix it starts with. */
export function headersFor(rules, path) {
  return Object.assign({}, ...rules.filter((r) => path.startsWith(r.path)).map((r) => r.headers));
}

/** `_headers` (Netlify, Cloudflare Pages): one block per rule; the hosts add up the rules that match. */
export function headersFile(rules) {
  const blocks = rules.map((r) => [`# ${r.why}`, `${r.path}*`, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
  return `# Written by npm run build:site (scripts/site-headers.mjs).\n\n${blocks.join('\n\n')}\n`;
}

const quoted = (value) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Cache-Control only on the answers worth keeping (nginx adds a header without `always` to 2xx and 3xx only): a 404 is never cached for a year. */
const ALWAYS = (name) => name !== 'Cache-Control';

/**
 * The site's nginx locations, for inclusion in a server block (`include …/nginx-locations.conf;`,
 * e.g. in the one that already serves the host name, with its TLS): one location per rule, nginx
 * picking the longest prefix, each with its document root `root` (the site folder goes at `root` +
 * the base's path), its types and the sum of the rules it is under; the config files and dotfiles
 * are not served.
 */
export function nginxLocations(rules, { base, root }) {
  const url = new URL(base);
  const types = Object.entries(CONTENT_TYPES)
    .map(([ext, type]) => `${quoted(type)} ${ext};`)
    .join(' ');
  const location = (rule) =>
    [
      `# ${rule.why}`,
      `location ${rule.path} {`,
      `    root ${root};`,
      `    charset utf-8;`,
      `    types { ${types} }`,
      '    default_type application/octet-stream;',
      '    index index.html;',
      ...Object.entries(headersFor(rules, rule.path)).map(([k, v]) => `    add_header ${k} ${quoted(v)}${ALWAYS(k) ? ' always' : ''};`),
      '}',
    ].join('\n');
  const top = rules[0].path;
  return `# Written by npm run build:site (scripts/site-headers.mjs): the site for ${url.href}, as locations
# to include in a server block. The contents of site/ go in ${root.replace(/\/$/, '')}${url.pathname}.
location = ${top.replace(/\/$/, '')} { return 301 ${top}; }
# The build's config files and any dotfile are not part of the site.
location = ${top}nginx.conf { return 404; }
location = ${top}nginx-locations.conf { return 404; }
location = ${top}_headers { return 404; }
location ~ /\\. { return 404; }
${rules.map(location).join('\n')}
`;
}

/**
 * An nginx server block for the site alone: the locations above, on the base's host name and on its
 * port when it names one, else 80 (terminate TLS in front of it; or, where the host name is already
 * served, include site/nginx-locations.conf in that server block instead).
 */
export function nginxConf(rules, { base, root }) {
  const url = new URL(base);
  const indent = (text) => text.replace(/^(?=.)/gm, '    ');
  return `# Written by npm run build:site (scripts/site-headers.mjs): the site for ${url.href}
# Put the contents of site/ in ${root.replace(/\/$/, '')}${url.pathname} on the server, include this file in nginx's http block,
# and reload. Where nginx already serves ${url.hostname}, include site/nginx-locations.conf in that server block instead.
server {
    listen ${url.port || '80'};
    server_name ${url.hostname};
    server_tokens off;
    # Nothing outside the site's path.
    location / { add_header X-Content-Type-Options "nosniff" always; return 404; }
${indent(nginxLocations(rules, { base, root }).split('\n').slice(2).join('\n'))}}
`;
}
