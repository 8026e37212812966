// The byte budgets of issue 5, checked on the built files (`npm run build`
// first): gzip -9 of the CDN bundle, of each single-element entry and of the
// bundled dataset chunk. Bytes are deterministic, so this is a check in
// `npm test`; times are not, and live in `npm run bench`.
// `--report` prints the table without failing.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGETS = [
  { file: 'dist/cooperation-widgets.js', label: 'CDN bundle: four elements, three languages', max: 16 * KB },
  ...['partnership-card', 'priority-areas', 'agreement-timeline', 'region-facts'].map((name) => ({
    file: `dist/${name}.js`,
    label: 'single-element entry',
    max: 11 * KB,
  })),
  { file: 'dataset', label: 'bundled dataset chunk', max: 8 * KB },
];

/** The dataset chunk the CDN bundle imports on demand. */
function datasetChunk() {
  const bundle = readFileSync('dist/cooperation-widgets.js', 'utf8');
  const name = bundle.match(/chunks\/(bundled-[\w-]*\.js)/)?.[1];
  if (!name) throw new Error('check-budgets: the bundle does not import a dataset chunk (chunks/bundled-*.js)');
  return `dist/chunks/${name}`;
}

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function checkBudgets() {
  return BUDGETS.map((budget) => {
    const file = budget.file === 'dataset' ? datasetChunk() : budget.file;
    const size = gzipSize(file);
    return { ...budget, file, size, ok: size <= budget.max };
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const rows = checkBudgets();
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log('Byte budgets (gzip -9):');
  for (const r of rows) {
    console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${kb(r.size).padStart(9)} of ${kb(r.max).padStart(8)}  ${r.file}  (${r.label})`);
  }
  const over = rows.filter((r) => !r.ok);
  if (over.length && !process.argv.includes('--report')) {
    console.error(`check-budgets: ${over.length} file(s) over budget; see bench/README.md for what costs what.`);
    process.exit(1);
  }
}
