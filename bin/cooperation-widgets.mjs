#!/usr/bin/env node
// cooperation-widgets command line:
//   cooperation-widgets validate <data.json>   every problem with its JSON path; exit 0 when valid, 1 when not
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lib = (path) => import(join(here, '..', 'dist', 'lib', path));
const USAGE = `usage:
  cooperation-widgets validate <data.json>`;

async function validate(file) {
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot be read (${e.code ?? e.message})`);
    return 2;
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not valid JSON: ${e.message}`);
    return 1;
  }
  const { validateDataset } = await lib('data/validate.js');
  const result = validateDataset(json);
  if (result.valid) {
    const d = result.data;
    console.log(`${file}: valid (${d.partnerships.length} partnerships, ${d.regions.length} regions, ${d.sources.length} sources)`);
    return 0;
  }
  console.error(`${file}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
  for (const issue of result.issues) console.error(`  ${issue.path}: ${issue.message}`);
  return 1;
}

const [command, ...args] = process.argv.slice(2);
const commands = { validate };
if (!commands[command]) {
  console.error(USAGE);
  process.exit(2);
}
process.exit(await commands[command](...args));
