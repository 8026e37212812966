// The element folders of src/, in the registry's order, for the tools that run before the
// registry is compiled (scripts/split-catalogs.mjs in `build:locales`, .dependency-cruiser.cjs):
// the folders whose element.ts src/registry/registry.ts imports, read with TypeScript's parser.
// Everything that runs after `build:lib` reads the compiled registry itself (dist/lib/registry/).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ts = require('typescript');

const REGISTRY = join(__dirname, '..', 'src', 'registry', 'registry.ts');

/** The folder of each element the registry lists, in its order. */
function elementFolders(file = REGISTRY) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const folders = source.statements
    .filter(ts.isImportDeclaration)
    .map((s) => /^\.\.\/([a-z][a-z0-9-]*)\/element\.js$/.exec(s.moduleSpecifier.text)?.[1])
    .filter(Boolean);
  if (!folders.length) throw new Error(`element-folders: ${file} imports no element (../<folder>/element.js)`);
  return folders;
}

module.exports = { elementFolders };
