// package.json as npm, CDNs and bundlers read it: the CDN fields, the exports, and `sideEffects`,
// checked by bundling the package the way a site's build would (esbuild, which honours the field).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filesOf } from '../../scripts/write-integrity.mjs';
import { ELEMENTS } from '../../dist/lib/registry/registry.js';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('unpkg and jsdelivr point at the standalone bundle (the bare CDN URL runs one pinned file), and every export target exists', () => {
  assert.equal(pkg.unpkg, './dist/cooperation-widgets.standalone.js');
  assert.equal(pkg.jsdelivr, './dist/cooperation-widgets.standalone.js');
  assert.ok(pkg.files.includes('dist/'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  // `./*.js`: one entry per element of the registry, `cooperation-widgets/<folder>.js`.
  const expanded = targets.flatMap((t) => (t.includes('*') ? ELEMENTS.map(({ folder }) => t.replace('*', folder)) : [t]));
  assert.ok(expanded.length > targets.length, 'the pattern names each element');
  for (const target of expanded) assert.ok(existsSync(join(root, target)), target);
});

test('each element of the registry is a subpath of the package, and nothing else is', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'subpaths-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'cooperation-widgets'), 'dir');
  const resolveIn = (specifier) => import.meta.resolve(specifier, pathToFileURL(join(dir, 'x.mjs')).href);
  for (const { folder } of ELEMENTS) assert.match(resolveIn(`cooperation-widgets/${folder}.js`), new RegExp(`/dist/lib/${folder}/entry\\.js$`));
  // The pattern maps any name to a folder: one that is not an element has no entry.
  assert.ok(!existsSync(fileURLToPath(resolveIn('cooperation-widgets/base.js'))));
});

test('every sideEffects pattern matches built files', () => {
  const built = filesOf(join(root, 'dist')).map((f) => `./dist/${f}`);
  const toRegExp = (glob) => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*\*/g, '§').replace(/\*/g, '[^/]*').replace(/§/g, '.*')}$`);
  for (const glob of pkg.sideEffects) assert.ok(built.some((f) => toRegExp(glob).test(f)), glob);
});

/** Bundles `code` as a site's module would import this package (installed under node_modules), minified. */
async function bundle(code) {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'cooperation-widgets'), 'dir');
  writeFileSync(join(dir, 'site.js'), code);
  const out = await build({ entryPoints: [join(dir, 'site.js')], bundle: true, format: 'esm', minify: true, charset: 'utf8', write: false, logLevel: 'silent' });
  return out.outputFiles[0].text;
}

test('a site importing the package for its elements keeps what defines them and their translations', async () => {
  const all = await bundle("import 'cooperation-widgets';\n");
  for (const tag of ['coop-partnership-card', 'coop-priority-areas', 'coop-agreement-timeline', 'coop-region-facts']) assert.ok(all.includes(`"${tag}"`), tag);
  assert.ok(all.includes('Läser in uppgifter om samarbetet'), 'the Swedish messages (a module imported for its side effect)');
  assert.ok(all.includes('customElements.define'));
  const one = await bundle("import 'cooperation-widgets/region-facts.js';\n");
  assert.ok(one.includes('"coop-region-facts"') && !one.includes('"coop-partnership-card"'), 'one element only');
});

test("the CDN URLs in the README and the docs pin the package's exact version", () => {
  const texts = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].map((f) => readFileSync(join(root, f), 'utf8'));
  const pins = texts.flatMap((text) => [...text.matchAll(/cooperation-widgets@([^/\s`"<]+)/g)].map((m) => m[1]));
  assert.ok(pins.length >= 2, 'the README and the docs show pinned CDN URLs');
  for (const pin of pins) assert.equal(pin, pkg.version);
});
