// The import rules (.dependency-cruiser.cjs, checked by `npm run lint`) hold for src/, and they can fail:
// a small tree with an upward import, a cycle through a lazy chunk and an import of an entry breaks each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'node_modules/.bin/depcruise');
const config = join(root, '.dependency-cruiser.cjs');

/** The rules broken in `cwd`'s src/, as `rule: from → to`. */
function violations(cwd) {
  const run = spawnSync(bin, ['src', '--config', config, '--output-type', 'json'], { cwd, encoding: 'utf8' });
  assert.ok(run.stdout, run.stderr);
  return JSON.parse(run.stdout).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

test('src/ has no import cycle and no import that points up a layer', () => {
  assert.deepEqual(violations(root), []);
});

test('the rules catch an upward import, a cycle through a lazy chunk and an import of an entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  const files = {
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } }),
    // data reaching up into base: upward.
    'src/data/schema.ts': "import { render } from '../base/render.js';\nexport const schema = render;\n",
    'src/base/render.ts': "export const render = 1;\n",
    // Two modules of util that import each other, one of them lazily.
    'src/util/a.ts': "export const a = () => import('./b.js');\n",
    'src/util/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
    // An element importing the bundle entry.
    'src/partnership-card/card.ts': "import '../bundle.js';\nexport const card = 1;\n",
    'src/bundle.ts': "export const bundle = 1;\n",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  assert.deepEqual(violations(dir), [
    'data-imports-down: src/data/schema.ts → src/base/render.ts',
    'entries-are-not-imported: src/partnership-card/card.ts → src/bundle.ts',
    'no-cycles: src/util/a.ts → src/util/b.ts',
    'partnership-card-imports-down: src/partnership-card/card.ts → src/bundle.ts',
  ]);
});
