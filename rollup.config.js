// Bundles the compiled library (dist/lib, from `tsc -p tsconfig.build.json`)
// into self-contained ES modules for CDNs and CMSes: Lit and the localize
// runtime inside, no bare imports. The bundled dataset stays a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { stableChunk } from './dist/lib/embed/pages.js';
import { ELEMENTS } from './dist/lib/registry/registry.js';

const entries = {
  'cooperation-widgets': 'dist/lib/bundle.js',
  // One entry per element of the registry (src/registry/registry.ts): dist/<folder>.js.
  ...Object.fromEntries(ELEMENTS.map(({ folder }) => [folder, `dist/lib/${folder}/entry.js`])),
  // The embed pages' scripts (dist/embed/, see scripts/build-embed.mjs) and the site script.
  'embed/frame': 'dist/lib/embed/frame-page.js',
  'embed/generic': 'dist/lib/embed/generic.js',
  embed: 'dist/lib/embed/site.js',
};

/**
 * In the CDN build the code sits in dist/: src/data/dist-folder.ts names that folder, relative to the
 * chunk it lands in (Rollup's resolveImportMeta knows which one). In the npm modules it stays
 * undefined: a site's bundler moves that code away from dist/.
 */
const DIST_FOLDER = /[\\/]dist[\\/]lib[\\/]data[\\/]dist-folder\.js$/;
const distFolder = {
  name: 'dist-folder',
  load(id) {
    return DIST_FOLDER.test(id) ? "export const distFolder = new URL('./', import.meta.url).href;" : null;
  },
  resolveImportMeta(property, { chunkId, moduleId }) {
    if (property !== 'url' || !DIST_FOLDER.test(moduleId)) return null;
    const up = '../'.repeat(chunkId.split('/').length - 1) || './';
    return `new URL('${up}', import.meta.url).href`;
  },
};

/**
 * The chunks a first render waits for (on the bundled data; for data from `src`, its reader and
 * fetching code) get names that do not change between builds (src/embed/pages.ts, `stableChunk`),
 * so the snippets and embed pages can preload them; the others keep a content hash.
 */
const STABLE = [
  [/[\\/]dist[\\/]lib[\\/]data[\\/]bundled\.js$/, 'data'],
  [/[\\/]dist[\\/]lib[\\/]data[\\/]external\.js$/, 'external'],
  [/[\\/]dist[\\/]lib[\\/]data[\\/]fetch\.js$/, 'fetch'],
  [/[\\/]generated[\\/][\w-]+-locales[\\/]sv\.js$/, 'sv'],
  [/[\\/]generated[\\/][\w-]+-locales[\\/]fr\.js$/, 'fr'],
];
const chunkFileNames = (entry) => (chunk) => {
  const stable = STABLE.find(([module]) => module.test(chunk.facadeModuleId ?? ''));
  return stable ? stableChunk(entry.replace('/', '-'), stable[1]) : 'chunks/[name]-[hash].js';
};

/**
 * The script tier's file (src/embed/snippets.ts, STANDALONE): the bundle with every chunk inside
 * (the dataset, the reader and validator, the fetching code, the error state), so that it imports
 * nothing and the integrity hash on its one script tag covers every byte it runs (docs/security.md).
 */
const STANDALONE = 'cooperation-widgets.standalone';

/**
 * The data editor page's script (src/data-editor/, dist/editor/index.html): one file with the
 * widgets, SheetJS and exceljs (its browser build, CommonJS, hence the plugin). None of it is in
 * the widgets' files.
 */
const editor = {
  input: { 'editor/editor': 'dist/lib/data-editor/page.js' },
  // No source map: 6 MB of other projects' sources, for a page nobody debugs from the CDN.
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true, sourcemap: false },
  plugins: [
    minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'EVAL') return;
    warn(warning);
  },
};

const widgets = [...Object.entries(entries), [STANDALONE, entries['cooperation-widgets']]].map(([name, input]) => ({
  input: { [name]: input },
  // Let the lazy chunks import shared code from the entry itself: no facade chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileNames(name),
    inlineDynamicImports: name === STANDALONE,
    sourcemap: true,
  },
  // @lit/localize's main module re-exports its runtime mode, whose module
  // body sets up a promise; this library uses the reentrant mode only.
  treeshake: { moduleSideEffects: (id) => !/@lit[\\/]localize[\\/]init[\\/](runtime|transform)\.js$/.test(id) },
  plugins: [
    distFolder,
    minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
    nodeResolve({ exportConditions: ['production'] }),
    // Minified with the settings Lit projects use: two compress passes, and
    // private members named `__x` renamed (Lit's starter kit) — here the same
    // name in every chunk of a build, as the name cache is shared, chunk after
    // chunk. Nothing else reads or rewrites the generated code.
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      mangle: { properties: { regex: /^__(?!proto__$)/ } },
      nameCache: {},
      format: { comments: false },
    }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));

/** The editor's reader, a worker of its own (src/data-editor/reader-worker.ts): SheetJS and the validator, no widget. */
const reader = { ...editor, input: { 'editor/reader-worker': 'dist/lib/data-editor/reader-worker.js' } };

export default [...widgets, editor, reader];
