// The command line for data authors: `cooperation-widgets validate <file>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'bin/cooperation-widgets.mjs';
const dir = mkdtempSync(join(tmpdir(), 'coop-cli-'));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const write = (name, content) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));

test('validate: exit 0 on the bundled dataset', () => {
  const r = run('validate', 'dist/data/cooperation.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /valid \(9 partnerships, 2 regions, 5 sources\)/);
});

test('validate: every error with its JSON path, exit 1', () => {
  const data = bundled();
  delete data.partnerships[0].kind;
  data.partnerships[1].title = {};
  data.regions[1].population.value = -5;
  data.partnerships[2].sources = ['no-such-source'];
  data.partnerships[0].links = [{ url: 'javascript:alert(1)', label: { en: 'x' } }];
  const r = run('validate', write('broken.json', data));
  assert.equal(r.status, 1);
  for (const path of [
    '$.partnerships[0].kind: is required',
    '$.partnerships[1].title: needs at least one of sv, fr, en',
    '$.regions[1].population.value',
    '$.partnerships[2].sources[0]: unknown source id "no-such-source"',
    '$.partnerships[0].links[0].url: must be an http(s) URL',
  ]) {
    assert.ok(r.stderr.includes(path), `missing “${path}” in:\n${r.stderr}`);
  }
  assert.match(r.stderr, /: 5 problems/);
});

test('validate: broken JSON exits 1, a missing file or no file exits 2', () => {
  assert.equal(run('validate', write('truncated.json', '{"version": 1,')).status, 1);
  assert.equal(run('validate', join(dir, 'nope.json')).status, 2);
  assert.equal(run('validate').status, 2);
  assert.equal(run('frobnicate').status, 2);
});
