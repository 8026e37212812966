// Splits lit-localize's sv/fr catalogs (src/generated/locales):
//  - error-locales: the messages of src/base/error-state.ts, a chunk loaded
//    only when a widget shows an error, which brings them along;
//  - embed-locales: the messages of src/embed/messages.ts (embed pages and
//    snippets) and the widgets' names (src/<element>/element.ts), which only
//    the embed pages' scripts and the tools load;
//  - locales: all the others, one catalog per language (what the CDN bundle
//    and the npm entry import up front);
//  - <element>-locales: the messages one element uses, its own and those of
//    the shared modules it imports (statically: the error state comes with its
//    own), which its per-element entry loads as a chunk the first time a
//    widget renders in that language.
// A message also used elsewhere stays in locales too. Run after
// `lit-localize build` (npm run build does, in build:locales).
// Usage: node scripts/split-catalogs.mjs [generatedDir]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { CATALOG_LINE, msgIds } from './msg-ids.mjs';
import elementFoldersModule from './element-folders.cjs';

const { elementFolders } = elementFoldersModule;

/** The elements whose per-element entries get catalogs of their own: the registry's (src/registry/registry.ts). */
export const ELEMENTS = elementFolders();

/**
 * The modules whose messages get catalogs of their own, and where those go. The embed pages' and
 * snippets' words include each widget's name, which its module (src/<folder>/element.ts) gives.
 */
export const GROUPS = [
  { modules: ['src/base/error-state.ts'], dir: 'error-locales' },
  { modules: ['src/embed/messages.ts', ...ELEMENTS.map((element) => `src/${element}/element.ts`)], dir: 'embed-locales' },
];
export const elementDir = (element) => `${element}-locales`;

/**
 * The modules of src/ each element's index imports statically, itself included (dependency-cruiser
 * reads the imports; lazy chunks and type-only imports left out, and the generated catalogs).
 */
async function staticClosures() {
  const options = { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, tsConfig: { fileName: 'tsconfig.json' } };
  const { output } = await cruise(['src'], options, {}, { tsConfig: extractTSConfig('tsconfig.json') });
  const deps = new Map(output.modules.map((m) => [m.source, m.dependencies]));
  const closure = (entry) => {
    const seen = [entry];
    for (const file of seen) {
      for (const d of deps.get(file) ?? []) {
        const followed = !d.dynamic && !d.dependencyTypes.includes('type-only') && d.resolved.startsWith('src/');
        if (followed && !d.resolved.includes('/generated/') && !seen.includes(d.resolved)) seen.push(d.resolved);
      }
    }
    return seen;
  };
  return new Map(ELEMENTS.map((element) => [element, closure(`src/${element}/index.ts`)]));
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Writes a catalog module of `lines` (lit-localize's catalog lines) for the messages of `what`. */
function writeCatalog(path, what, lines) {
  const body = lines.join('');
  if (body.includes('html`')) throw new Error(`split-catalogs: html messages in ${what} are not supported`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    [
      '// Do not modify this file by hand!',
      '// Written by scripts/split-catalogs.mjs from the lit-localize output:',
      `// the messages of ${what}.`,
      ...(body.includes('str`') ? ["import { str } from '@lit/localize';"] : []),
      '',
      'export const templates = {',
      ...lines.map((line) => `  ${line.trim()}`),
      '};',
      '',
    ].join('\n'),
  );
}

export async function splitCatalogs(generatedDir = 'src/generated') {
  const closures = await staticClosures();
  const read = (file) => {
    try {
      return msgIds(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`split-catalogs: ${file}: ${e.message}`);
    }
  };
  const grouped = new Set(GROUPS.flatMap((g) => g.modules));
  const elsewhere = new Set(sourceFiles('src').filter((f) => !grouped.has(f)).flatMap((f) => [...read(f)]));
  const catalogDir = join(generatedDir, 'locales');
  for (const file of readdirSync(catalogDir).filter((f) => f.endsWith('.ts'))) {
    let text = readFileSync(join(catalogDir, file), 'utf8');
    const lines = [...text.matchAll(CATALOG_LINE)];
    const present = new Set(lines.map((m) => m[1]));
    const moved = new Set();
    for (const group of GROUPS) {
      const ids = new Set(group.modules.flatMap((module) => [...read(module)]));
      for (const id of ids) {
        if (!present.has(id)) throw new Error(`split-catalogs: ${file} has no message ${id} of ${group.modules.join(', ')}`);
        if (!elsewhere.has(id)) moved.add(id);
      }
      const groupLines = lines.filter((m) => ids.has(m[1])).map((m) => m[0]);
      writeCatalog(join(generatedDir, group.dir, file), group.modules.join(', '), groupLines);
    }
    for (const element of ELEMENTS) {
      const ids = new Set(closures.get(element).flatMap((f) => [...read(f)]));
      for (const id of ids) if (!present.has(id)) throw new Error(`split-catalogs: ${file} has no message ${id} of ${element}`);
      const elementLines = lines.filter((m) => ids.has(m[1])).map((m) => m[0]);
      writeCatalog(join(generatedDir, elementDir(element), file), `src/${element}/ and the shared modules it imports`, elementLines);
    }
    text = text.replace(CATALOG_LINE, (line, id) => (moved.has(id) ? '' : line));
    writeFileSync(join(catalogDir, file), text);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await splitCatalogs(process.argv[2]);
}
