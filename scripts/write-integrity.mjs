// dist/integrity.json: the Subresource Integrity hash (sha384) of every file in
// dist/, by its path under dist/ — what the script tier's snippets put in
// `integrity="…"`, and what an import map's `integrity` section lists for the
// lazy chunks. The last step of `npm run build`.
// Usage: node scripts/write-integrity.mjs [distDir]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';

/** `sha384-…` of a file's bytes, as the `integrity` attribute wants it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file below `dir` (itself left out), as paths under it with `/`, sorted. */
export function filesOf(dir) {
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .map((f) => relative(dir, f).split(sep).join('/'))
    .filter((f) => f !== INTEGRITY_FILE)
    .sort();
}

export function integrityOf(dir) {
  return Object.fromEntries(filesOf(dir).map((f) => [f, sri(readFileSync(join(dir, f)))]));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dir = process.argv[2] ?? 'dist';
  const hashes = integrityOf(dir);
  writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`wrote ${dir}/${INTEGRITY_FILE}: sha384 of ${Object.keys(hashes).length} files`);
}
