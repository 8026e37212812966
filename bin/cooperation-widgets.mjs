#!/usr/bin/env node
// cooperation-widgets command line:
//   cooperation-widgets validate <data.json>   every problem with its JSON path; exit 0 when valid, 1 when not
//   cooperation-widgets export <element> …     the element with its fallback HTML, for CMSes that strip scripts
//   cooperation-widgets embed <element> …      the snippet of one tier (script, iframe, link) for dist/ hosted at --base
//   cooperation-widgets calendar --partnership  the iCalendar file of a partnership's timeline
//   cooperation-widgets sheet / import          the data as a workbook (xlsx, ods) and back, with CSV too
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
// Output piped into a command that stops reading (`| head`) ends the output, not in a stack trace.
process.stdout.on('error', (e) => (e.code === 'EPIPE' ? process.exit(0) : Promise.reject(e)));
const lib = (path) => import(join(here, '..', 'dist', 'lib', path));

/** dist/integrity.json of this package's build: the script tier pins the files it loads with these hashes. */
function builtIntegrity() {
  try {
    return JSON.parse(readFileSync(join(here, '..', 'dist', 'integrity.json'), 'utf8'));
  } catch {
    warn('note: dist/integrity.json is missing (run npm run build): the snippet carries no integrity attributes.');
    return undefined;
  }
}
// The elements, from the registry (src/registry/registry.ts, compiled by npm run build). If it cannot be
// read, the usage says why, and export and embed stop with that reason when they load the library.
let registryProblem = '';
const ELEMENTS =
  (
    await lib('registry/registry.js').catch((e) => {
      registryProblem = `\n  (the list of elements could not be read: ${String(e?.message ?? e).split('\n')[0]}; run npm run build)`;
      return undefined;
    })
  )?.ELEMENTS ?? [];
const TAGS = ELEMENTS.map((e) => e.tag);
/** The id options of every element (`--partnership`, `--region`), from the registry. */
const ID_NAMES = [...new Set(ELEMENTS.map((e) => e.idAttribute))];
const ID_OPTIONS = ID_NAMES.map((name) => `--${name} <id>`).join(' | ');
const orList = (words) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join(''));
const OPTIONAL_IDS = ELEMENTS.filter((e) => e.idOptional)
  .map((e) => `\n  ${e.tag} may go without --${e.idAttribute}: it then shows everything in the data.`)
  .join('');
const USAGE = `usage:
  cooperation-widgets validate <data.json>
  cooperation-widgets export <element> (${ID_OPTIONS}) --lang <sv|fr|en>
                             [--data <file.json> [--src <url>]] [--heading-level <1-6>] [--theme <light|dark|auto>] [--now <date>] [--base <url>] [--no-json-ld]

  cooperation-widgets embed <element> (${ID_OPTIONS}) --tier <script|iframe|link> [--base <url>]
                            [--lang <sv|fr|en>] [--theme <light|dark|auto>] [--heading-level <1-6>] [--src <url>] [--fallback]
  cooperation-widgets embed --site-script --base <url>
  cooperation-widgets embed --import-map [--base <url>]
  cooperation-widgets calendar --partnership <id> [--lang <sv|fr|en>] [--data <file.json>] [--out <file.ics>]
  cooperation-widgets sheet [--data <file.json>] [--lang <sv|fr|en>] --out <file.xlsx|file.ods>
  cooperation-widgets import <file.xlsx|file.ods|file.csv…> [--lang <sv|fr|en>] --out <data.json>

  element: ${orList(TAGS)}.${OPTIONAL_IDS}${registryProblem}
  export prints the element with its fallback HTML inside, for pages whose CMS strips scripts,
  and the schema.org JSON-LD of what it shows (a data block, which CMSes that strip scripts drop;
  --no-json-ld leaves it out); --base, where dist/ is served, gives a timeline on the bundled data
  the calendar link the upgraded widget shows;
  with --data the data goes inline (or give --src, the URL where you host the file).
  embed prints what an editor pastes, for dist/ served at --base: the script tag and the element
  (--fallback: with the content as plain HTML too), an <iframe> of the embed page, or the embed
  page's URL alone (for CMSes that turn a pasted link into an embed); --site-script prints the
  one script tag a site adds to its template so that embed frames fit their content.
  Without --base, the script tier and --import-map load this version from jsDelivr
  (cdn.jsdelivr.net/npm/cooperation-widgets@<version>/dist/). The iframe and link tiers and
  --site-script need --base: the site that hosts the embed pages, with this version's dist/
  (npm run build:site -- --base https://<host>/<path>/ writes it; docs/hosting.md).
  The iframe and link tiers need --lang: a frame cannot see the language of the page around it.
  The script tier and --site-script pin the file they load with integrity="sha384-…" from this
  build's dist/integrity.json: serve this very dist/ at --base (a CDN with CORS). The script
  tier loads cooperation-widgets.standalone.js, one file that loads no other code. --import-map
  prints an import map whose integrity section pins the lazy chunks of cooperation-widgets.js
  and the one-element files, for pages that load those instead (an inline script: it needs a
  CSP hash or nonce).
  calendar prints (or writes to --out) an iCalendar file with one all-day event per dated
  milestone of the partnership's timeline, in --lang (default en), from the bundled data or --data.
  sheet writes the data (--data, or the bundled data) as a workbook, one sheet per table
  (docs/workbook.md), its sheets, headers and the notes on them in --lang (default en); import
  reads a workbook in any of the three languages, or one CSV file per sheet named after it (comma
  or semicolon separated), checks it as validate does, and writes the JSON only when it is valid,
  with a report of the translations missing: else it prints every problem at its cell
  (timeline!C7: …), in --lang (default: the language the workbook's sheets are named in), and
  writes nothing.`;

/** Text from the input (a file name, a parser's message) made safe to print: shortened, control characters escaped. */
const { inert, shorten } = await lib('util/text.js');
// Everything printed is inert: control characters from arguments or data (an escape sequence, a
// carriage return that rewrites the line) reach the terminal as \u… escapes, not as what they do.
const warn = (text) => console.error(inert(String(text)));
const say = (text) => console.log(inert(String(text)));
const write = (text) => process.stdout.write(inert(text, '\n\t'));
const { FIND_ISSUES, MAX_BYTES, MAX_WORKBOOK_BYTES: MAX_SHEET_BYTES } = await lib('data/limits.js');
/** Text from a file on one line of the output, shortened: a sheet's name or a cell cannot start a line of its own. */
const oneLine = (text, max) => shorten(String(text).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ↵ '), max);

/**
 * The text of `file`, read up to MAX_BYTES (a pipe, a device or a growing file too: never more than
 * that in memory), without a byte order mark; `undefined` when there is more.
 */
function readCapped(file) {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return length > MAX_BYTES ? undefined : buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a data file and validates it: `{ result }`, or `{ exit }` (2: cannot
 * be read, 1: too large or not JSON) after saying what is wrong. Nothing is
 * read past the size a widget reads from `src`, so memory stays bounded
 * (docs/security.md has the figures).
 */
async function readDataset(file) {
  const name = shorten(file, 200);
  let text;
  try {
    text = readCapped(file);
  } catch (e) {
    warn(`${name}: cannot be read (${shorten(String(e.code ?? e.message))})`);
    return { exit: 2 };
  }
  if (text === undefined) {
    warn(`${name}: over the ${MAX_BYTES / 1e6} MB (${count(MAX_BYTES)} bytes) a widget reads; not checked`);
    return { exit: 1 };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    warn(`${name}: not valid JSON: ${shorten(e.message, 200)}`);
    return { exit: 1 };
  }
  const { validateDataset } = await lib('data/validate.js');
  return { result: validateDataset(json) };
}

/** 1,000,000: a number as it reads. */
const count = (n) => n.toLocaleString('en');

/** "3 problems", counting those the validator did not list ("at least": it stopped looking). */
const problems = (result) => {
  const n = result.issues.length + result.more;
  return `${result.stopped ? 'at least ' : ''}${count(n)} problem${n === 1 ? '' : 's'}`;
};

/**
 * The dataset of `--data`, valid, or the bundled one when there is no file: `{ data }`, or `{ exit }`
 * after saying what is wrong (2: cannot be read, 1: not JSON or not valid).
 */
async function dataOption(file) {
  if (!file) return { data: (await lib('data/bundled.js')).bundledDataset };
  const { exit, result } = await readDataset(file);
  if (exit) return { exit };
  if (!result.valid) {
    warn(`${shorten(file, 200)}: ${problems(result)}; run \`cooperation-widgets validate ${shorten(file, 200)}\``);
    return { exit: 1 };
  }
  return { data: result.data };
}

async function validate(file) {
  if (!file) {
    warn(USAGE);
    return 2;
  }
  const { exit, result } = await readDataset(file);
  if (exit) return exit;
  const name = shorten(file, 200);
  if (result.valid) {
    const d = result.data;
    say(`${name}: valid (${d.partnerships.length} partnerships, ${d.regions.length} regions, ${d.sources.length} sources)`);
    return 0;
  }
  warn(`${name}: ${problems(result)}`);
  for (const issue of result.issues) warn(`  ${issue.path}: ${issue.message}`);
  if (result.more) {
    const more = `${result.stopped ? 'at least ' : ''}${count(result.more)}`;
    const stopped = result.stopped ? `; the check stops looking after ${count(FIND_ISSUES)} problems` : '';
    warn(`  … and ${more} more (only the first ${result.issues.length} are listed${stopped})`);
  }
  return 1;
}

async function exportCommand(...args) {
  let parsed;
  try {
    // Strict, as embed's: an unknown option, one without its value, or `--region=x` are read as written, not guessed.
    const strings = [...ID_NAMES, 'lang', 'data', 'src', 'now', 'theme', 'heading-level', 'base'];
    parsed = parseArgs({ args, allowPositionals: true, options: { ...Object.fromEntries(strings.map((n) => [n, { type: 'string' }])), 'no-json-ld': { type: 'boolean' } } });
  } catch (e) {
    warn(`cooperation-widgets export: ${inert(e.message)}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  const { exportWidget } = await lib('export/export.js');
  const element = positionals.length === 1 ? ELEMENTS.find((e) => e.tag === positionals[0]) : undefined;
  // An element takes its own id option only: a list given --partnership must not quietly show everything.
  const other = element && ID_NAMES.find((name) => name !== element.idAttribute && o[name] !== undefined);
  if (other) {
    warn(`cooperation-widgets export: ${element.tag} takes --${element.idAttribute}, not --${other}\n\n${USAGE}`);
    return 2;
  }
  const id = element && (o[element.idAttribute] ?? (element.idOptional ? '' : undefined));
  if (!element || id === undefined || !['sv', 'fr', 'en'].includes(o.lang)) {
    warn(USAGE);
    return 2;
  }
  const { exit, data } = await dataOption(o.data);
  if (exit) return exit;
  const inlineJson = o.data ? JSON.stringify(data) : undefined;
  // --base (where dist/ is served): the timeline's fallback links to the calendar the upgraded widget links to.
  const { folderUrl } = await lib('embed/pages.js');
  const { calendarPath } = await lib('data/calendar-path.js');
  const calendar = element.calendar && o.base && !o.data ? `${folderUrl(o.base)}${calendarPath(o.lang, id)}` : undefined;
  try {
    write(
      exportWidget({
        element: element.tag, id, lang: o.lang, data, inlineJson, src: o.src, now: o.now, theme: o.theme, jsonLd: !o['no-json-ld'], calendar,
        headingLevel: o['heading-level'] ? Number(o['heading-level']) : undefined,
      }),
    );
    return 0;
  } catch (e) {
    warn(e.message);
    return 1;
  }
}

/** Says what is wrong with the arguments of `embed`, with the usage; exit code 2. */
function badArguments(message) {
  warn(`cooperation-widgets embed: ${message}\n\n${USAGE}`);
  return 2;
}

async function embedCommand(...args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: Object.fromEntries(
        [...ID_NAMES, 'lang', 'theme', 'heading-level', 'src', 'tier', 'base']
          .map((name) => [name, { type: 'string' }])
          .concat([['site-script', { type: 'boolean' }], ['import-map', { type: 'boolean' }], ['fallback', { type: 'boolean' }]]),
      ),
    });
  } catch (e) {
    return badArguments(e.message);
  }
  const { values: o, positionals } = parsed;
  const { CDN_BASE, EMBED_LANGS, folderUrl, isHttpUrl, oembedPath } = await lib('embed/pages.js');
  // Scripts may come from the CDN, pinned to this version; frames, links and the site script (which sizes
  // the frames beside it) need the site that hosts the embed pages.
  const framed = o.tier === 'iframe' || o.tier === 'link' || o['site-script'];
  if (framed && !o.base) {
    return badArguments(
      `${o['site-script'] ? '--site-script' : `the ${o.tier} tier`} needs --base, the address of the site that hosts the embed pages (a CDN serves no HTML pages): ` +
        'build one with npm run build:site -- --base https://<host>/<path>/ and give --base https://<host>/<path>/<version>/ (docs/hosting.md)',
    );
  }
  o.base ??= CDN_BASE;
  if (!isHttpUrl(o.base, true)) return badArguments('--base must be the http(s) URL of the folder where dist/ is served (no query or fragment)');
  // The hashes and pages are this version's: a folder named for another version would be refused by the browser.
  const { VERSION } = await lib('base/version.js');
  const { pathname } = new URL(folderUrl(o.base));
  const named = /\/(\d+\.\d+\.\d+(?:-[\w.]+)?)\/(?:dist\/)?$/.exec(pathname)?.[1];
  if (named && named !== VERSION) {
    return badArguments(`--base names version ${named}, but this is cooperation-widgets ${VERSION}: use its folder (…/${VERSION}/), or version ${named}'s command`);
  }
  if (/\/latest\/$/.test(pathname) && o.tier !== 'iframe' && o.tier !== 'link') {
    warn(`note: latest/ changes with each release, and then the integrity hashes written here refuse its files: give the version's folder (…/${VERSION}/) to keep working.`);
  }
  const snippets = await lib('embed/snippets.js');
  if (o['site-script']) {
    if (positionals.length || Object.keys(o).some((k) => k !== 'base' && k !== 'site-script')) return badArguments('--site-script takes only --base');
    write(snippets.siteScriptSnippet(o.base, builtIntegrity()));
    return 0;
  }
  if (o['import-map']) {
    if (positionals.length || Object.keys(o).some((k) => k !== 'base' && k !== 'import-map')) return badArguments('--import-map takes only --base');
    const integrity = builtIntegrity();
    if (!integrity) return 2;
    write(snippets.importMapSnippet(o.base, integrity));
    return 0;
  }
  const { EXPORTABLE, exportWidget, findItem, hasContent, idsWithContent, itemsOf } = await lib('export/export.js');
  const { bundledDataset } = await lib('data/bundled.js');
  const element = positionals[0];
  if (positionals.length !== 1 || !EXPORTABLE.includes(element)) return badArguments(`the element must be one of ${EXPORTABLE.join(', ')}`);
  const { idAttribute: idName, idOptional, calendar } = ELEMENTS.find((e) => e.tag === element);
  const other = ID_NAMES.find((name) => name !== idName && o[name] !== undefined);
  if (other) return badArguments(`${element} takes --${idName}, not --${other}`);
  const id = o[idName] ?? (idOptional ? '' : undefined);
  if (id === undefined || (!id && !idOptional)) return badArguments(`${element} needs --${idName} <id>`);
  if (!o.src && !findItem(bundledDataset, element, id)) {
    const ids = itemsOf(bundledDataset, element).map((x) => x.id).filter(Boolean);
    return badArguments(`the bundled data has no ${idName} "${id}" (it has ${ids.join(', ')}); give --src for your own data`);
  }
  if (!o.src && !hasContent(bundledDataset, element, id)) {
    const ids = idsWithContent(bundledDataset, element).filter(Boolean);
    return badArguments(`"${id}" has nothing for ${element} to show in the bundled data (these have: ${ids.join(', ')})`);
  }
  if (!snippets.TIERS.includes(o.tier)) return badArguments(`--tier must be one of ${snippets.TIERS.join(', ')}`);
  // The generic page (data from --src) has no oEmbed response: a CMS could not turn its link into a frame.
  if (o.tier === 'link' && o.src) return badArguments('the link tier works only on the bundled data (oEmbed needs a prerendered page): use --tier iframe with --src');
  if (o.lang !== undefined && !EMBED_LANGS.includes(o.lang)) return badArguments(`--lang must be ${EMBED_LANGS.slice(0, -1).join(', ')} or ${EMBED_LANGS.at(-1)}`);
  if (o.tier !== 'script' && !o.lang) return badArguments(`the ${o.tier} tier needs --lang: a frame cannot see the language of the page around it`);
  if (o.theme !== undefined && !['light', 'dark', 'auto'].includes(o.theme)) return badArguments('--theme must be light, dark or auto');
  if (o['heading-level'] !== undefined && !/^[1-6]$/.test(o['heading-level'])) return badArguments('--heading-level must be 1 to 6');
  if (o.src !== undefined && !isHttpUrl(o.src)) return badArguments('--src must be an http(s) URL (without credentials)');
  if (o.fallback && (o.tier !== 'script' || o.src || !o.lang)) return badArguments('--fallback is for the script tier on the bundled data, with --lang');
  const choice = {
    element, id, lang: o.lang ?? '', theme: o.theme ?? 'light', headingLevel: Number(o['heading-level'] ?? 2),
    source: o.src ? 'src' : 'bundled', src: o.src ?? '', inline: '', base: o.base,
    integrity: o.tier === 'script' ? builtIntegrity() : undefined,
  };
  const { calendarPath } = await lib('data/calendar-path.js');
  const fallbackElement = o.fallback
    ? exportWidget({
        element, id, lang: o.lang, data: bundledDataset, headingLevel: choice.headingLevel, theme: choice.theme,
        // The calendar link the upgraded timeline shows on the bundled data: in the fallback too, so nothing moves.
        calendar: calendar ? `${folderUrl(o.base)}${calendarPath(o.lang, id)}` : undefined,
      })
    : undefined;
  write(snippets.tierSnippet(o.tier, choice, bundledDataset, { lang: o.lang ?? 'en', fallbackElement }));
  if (o.tier === 'link' && !o.src) {
    // A CMS turns the link into a frame only through the page's oEmbed response, written for the site's base.
    let built;
    try {
      built = JSON.parse(readFileSync(join(here, '..', 'dist', oembedPath(element, id, o.lang)), 'utf8')).provider_url;
    } catch {
      // This dist/ has no oEmbed responses: it was built without a site base.
    }
    if (built !== folderUrl(o.base)) {
      warn(
        `note: a CMS turns this link into a frame through the page's oEmbed discovery link, which a site built for ${o.base} ` +
          `has (npm run build:site -- --base <the site's address>, docs/hosting.md); this package's own dist/ has none for it.`,
      );
    }
  }
  return 0;
}

async function calendarCommand(...args) {
  let o;
  try {
    o = parseArgs({ args, options: Object.fromEntries(['partnership', 'lang', 'data', 'out'].map((name) => [name, { type: 'string' }])) }).values;
  } catch (e) {
    warn(`cooperation-widgets calendar: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (!o.partnership) {
    warn(`cooperation-widgets calendar: --partnership <id> is needed\n\n${USAGE}`);
    return 2;
  }
  if (o.lang !== undefined && !['sv', 'fr', 'en'].includes(o.lang)) {
    warn(`cooperation-widgets calendar: --lang must be sv, fr or en\n\n${USAGE}`);
    return 2;
  }
  const { exit, data } = await dataOption(o.data);
  if (exit) return exit;
  const { partnershipCalendar } = await lib('calendar/calendar.js');
  let ics;
  try {
    ics = partnershipCalendar(data, o.partnership, o.lang ?? 'en');
  } catch (e) {
    warn(`cooperation-widgets calendar: ${e.message}`);
    return 1;
  }
  if (o.out) {
    try {
      writeFileSync(o.out, ics);
    } catch (e) {
      warn(`cooperation-widgets calendar: cannot write ${shorten(o.out, 200)} (${e.code ?? e.message})`);
      return 2;
    }
  } else process.stdout.write(inert(ics, '\r\n\t'));
  return 0;
}


async function sheetCommand(...args) {
  let o;
  try {
    o = parseArgs({ args, options: { data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string', default: 'en' } } }).values;
  } catch (e) {
    warn(`cooperation-widgets sheet: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (!['sv', 'fr', 'en'].includes(o.lang)) {
    warn(`cooperation-widgets sheet: --lang must be sv, fr or en\n\n${USAGE}`);
    return 2;
  }
  const type = /\.(xlsx|ods)$/i.exec(o.out ?? '')?.[1].toLowerCase();
  if (!type) {
    warn(`cooperation-widgets sheet: --out must name an .xlsx or .ods file\n\n${USAGE}`);
    return 2;
  }
  const { exit, data } = await dataOption(o.data);
  if (exit) return exit;
  const { writeWorkbook } = await lib('workbook/write.js');
  let bytes;
  try {
    bytes = await writeWorkbook(data, type, o.lang);
  } catch (e) {
    // A text longer than an xlsx cell holds (32,767 characters) is refused; ods has no such limit.
    warn(`cooperation-widgets sheet: ${shorten(String(e.message), 200)}${type === 'xlsx' ? ' (an .ods workbook has no such limit)' : ''}`);
    return 1;
  }
  try {
    writeFileSync(o.out, bytes);
  } catch (e) {
    warn(`cooperation-widgets sheet: cannot write ${shorten(o.out, 200)} (${e.code ?? e.message})`);
    return 2;
  }
  say(`wrote ${shorten(o.out, 200)}: ${data.sources.length} sources, ${data.regions.length} regions, ${data.partnerships.length} partnerships`);
  return 0;
}

/** Memory (MB of heap) and time the reading of a workbook may take. */
const WORKBOOK_LIMITS = { heapMb: 1024, seconds: 60 };

/**
 * readWorkbook in a child process with bounded memory (its heap; an out-of-memory there ends the
 * child, never this command) and time: `{ failed }` says why it stopped.
 */
function readInChild(inputs, lang) {
  return new Promise((done) => {
    const child = fork(fileURLToPath(new URL('./read-workbook.mjs', import.meta.url)), [], {
      execArgv: [`--max-old-space-size=${WORKBOOK_LIMITS.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    let answered = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ failed: `reading the files took over ${WORKBOOK_LIMITS.seconds} s: they are not read (a workbook of this data is read in a second)` });
    }, WORKBOOK_LIMITS.seconds * 1000);
    function finish(result) {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      done(result);
    }
    child.once('message', (result) => {
      finish(result);
      child.kill();
    });
    child.once('error', (e) => finish({ failed: `the files could not be read (${shorten(String(e.message), 200)})` }));
    // Ended without an answer: out of memory (V8 aborts) or killed.
    child.once('exit', (code, signal) =>
      finish({
        failed: signal === 'SIGABRT' || code === 134
          ? `reading the files needs over ${WORKBOOK_LIMITS.heapMb / 1024} GB of memory: they are not read`
          : `the files could not be read (the reader ended with ${signal ?? `code ${code}`})`,
      }),
    );
    child.send({ module: pathToFileURL(join(here, '..', 'dist', 'lib', 'workbook', 'read.js')).href, inputs, lang });
  });
}

async function importCommand(...args) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, lang: { type: 'string' } } });
  } catch (e) {
    warn(`cooperation-widgets import: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  const { values: o, positionals: files } = parsed;
  if (o.lang !== undefined && !['sv', 'fr', 'en'].includes(o.lang)) {
    warn(`cooperation-widgets import: --lang must be sv, fr or en\n\n${USAGE}`);
    return 2;
  }
  if (!files.length || !o.out) {
    warn(`cooperation-widgets import: give the workbook (or the CSV files) and --out <data.json>\n\n${USAGE}`);
    return 2;
  }
  // The JSON goes to a .json file, never over one of the files it is read from.
  if (!/\.json$/i.test(o.out) || files.some((file) => resolve(file) === resolve(o.out))) {
    warn(`cooperation-widgets import: --out must name a .json file other than the files read\n\n${USAGE}`);
    return 2;
  }
  const inputs = [];
  for (const file of files) {
    if (!/\.(xlsx|ods|csv)$/i.test(file)) {
      warn(`cooperation-widgets import: ${shorten(file, 200)} is not an .xlsx, .ods or .csv file`);
      return 2;
    }
    try {
      if (statSync(file).size > MAX_SHEET_BYTES) {
        warn(`cooperation-widgets import: ${shorten(file, 200)} is over ${MAX_SHEET_BYTES / 1e6} MB; not read`);
        return 1;
      }
      inputs.push({ name: file, bytes: readFileSync(file) });
    } catch (e) {
      warn(`cooperation-widgets import: ${shorten(file, 200)} cannot be read (${e.code ?? e.message})`);
      return 2;
    }
  }
  const result = await readInChild(inputs, o.lang);
  if (result.failed) {
    warn(`cooperation-widgets import: ${result.failed}; ${shorten(o.out, 200)} not written`);
    return 1;
  }
  if (!result.valid) {
    // Every problem at its cell; nothing is written, an existing --out stays as it was.
    warn(`cooperation-widgets import: ${count(result.issues.length)} problem${result.issues.length === 1 ? '' : 's'}; ${shorten(o.out, 200)} not written`);
    for (const issue of result.issues.slice(0, 100)) warn(`  ${oneLine(issue.where, 120)}: ${oneLine(issue.message, 400)}`);
    if (result.issues.length > 100) warn(`  … and ${count(result.issues.length - 100)} more`);
    return 1;
  }
  try {
    writeFileSync(o.out, `${JSON.stringify(result.data, null, 2)}\n`);
  } catch (e) {
    warn(`cooperation-widgets import: cannot write ${shorten(o.out, 200)} (${e.code ?? e.message})`);
    return 2;
  }
  const d = result.data;
  say(`wrote ${shorten(o.out, 200)}: valid (${d.partnerships.length} partnerships, ${d.regions.length} regions, ${d.sources.length} sources)`);
  // The translations: where a text lacks a language, the widget shows another one, marked.
  for (const [lang, cells] of Object.entries(result.missing)) {
    if (!cells.length) say(`  ${lang}: every text translated`);
    else say(`  ${lang}: ${count(cells.length)} text${cells.length === 1 ? '' : 's'} missing (the widgets show another language there, marked): ${cells.slice(0, 20).map((c) => oneLine(c, 120)).join(', ')}${cells.length > 20 ? `, … and ${count(cells.length - 20)} more` : ''}`);
  }
  return 0;
}

const [command, ...args] = process.argv.slice(2);
const commands = { validate, export: exportCommand, embed: embedCommand, calendar: calendarCommand, sheet: sheetCommand, import: importCommand };
if (['--help', '-h', 'help'].includes(command)) {
  say(USAGE);
} else if (!commands[command]) {
  warn(USAGE);
  process.exitCode = 2;
} else {
  // exitCode, not exit(): Node ends once stdout is flushed, so output to a pipe (64 KB at a time) arrives whole.
  try {
    process.exitCode = await commands[command](...args);
  } catch (e) {
    // Nothing the input does should get here; if something does, one line, not a stack trace.
    warn(`cooperation-widgets ${shorten(command)}: ${shorten(String(e?.message ?? e), 300)}`);
    process.exitCode = 1;
  }
}
