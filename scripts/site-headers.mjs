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

/**
 * An nginx server block serving the site at the base's path from the document root `root` (so the
 * site folder goes at `root` + that path), with each rule's headers: one location per rule, nginx
 * picking the longest prefix, each with the sum of the rules it is under. `listen` is the base's
 * port when it names one, else 80 (terminate TLS in front of it, or add `listen 443 ssl` and the
 * certificates).
 */
export function nginxConf(rules, { base, root }) {
  const url = new URL(base);
  const listen = url.port || '80';
  const types = Object.entries(CONTENT_TYPES)
    .map(([ext, type]) => `        ${quoted(type)} ${ext};`)
    .join('\n');
  const location = (rule) =>
    [
      `    # ${rule.why}`,
      `    location ${rule.path} {`,
      ...Object.entries(headersFor(rules, rule.path)).map(([k, v]) => `        add_header ${k} ${quoted(v)} always;`),
      '    }',
    ].join('\n');
  const site = `${root.replace(/\/$/, '')}${url.pathname}`;
  return `# Written by npm run build:site (scripts/site-headers.mjs): the site for ${url.href}
# Put the contents of site/ in ${site} on the server, include this file in nginx's http block, reload.
server {
    listen ${listen};
    server_name ${url.hostname};
    root ${root};
    charset utf-8;
    types {
${types}
    }
    default_type application/octet-stream;
    index index.html;
    # Nothing outside the site's path.
    location / { return 404; }
${rules.map(location).join('\n')}
}
`;
}
