// dist/integrity.json (scripts/write-integrity.mjs, the last step of npm run build): a sha384 for every
// file in dist/, each the hash of that file's bytes. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesOf, integrityOf } from '../../scripts/write-integrity.mjs';

const built = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
/** Computed here with node:crypto directly, not with the script's helper. */
const hashOf = (file) => `sha384-${createHash('sha384').update(readFileSync(join('dist', file))).digest('base64')}`;

test('every file in dist/ is listed, and nothing else', () => {
  assert.deepEqual(Object.keys(built).sort(), filesOf('dist'));
  for (const file of ['cooperation-widgets.js', 'partnership-card.js', 'embed.js', 'cooperation-widgets.fallback.css', 'data/cooperation.json']) {
    assert.ok(built[file], file);
  }
});

test('every hash is the sha384 of the built file', () => {
  for (const [file, hash] of Object.entries(built)) assert.equal(hash, hashOf(file), file);
});

test('a file that changes after the build no longer matches its hash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
  mkdirSync(join(dir, 'chunks'));
  writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'chunks', 'b.js'), 'export const b = 2;\n');
  const before = integrityOf(dir);
  assert.deepEqual(Object.keys(before), ['a.js', 'chunks/b.js']);
  writeFileSync(join(dir, 'chunks', 'b.js'), 'export const b = 3;\n');
  const after = integrityOf(dir);
  assert.equal(after['a.js'], before['a.js']);
  assert.notEqual(after['chunks/b.js'], before['chunks/b.js']);
});
