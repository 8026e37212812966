// Bundles the compiled library (dist/lib, from `tsc -p tsconfig.build.json`)
// into self-contained ES modules for CDNs and CMSes: Lit and the localize
// runtime inside, no bare imports. The bundled dataset stays a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { CATALOG_LINE, msgIds } from './scripts/msg-ids.mjs';
import MagicString from 'magic-string';

const entries = {
  'cooperation-widgets': 'dist/lib/bundle.js',
  'partnership-card': 'dist/lib/partnership-card/index.js',
  'priority-areas': 'dist/lib/priority-areas/index.js',
  'agreement-timeline': 'dist/lib/agreement-timeline/index.js',
  'region-facts': 'dist/lib/region-facts/index.js',
};

/** Collapses the whitespace of css`…` templates (the library in dist/lib keeps it). */
const minifyCss = {
  name: 'minify-css-templates',
  transform(code) {
    if (!/\bcss\s*`/.test(code)) return null;
    const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) =>
      `css\`${body.replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').trim()}\``,
    );
    return { code: out, map: null };
  },
};

/**
 * Keeps in each file's sv/fr message catalogs only the messages its code uses:
 * a single-element entry does not carry the others' translations. The ids are
 * computed the way @lit/localize computes them at run time; a msg() call this
 * cannot read, or an id missing from the catalogs, stops the build.
 */
const pruneMessages = {
  name: 'prune-messages',
  renderChunk(code, chunk) {
    const present = new Set([...code.matchAll(CATALOG_LINE)].map((m) => m[1]));
    if (!present.size) return null;
    let used;
    try {
      used = msgIds(code);
    } catch (e) {
      this.error(`prune-messages (${chunk.fileName}): ${e.message}`);
    }
    for (const id of used) if (!present.has(id)) this.error(`prune-messages (${chunk.fileName}): message ${id} is not in its catalogs`);
    const out = new MagicString(code);
    for (const m of code.matchAll(CATALOG_LINE)) {
      if (!used.has(m[1])) out.remove(m.index, m.index + m[0].length);
    }
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

export default Object.entries(entries).map(([name, input]) => ({
  input: { [name]: input },
  // Let the lazy chunks import shared code from the entry itself: no facade chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  plugins: [
    minifyCss,
    nodeResolve({ exportConditions: ['production'] }),
    pruneMessages,
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
