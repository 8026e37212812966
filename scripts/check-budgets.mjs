// The byte budgets (issue 5, lowered by issue 14 for the plain build; the bundle's and the dataset chunk's raised by
// issue 34 for the roles and plans in three languages and the reviewed texts; the standalone bundle's set by issue 35),
// checked on the built files (`npm run build` first): gzip -9 of the CDN bundle, of the standalone bundle, of each
// single-element entry and of the bundled dataset chunk, each file compressed on its own. Bytes are
// deterministic, so this is part of `npm test`; times are not, and live in
// `npm run bench`. `--report` prints the table without failing.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ELEMENTS } from '../dist/lib/registry/registry.js';

const KB = 1024;

export const BUDGETS = [
  // Issue 33: a fifth element (the cooperation list), a kind and a role more.
  { file: 'dist/cooperation-widgets.js', label: 'CDN bundle: every element, three languages', max: 17 * KB },
  // Issue 35: the script tier's one file, the bundle with every chunk inside (dataset, reader and validator,
  // fetching code, error state), so that its integrity hash covers every byte it runs.
  { file: 'dist/cooperation-widgets.standalone.js', label: 'standalone bundle: the script tier, nothing loaded after it', max: 33.5 * KB },
  // Each element's entry, with the budget its module gives (src/<folder>/element.ts).
  ...ELEMENTS.map(({ folder, budgetKb }) => ({ file: `dist/${folder}.js`, label: 'single-element entry', max: budgetKb * KB })),
  { file: 'dataset', label: 'bundled dataset chunk', max: 9 * KB },
];

/**
 * The chunk `prefix` (`data`, `external`, `fetch`, `sv`, `fr`: the stable names `<entry>.data.js`…;
 * `error-state`…: hashed names) that `dist/<entry>.js` loads, found by following its imports
 * through the chunks it loads.
 */
export function chunkOf(entry, prefix) {
  const seen = [`dist/${entry}.js`];
  for (const file of seen) {
    const code = readFileSync(file, 'utf8');
    // "./chunks/x.js" from an entry, "./x.js" from a chunk.
    const hit = code.match(new RegExp(`["']\\.\\/(?:chunks\\/)?((?:${prefix}-[\\w-]{8}|[\\w-]+\\.${prefix})\\.js)["']`));
    if (hit) return `dist/chunks/${hit[1]}`;
    for (const m of code.matchAll(/["']\.\/(?:chunks\/)?([\w.-]+\.js)["']/g)) {
      if (!seen.includes(`dist/chunks/${m[1]}`)) seen.push(`dist/chunks/${m[1]}`);
    }
  }
  throw new Error(`no ${prefix} chunk reachable from dist/${entry}.js`);
}

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Each file against its budget. */
export function checkBudgets(budgets = BUDGETS) {
  return budgets.map((budget) => {
    const file = budget.file === 'dataset' ? chunkOf('cooperation-widgets', 'data') : budget.file;
    const size = gzipSize(file);
    return { ...budget, file, size, ok: size <= budget.max };
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const rows = checkBudgets();
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  console.log('Byte budgets (gzip -9, each file on its own):');
  for (const r of rows) {
    console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${kb(r.size).padStart(9)} of ${kb(r.max).padStart(8)}  ${r.file}  (${r.label})`);
  }
  const over = rows.filter((r) => !r.ok);
  if (over.length && !process.argv.includes('--report')) {
    console.error(`check-budgets: ${over.length} file(s) over budget; bench/README.md says what costs what (node bench/breakdown.mjs <file>).`);
    process.exit(1);
  }
}
