// Fails when a committed generated file is stale or a translation is missing:
// regenerates into .tmp/ and compares with what is committed.
//  - locales/*.xlf: every message of the source code, each with a <target> in sv and fr
//  - schema/cooperation-widgets.schema.json: the JSON Schema from the valibot schema
//  - custom-elements.json: the manifest from the elements' JSDoc
//  - vscode.*-custom-data.json, web-types.json: the editors' data from that manifest
//  - src/data/bundled-texts.ts: the text Intl gives for the bundled data (scripts/write-texts.mjs)
// Run `npm run generate` to bring them up to date. Needs `npm run build:lib` first.
// (The TypeScript catalogs in src/generated/ are not committed: `npm run build`
// writes them from the XLIFF files, see scripts/split-catalogs.mjs.)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_FILES, editorData } from './write-editor-data.mjs';

const tmp = '.tmp/check';
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const problems = [];
const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(bin(cmd), args, { stdio: ['ignore', 'pipe', 'pipe'] });
const same = (a, b) => readFileSync(a, 'utf8') === readFileSync(b, 'utf8');

// 1. Translations: extract from the source into a copy of locales/.
cpSync('locales', join(tmp, 'locales'), { recursive: true });
// lit-localize resolves paths from the config file's folder: keep it at the top level.
const CHECK_CONFIG = '.lit-localize.check.json';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
config.interchange.xliffDir = `./${tmp}/locales/`;
writeFileSync(CHECK_CONFIG, JSON.stringify(config, null, 2));
try {
  run('lit-localize', ['extract', '--config', CHECK_CONFIG]);
} finally {
  rmSync(CHECK_CONFIG);
}
for (const file of readdirSync('locales')) {
  const xlf = readFileSync(join(tmp, 'locales', file), 'utf8');
  for (const unit of xlf.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1];
      problems.push(`locales/${file}: no translation for “${source}”`);
    }
  }
  // Compare the messages, not their order (which follows the order files are listed in).
  const units = (path) => (readFileSync(path, 'utf8').match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? []).sort().join('\n');
  if (units(join('locales', file)) !== units(join(tmp, 'locales', file))) {
    problems.push(`locales/${file} does not match the messages in src/ (run npm run generate)`);
  }
}

// 2. JSON Schema.
execFileSync('node', ['scripts/write-schema.mjs', '--schema', join(tmp, 'schema')], { stdio: 'ignore' });
if (!same('schema/cooperation-widgets.schema.json', join(tmp, 'schema/cooperation-widgets.schema.json'))) {
  problems.push('schema/cooperation-widgets.schema.json is stale (run npm run generate)');
}

// 3. Custom elements manifest.
run('cem', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', join(tmp, 'cem')]);
if (!same('custom-elements.json', join(tmp, 'cem/custom-elements.json'))) {
  problems.push('custom-elements.json is stale (run npm run generate)');
}
// 3b. The editors' data, from the manifest as it should be.
const editors = editorData(JSON.parse(readFileSync(join(tmp, 'cem/custom-elements.json'), 'utf8')));
for (const file of EDITOR_FILES) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== editors[file]) {
    problems.push(`${file} is stale (run npm run generate)`);
  }
}

// 3c. The text Intl gives for the bundled data, as this Node's Intl gives it now.
const { bundledTexts, textsModule } = await import('./write-texts.mjs');
if (readFileSync('src/data/bundled-texts.ts', 'utf8') !== textsModule(bundledTexts())) {
  problems.push('src/data/bundled-texts.ts is stale (run npm run generate)');
}

// 4. The version each copy of the bundle announces.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
if (!readFileSync('src/base/version.ts', 'utf8').includes(`VERSION = '${version}'`)) {
  problems.push(`src/base/version.ts does not say ${version}, the version in package.json`);
}

if (problems.length) {
  console.error(`Generated files: ${problems.length} problem(s)\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('Generated files: translations complete (sv, fr); locales, schema, custom-elements.json, the editors’ data and the bundled data’s texts up to date.');
