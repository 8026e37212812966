// Writes the embed pages under dist/embed/ (after build:lib and the bundles):
//  - embed/<lang>/<widget>/<id>.html for every widget × id of the bundled data
//    that has something to show × sv/fr/en: the static export's HTML and
//    style sheet (complete without JavaScript), upgraded by the CDN bundle;
//  - beside each, <id>.json: its oEmbed response (type rich), which the page
//    names in <link rel="alternate" type="application/json+oembed">, and the
//    schema.org JSON-LD of what it shows (src/export/json-ld.ts) in its head;
//  - embed/index.html: the generic page (widget, id, language, theme, heading
//    level and src from its query string; src only from allowed origins);
//  - embed/embed.css, the pages' one style sheet: the static export's (dist/cooperation-widgets.fallback.css,
//    which npm run build:data writes first) followed by the pages' own rules (src/embed/embed-page.css),
//    so that a page waits for one style sheet before its first paint, not two.
// Build options (environment, or arguments that win over it):
//   COOP_EMBED_BASE   / --base URL          where dist/ is served (oEmbed needs absolute URLs): the
//                                           pages get their oEmbed discovery link and response only
//                                           with it (npm run build:site gives it for the hosted site)
//   COOP_DATA_ORIGINS / --data-origins LIST other origins the generic page may read src from
//                                           (space- or comma-separated); its own origin always
//   --meta-csp POLICY                        a Content-Security-Policy for the pages' <meta>, for hosts
//                                           that cannot send headers (GitHub Pages; see docs/hosting.md)
//   --out DIR                               default dist
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parseArgs } from 'node:util';

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);
const { exportWidget, idsWithContent } = await lib('export/export.js');
const { ELEMENTS } = await lib('registry/registry.js');
const { jsonLdScript, structuredData } = await lib('export/json-ld.js');
const { bundledDataset } = await lib('data/bundled.js');
const { withLocale } = await lib('i18n/localization.js');
const { EMBED_LANGS, GENERIC_PAGE, folderUrl, isHttpUrl, oembedPath, pagePath } = await lib('embed/pages.js');
const { BUNDLE_DATA, FALLBACK_CSS, escapeAttr, iframeSnippet, itemTitle, titleOf } = await lib('embed/snippets.js');
const { needsScripts } = await lib('embed/messages.js');
const { VERSION } = await lib('base/version.js');
const { calendarPath } = await lib('data/calendar-path.js');

const { values: args } = parseArgs({
  options: { base: { type: 'string' }, 'data-origins': { type: 'string' }, out: { type: 'string' }, 'meta-csp': { type: 'string' } },
});

/** Checks a build option and stops with a message that says what is wrong. */
function fail(message) {
  console.error(`build-embed: ${message}`);
  process.exit(2);
}

export function parseOrigins(list) {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((value) => {
      let url;
      try {
        url = new URL(value);
      } catch {
        fail(`"${value}" in the data origins is not a URL (write origins like https://data.example.org)`);
      }
      if (!/^https?:$/.test(url.protocol) || value.replace(/\/$/, '') !== url.origin) {
        fail(`"${value}" in the data origins is not an http(s) origin (scheme, host and port only: ${url.origin})`);
      }
      return url.origin;
    });
}

const given = args.base ?? process.env.COOP_EMBED_BASE;
const base = given ? folderUrl(given) : undefined;
if (base && !isHttpUrl(base, true)) fail(`the base "${base}" is not an http(s) URL of a folder (no query, fragment or credentials)`);
const origins = parseOrigins(args['data-origins'] ?? process.env.COOP_DATA_ORIGINS ?? '');
const out = args.out ?? 'dist';
const started = performance.now();

/**
 * A page of dist/embed/: the head's styles and scripts relative to the page, so dist/ can be served
 * from anywhere; `preloads`, modules its scripts import, fetched beside them.
 */
function page({ path, lang, title, head = '', body, scripts, preloads = [] }) {
  const up = posix.relative(posix.dirname(`/${path}`), '/') || '.';
  const href = (file) => `${up}/${file}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${args['meta-csp'] ? `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(args['meta-csp'])}">\n` : ''}<title>${escapeAttr(title)}</title>
<base target="_blank">
${head}<link rel="stylesheet" href="${href('embed/embed.css')}">
${scripts.map((s) => `<script type="module" src="${href(s)}"></script>`).join('\n')}
${preloads.map((s) => `<link rel="modulepreload" href="${href(s)}">\n`).join('')}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function write(path, text) {
  const file = join(out, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

// Pages of an earlier run go (the embed scripts Rollup wrote beside them stay).
for (const lang of EMBED_LANGS) rmSync(join(out, 'embed', lang), { recursive: true, force: true });
let pages = 0;
for (const { tag: element, calendar, structuredData: graphKind, frameHeight } of ELEMENTS) {
  for (const id of idsWithContent(bundledDataset, element)) {
    for (const lang of EMBED_LANGS) {
      const target = { element, id, lang };
      const title = titleOf(target, bundledDataset);
      const path = pagePath(element, id, lang);
      const oembed = base && new URL(oembedPath(element, id, lang), base).href;
      write(
        path,
        page({
          path, lang, title,
          head:
            (oembed ? `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(oembed)}" title="${escapeAttr(title)}">\n` : '') +
            jsonLdScript(structuredData(bundledDataset, graphKind, id, lang)),
          // The calendar link the upgraded timeline shows (src/data/calendar-path.ts), relative to this page.
          body: exportWidget({ element, id, lang, data: bundledDataset, calendar: calendar ? posix.relative(posix.dirname(path), calendarPath(lang, id)) : undefined }).trim(),
          // frame.js loads the bundle after the page's first paint (src/embed/frame-page.ts).
          scripts: ['embed/frame.js'],
          // The bundle's dataset chunk, which it would otherwise ask for only once it has run.
          preloads: [BUNDLE_DATA],
        }),
      );
      // The oEmbed response names absolute URLs: only with a base.
      if (base) write(
        oembedPath(element, id, lang),
        `${JSON.stringify(
          {
            version: '1.0',
            type: 'rich',
            title: itemTitle(target, bundledDataset),
            provider_name: 'cooperation-widgets',
            provider_url: base,
            cache_age: 86400,
            html: iframeSnippet(target, base, bundledDataset).trim(),
            width: 600,
            height: frameHeight(id),
          },
          null,
          2,
        )}\n`,
      );
      pages++;
    }
  }
}

// The generic page: nothing to prerender (its data comes with the query), so without scripts it says why, in each language.
const noscript = EMBED_LANGS.map(
  (lang) => `<p class="coop-embed-error" lang="${lang}">${escapeAttr(withLocale(lang, needsScripts))}</p>`,
).join('\n');
write(
  GENERIC_PAGE,
  page({
    path: GENERIC_PAGE,
    lang: 'en',
    title: 'cooperation-widgets',
    head: `<meta name="coop-data-origins" content="${origins.join(' ')}">\n`,
    body: `<noscript>\n${noscript}\n</noscript>`,
    scripts: ['embed/generic.js'],
  }),
);
writeFileSync(
  join(out, 'embed/embed.css'),
  [`../dist/${FALLBACK_CSS}`, '../src/embed/embed-page.css'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n'),
);

const ms = Math.round(performance.now() - started);
if (!base) {
  console.log(
    'build-embed: no base (COOP_EMBED_BASE or --base): the embed pages carry no oEmbed discovery link, which WordPress and other ' +
      'oEmbed consumers need to turn a pasted link into a frame. The hosted site has them: npm run build:site -- --base https://<host>/<path>/ (docs/hosting.md).',
  );
}
console.log(
  `wrote ${pages} embed pages${base ? ' with their oEmbed responses' : ''} and the generic page to ${join(out, 'embed')}/ in ${ms} ms ` +
    `(cooperation-widgets ${VERSION}; ${base ? `base ${base}` : 'no base'}; src allowed from the page's own origin${origins.length ? ` and ${origins.join(', ')}` : ''})`,
);
