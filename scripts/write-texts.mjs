// Writes src/data/bundled-texts.ts: the text `Intl` gives for everything the bundled data shows —
// dates, numbers, plurals, lists of names, country names — in sv, fr and en, by key (see
// `formatted` in src/i18n/intl.ts). It renders the static export of every widget × id × language
// with the compiled library (npm run build:lib first) and keeps what was formatted on the way.
// A widget on the bundled data starts with these, so its first render makes no Intl object.
// test/texts.test.ts checks, in each engine, that its own Intl gives the same text.
// Usage: node scripts/write-texts.mjs [outFile]   (default src/data/bundled-texts.ts)
import { writeFileSync } from 'node:fs';

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);
const { exportWidget, EXPORTABLE, idsWithContent } = await lib('export/export.js');
const { bundledDataset } = await lib('data/bundled.js');
const { textsSoFar } = await lib('i18n/intl.js');
const { EMBED_LANGS } = await lib('embed/pages.js');

/** Renders every widget of the bundled data in every language; returns what was formatted, sorted by key. */
export function bundledTexts() {
  for (const element of EXPORTABLE) {
    for (const id of idsWithContent(bundledDataset, element)) {
      for (const lang of EMBED_LANGS) exportWidget({ element, id, lang, data: bundledDataset });
    }
  }
  return Object.fromEntries(Object.entries(textsSoFar()).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const textsModule = (texts) =>
  `// Written by scripts/write-texts.mjs (npm run generate); check:generated fails when it is stale.\n` +
  `export const bundledTexts: Readonly<Record<string, string>> = ${JSON.stringify(texts, null, 2)};\n`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const out = process.argv[2] ?? 'src/data/bundled-texts.ts';
  const texts = bundledTexts();
  writeFileSync(out, textsModule(texts));
  console.log(`wrote ${Object.keys(texts).length} texts Intl gives for the bundled data to ${out}`);
}
