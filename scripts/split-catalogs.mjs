// Splits lit-localize's sv/fr catalogs in two: the messages of the error state
// (src/base/error-state.ts, a chunk loaded only when a widget shows an error)
// go to their own catalogs, which that chunk adds when it loads; every other
// message stays in the catalogs every widget carries. Run after
// `lit-localize build` (npm run generate does).
// Usage: node scripts/split-catalogs.mjs [catalogDir] [errorCatalogDir]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_LINE, msgIds } from './msg-ids.mjs';

const ERROR_STATE = 'src/base/error-state.ts';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

export function splitCatalogs(catalogDir = 'src/generated/locales', errorDir = 'src/generated/error-locales') {
  const read = (file) => {
    try {
      return msgIds(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`split-catalogs: ${file}: ${e.message}`);
    }
  };
  const errorIds = read(ERROR_STATE);
  const elsewhere = new Set(sourceFiles('src').filter((f) => f !== ERROR_STATE).flatMap((f) => [...read(f)]));
  mkdirSync(errorDir, { recursive: true });
  for (const file of readdirSync(catalogDir).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(catalogDir, file), 'utf8');
    const lines = [...text.matchAll(CATALOG_LINE)];
    const present = new Set(lines.map((m) => m[1]));
    for (const id of errorIds) {
      if (!present.has(id)) throw new Error(`split-catalogs: ${file} has no message ${id} of ${ERROR_STATE}`);
    }
    const errorLines = lines.filter((m) => errorIds.has(m[1])).map((m) => m[0]);
    const main = text.replace(CATALOG_LINE, (line, id) => (errorIds.has(id) && !elsewhere.has(id) ? '' : line));
    const body = errorLines.join('');
    if (body.includes('html`')) throw new Error('split-catalogs: html messages in the error state are not supported');
    const imports = body.includes('str`') ? ['str'] : [];
    writeFileSync(join(catalogDir, file), main);
    writeFileSync(
      join(errorDir, file),
      [
        '// Do not modify this file by hand!',
        '// Written by scripts/split-catalogs.mjs from the lit-localize output: the',
        `// messages of ${ERROR_STATE}, loaded with it.`,
        ...(imports.length ? [`import { ${imports.join(', ')} } from '@lit/localize';`] : []),
        '',
        'export const templates = {',
        ...errorLines.map((line) => `  ${line.trim()}`),
        '};',
        '',
      ].join('\n'),
    );
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  splitCatalogs(process.argv[2], process.argv[3]);
}
