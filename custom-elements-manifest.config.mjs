// @custom-elements-manifest/analyzer: custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/data/bundled.ts'],
  litelement: true,
  outdir: '.',
};
