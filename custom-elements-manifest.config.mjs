// @custom-elements-manifest/analyzer: custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  // Internal pieces that are not API: the dataset and the style sheets.
  exclude: ['src/generated/**', 'src/data/bundled.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
