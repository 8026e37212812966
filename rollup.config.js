// Bundles the compiled library (dist/lib, from `tsc -p tsconfig.build.json`)
// into self-contained ES modules for CDNs and CMSes: Lit and the localize
// runtime inside, no bare imports. The bundled dataset stays a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
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
const MSG_CALL = /\bmsg\(\s*(?:str\s*)?(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;
const pruneMessages = {
  name: 'prune-messages',
  renderChunk(code) {
    if (!code.includes("'s")) return null;
    // Comments mention msg() too (in @lit/localize's own examples): leave them out.
    const uncommented = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const used = new Set();
    const calls = [...uncommented.matchAll(MSG_CALL)];
    for (const [, literal] of calls) {
      const body = literal.slice(1, -1);
      used.add(generateMsgId(literal[0] === '`' ? body.split(/\$\{[^}]*\}/) : [body], false));
    }
    if ((uncommented.match(/\bmsg\(/g) ?? []).length !== calls.length) this.error('prune-messages: a msg() call it cannot read');
    const present = new Set([...code.matchAll(/^\s*'(s[0-9a-f]{16})': /gm)].map((m) => m[1]));
    if (!present.size) return null;
    for (const id of used) if (!present.has(id)) this.error(`prune-messages: message ${id} is not in the catalogs`);
    const out = new MagicString(code);
    for (const m of code.matchAll(/^\s*'(s[0-9a-f]{16})': .*\n/gm)) {
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
