// The import rules of src/ (npm run lint: `depcruise src`): no cycles, and imports point one way,
// down the layers of docs/architecture.md —
//   entries (index, bundle, embed, react) → the static export (export) → elements → render helpers and the base class (base)
//   → dates → i18n → data → util, with styles and the generated catalogs beside util.
// A lazy chunk is a dynamic import and follows the same rules: it gets what it needs passed in.
// The element folders: the registry's (src/registry/registry.ts), each a layer of its own.
const { elementFolders } = require('./scripts/element-folders.cjs');

const ELEMENTS = elementFolders();
const BELOW = {
  util: [],
  generated: [],
  styles: [],
  data: ['util'],
  i18n: ['data', 'util', 'generated'],
  dates: ['i18n', 'data', 'util'],
  base: ['dates', 'i18n', 'data', 'styles', 'util', 'generated'],
  ...Object.fromEntries(ELEMENTS.map((el) => [el, ['base', 'dates', 'i18n', 'data', 'styles', 'util', 'generated']])),
  // The registry: the one list of the elements (their element.ts modules; classes.ts and react.ts for the entries).
  registry: [...ELEMENTS, 'base', 'dates', 'i18n', 'data', 'styles', 'util', 'generated'],
  export: ['registry', 'base', 'dates', 'i18n', 'data', 'styles', 'util', 'generated'],
  // iCalendar files of the timelines (Node: the CLI and the build).
  calendar: ['base', 'dates', 'i18n', 'data', 'util', 'generated'],
  // The workbook (the CLI's sheet and import, the data editor): the data as tables and files, with
  // SheetJS and exceljs; the widgets' words for kinds and roles explain the drop-down lists.
  workbook: ['base', 'dates', 'i18n', 'data', 'styles', 'util', 'generated'],
  // The data editor page (dist/editor/): the widgets, the workbook and the data, in a page of its own.
  'data-editor': ['registry', 'workbook', 'base', 'dates', 'i18n', 'data', 'styles', 'util', 'generated'],
  // cooperation-widgets/react: an entry of its own beside src/index.ts, the elements wrapped for React.
  react: ['registry', 'i18n', 'data'],
};

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'An import cycle, static or through a lazy chunk.', from: {}, to: { circular: true } },
    ...Object.entries(BELOW).map(([layer, below]) => ({
      name: `${layer}-imports-down`,
      severity: 'error',
      comment: `src/${layer}/ may import only from itself and from ${below.join(', ') || 'no other folder of src/'}.`,
      from: { path: `^src/${layer}/` },
      to: { path: '^src/', pathNot: [`^src/${layer}/`, ...below.map((b) => `^src/${b}/`)] },
    })),
    {
      name: 'entries-are-not-imported',
      severity: 'error',
      comment: 'src/index.ts, src/bundle.ts, src/embed/, src/react/ and the data editor page are entries: only the embed scripts build on the others.',
      from: { pathNot: '^src/embed/' },
      to: { path: ['^src/[^/]+\\.ts$', '^src/embed/', '^src/react/', '^src/data-editor/page\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
