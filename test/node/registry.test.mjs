// The element registry (src/registry/registry.ts) is the one place outside an element's folder
// that names it: the build, the tools, the entries and the Storybook support code read the
// elements from it. This test reads every file that builds, ships or runs the library and fails
// on a name of an element (its tag, folder, class or component name) outside the element's own
// folder, the registry and the generated files; it is also run on a planted name, to show it can
// fail. Not read: the tests, the docs and the per-element stories, which are about particular
// elements (test/, docs/, bench/, demo/, *.md, stories/<element>.stories.ts and the example pages
// of stories/pages.stories.ts), and the end-to-end checks that npm test runs like tests
// (scripts/check-package.mjs, check-site.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ELEMENTS } from '../../dist/lib/registry/registry.js';
import * as classes from '../../dist/lib/registry/classes.js';
import * as react from '../../dist/lib/registry/react.js';
import elementFoldersModule from '../../scripts/element-folders.cjs';

const root = resolve(import.meta.dirname, '../..');
const pascal = (folder) => folder.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());

/** What the library reads: the source, the build and its tools, the CLI, the configs, Storybook's own code. */
const READ = ['src', 'scripts', 'bin', '.storybook', 'stories/support', 'stories/embed-builder', '.github', '.ci'];
const ROOT_FILES = /^(?:\.[\w-]+\.c?js|[\w-]+\.config\.[cm]?js|package\.json|lit-localize\.json|tsconfig[\w.-]*\.json)$/;
/** The end-to-end checks `npm test` runs: they use particular elements, as the tests do. */
const CHECKS = ['scripts/check-package.mjs', 'scripts/check-site.mjs'];

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Every place a file outside `allowed(element, file)` names an element of `elements`, as `file: name`. */
export function namings(base, elements, allowed) {
  const read = [...READ.flatMap((d) => files(join(base, d))), ...readdirSync(base).filter((f) => ROOT_FILES.test(f)).map((f) => join(base, f))];
  const found = [];
  for (const path of read) {
    const file = relative(base, path);
    const text = readFileSync(path, 'utf8');
    for (const { folder } of elements) {
      if (allowed(folder, file)) continue;
      // The tag or the folder (as a whole word: `coop-region-facts`, `region-facts/`), the class or component name.
      const hit = new RegExp(`(?<![\\w-])(?:coop-)?${folder}(?![\\w-])|(?:Coop)?${pascal(folder)}(?![a-z])`).exec(text);
      if (hit) found.push(`${file}: ${hit[0]}`);
    }
  }
  return found;
}

const allowed = (folder, file) =>
  file.startsWith(`src/${folder}/`) || file.startsWith('src/registry/') || file.startsWith('src/generated/') || CHECKS.includes(file);

test('no file that builds, ships or runs the library names an element outside its folder and the registry', () => {
  assert.deepEqual(namings(root, ELEMENTS, allowed), []);
});

test('the check finds a planted name (a tag, a folder, a class name) outside the registry', () => {
  const base = mkdtempSync(join(tmpdir(), 'registry-'));
  for (const dir of ['src/registry', 'src/a-widget', 'src/export', 'scripts']) mkdirSync(join(base, dir), { recursive: true });
  writeFileSync(join(base, 'src/registry/registry.ts'), "import * as aWidget from '../a-widget/element.js';");
  writeFileSync(join(base, 'src/a-widget/element.ts'), "export const tag = 'coop-a-widget';");
  writeFileSync(join(base, 'src/export/export.ts'), "if (element === 'coop-a-widget') render();");
  writeFileSync(join(base, 'scripts/build.mjs'), "import { CoopAWidget } from '../dist/lib/x.js';");
  writeFileSync(join(base, 'rollup.config.js'), "const entries = { 'a-widget': 'dist/lib/a-widget/entry.js' };");
  writeFileSync(join(base, 'package.json'), '{ "name": "a-widget-free" }');
  const found = namings(base, [{ folder: 'a-widget' }], (folder, file) => file.startsWith(`src/${folder}/`) || file.startsWith('src/registry/'));
  assert.deepEqual(found.sort(), ['rollup.config.js: a-widget', 'scripts/build.mjs: CoopAWidget', 'src/export/export.ts: coop-a-widget']);
});

test('the registry lists every element folder, each with its module, entry and definition, under its own tag', () => {
  const withModule = readdirSync(join(root, 'src')).filter((d) => existsSync(join(root, 'src', d, 'element.ts')));
  assert.deepEqual(ELEMENTS.map((e) => e.folder).sort(), withModule.sort());
  // The tools that run before the registry is compiled read the same folders, in the same order.
  assert.deepEqual(elementFoldersModule.elementFolders(), ELEMENTS.map((e) => e.folder));
  for (const e of ELEMENTS) {
    for (const file of ['element.ts', 'index.ts', 'entry.ts']) assert.ok(existsSync(join(root, 'src', e.folder, file)), `${e.folder}/${file}`);
    assert.equal(e.tag, `coop-${e.folder}`);
  }
  assert.equal(new Set(ELEMENTS.map((e) => e.tag)).size, ELEMENTS.length);
});

test('the entries define one class per element of the registry, and React gets one component per element', () => {
  assert.deepEqual(Object.keys(classes).sort(), ELEMENTS.map((e) => `Coop${pascal(e.folder)}`).sort());
  for (const e of ELEMENTS) {
    assert.equal(customElements.getName(classes[`Coop${pascal(e.folder)}`]), e.tag, e.tag);
    assert.equal(react[pascal(e.folder)]?.displayName, pascal(e.folder), e.folder);
  }
  assert.deepEqual(Object.keys(react).sort(), ELEMENTS.map((e) => pascal(e.folder)).sort());
});
