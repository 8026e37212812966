// @custom-elements-manifest/analyzer: custom-elements.json from the JSDoc in src/.
export default {
  globs: ['src/**/*.ts'],
  // Internal pieces that are not API: the dataset and the style sheets.
  exclude: ['src/generated/**', 'src/data/bundled.ts', 'src/data/bundled-texts.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  // package.json's customElements field is written by hand: the check run writes to .tmp/.
  packagejson: false,
  plugins: [
    {
      // `static properties = { toggled: { state: true } }` is internal state, not an attribute: the
      // analyzer lists it as one, and the editors' data and framework typings would offer it.
      name: 'no-attributes-for-private-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            const internal = new Set((decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
            for (const m of decl.members ?? []) if (internal.has(m.name)) delete m.attribute;
          }
        }
      },
    },
    {
      // The file system lists files in no fixed order: sort, so the manifest is the same everywhere.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
