// Bundles the compiled library (dist/lib, from `tsc -p tsconfig.build.json`)
// into self-contained ES modules for CDNs and CMSes: Lit and the localize
// runtime inside, no bare imports. The bundled dataset stays a separate chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
}));
