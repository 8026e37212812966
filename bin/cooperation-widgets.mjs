#!/usr/bin/env node
// cooperation-widgets command line:
//   cooperation-widgets validate <data.json>   every problem with its JSON path; exit 0 when valid, 1 when not
//   cooperation-widgets export <element> …     the element with its fallback HTML, for CMSes that strip scripts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lib = (path) => import(join(here, '..', 'dist', 'lib', path));
const USAGE = `usage:
  cooperation-widgets validate <data.json>
  cooperation-widgets export <element> (--partnership <id> | --region <id>) --lang <sv|fr|en>
                             [--data <file.json> [--src <url>]] [--heading-level <1-6>] [--theme <light|dark|auto>] [--now <date>]

  element: coop-partnership-card, coop-priority-areas, coop-agreement-timeline or coop-region-facts.
  export prints the element with its fallback HTML inside, for pages whose CMS strips scripts;
  with --data the data goes inline (or give --src, the URL where you host the file).`;

/**
 * Reads a data file and validates it: `{ result }`, or `{ exit }` (2: cannot
 * be read, 1: not JSON) after saying what is wrong.
 */
async function readDataset(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot be read (${e.code ?? e.message})`);
    return { exit: 2 };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not valid JSON: ${e.message}`);
    return { exit: 1 };
  }
  const { validateDataset } = await lib('data/validate.js');
  return { result: validateDataset(json) };
}

async function validate(file) {
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const { exit, result } = await readDataset(file);
  if (exit) return exit;
  if (result.valid) {
    const d = result.data;
    console.log(`${file}: valid (${d.partnerships.length} partnerships, ${d.regions.length} regions, ${d.sources.length} sources)`);
    return 0;
  }
  console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
  return 1;
}

function options(args) {
  const o = { _: [] };
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) o[args[i].slice(2)] = args[++i];
    else o._.push(args[i]);
  }
  return o;
}

async function exportCommand(...args) {
  const o = options(args);
  const { exportWidget, EXPORTABLE } = await lib('export/export.js');
  const element = o._[0];
  const id = element === 'coop-region-facts' ? o.region : o.partnership;
  if (!EXPORTABLE.includes(element) || !id || !['sv', 'fr', 'en'].includes(o.lang)) {
    console.error(USAGE);
    return 2;
  }
  let data;
  let inlineJson;
  if (o.data) {
    const { exit, result } = await readDataset(o.data);
    if (exit) return exit;
    if (!result.valid) {
      console.error(`${o.data}: ${result.issues.length} problem(s); run \`cooperation-widgets validate ${o.data}\``);
      return 1;
    }
    data = result.data;
    inlineJson = JSON.stringify(data);
  } else {
    data = (await lib('data/bundled.js')).bundledDataset;
  }
  try {
    process.stdout.write(
      exportWidget({
        element, id, lang: o.lang, data, inlineJson, src: o.src, now: o.now, theme: o.theme,
        headingLevel: o['heading-level'] ? Number(o['heading-level']) : undefined,
      }),
    );
    return 0;
  } catch (e) {
    console.error(e.message);
    return 1;
  }
}

const [command, ...args] = process.argv.slice(2);
const commands = { validate, export: exportCommand };
if (!commands[command]) {
  console.error(USAGE);
  process.exit(2);
}
process.exit(await commands[command](...args));
