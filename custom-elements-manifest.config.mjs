// @custom-elements-manifest/analyzer: custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  // Internal pieces that are not API: the dataset and the style sheets.
  exclude: ['src/generated/**', 'src/data/bundled.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  // package.json's customElements field is written by hand: the check run writes to .tmp/.
  packagejson: false,
  plugins: [
    {
      // The file system lists files in no fixed order: sort, so the manifest is the same everywhere.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
