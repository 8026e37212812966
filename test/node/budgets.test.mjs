// The byte-budget check (scripts/check-budgets.mjs, part of npm test) works on
// the built files and can fail: run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUDGETS, checkBudgets } from '../../scripts/check-budgets.mjs';

test('every built file is within its budget', () => {
  for (const row of checkBudgets()) {
    assert.ok(row.ok, `${row.file}: ${row.size} bytes, budget ${row.max}`);
    assert.equal(row.size, gzipSync(readFileSync(row.file), { level: 9 }).length);
  }
});

test('a file over its budget fails the check', () => {
  const tight = BUDGETS.map((b) => ({ ...b, max: 1024 }));
  const rows = checkBudgets(tight);
  assert.equal(rows.length, 6);
  for (const row of rows) assert.equal(row.ok, false, row.file);
});
