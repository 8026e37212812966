// Hostile data against the validator and the command line (issue 35), with fast-check: any JSON,
// the bundled dataset with any part replaced, hostile keys and ids, deep and wide inputs. Whatever
// comes in, the validator returns a result (it never throws), lists at most MAX_ISSUES problems and
// counts the rest, and quotes the input shortened with its control characters escaped; the command
// line ends with exit 0, 1 or 2 and prints no stack trace and no raw control character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateDataset } from '../../dist/lib/data/validate.js';
import { FIND_ISSUES, MAX_BYTES, MAX_ISSUES } from '../../dist/lib/data/limits.js';

 
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));

/** What every validation must be, whatever the input. */
function check(input) {
  let result;
  assert.doesNotThrow(() => (result = validateDataset(input)));
  if (result.valid) {
    assert.deepEqual(result.issues, []);
    return result;
  }
  assert.ok(result.issues.length >= 1 && result.issues.length <= MAX_ISSUES, `${result.issues.length} problems listed`);
  assert.ok(Number.isInteger(result.more) && result.more >= 0);
  for (const { path, message } of result.issues) {
    assert.ok(path.startsWith('$'), path);
    assert.doesNotMatch(path, UNSAFE, path);
    assert.doesNotMatch(message, UNSAFE, message);
    assert.ok(path.length <= 400, `a path of ${path.length} characters`);
    assert.ok(message.length <= 301, `a message of ${message.length} characters`);
  }
  return result;
}

/** Strings as a hostile file has them: controls, escape sequences, bidirectional marks, lone surrogates, the prototype's names. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '\u001b[2J\u001b[H', '\u202eevil', 'a\u0000b', '\ud800', '"\\'),
  fc.string({ unit: fc.constantFrom('\u001b', '\u009b', '\u202e', '\u2066', 'x', '"', '\n'), maxLength: 80 }),
  fc.string({ unit: 'grapheme', minLength: 300, maxLength: 2000 }),
);
const hostileValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileString, fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }));

/** Every place in a JSON value, as a list of keys from the root. */
function places(value, at = [], out = []) {
  out.push(at);
  if (value && typeof value === 'object') for (const key of Object.keys(value)) places(value[key], [...at, Array.isArray(value) ? Number(key) : key], out);
  return out;
}
const PLACES = places(bundled());

test('any JSON value: a result, never an exception', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => void check(value)), { numRuns: 400 });
});

test('the bundled dataset with any one part replaced by anything, or any key added anywhere', () => {
  fc.assert(
    fc.property(fc.nat(), hostileValue, hostileString, fc.boolean(), (n, value, key, add) => {
      const data = bundled();
      const at = PLACES[n % PLACES.length];
      let parent = data;
      for (const k of at.slice(0, -1)) parent = parent[k];
      if (at.length === 0) return void check(value);
      const target = add && parent[at.at(-1)] && typeof parent[at.at(-1)] === 'object' ? parent[at.at(-1)] : undefined;
      if (target) Object.defineProperty(target, Array.isArray(target) ? target.length : key, { value, enumerable: true, writable: true, configurable: true });
      else parent[at.at(-1)] = value;
      check(data);
    }),
    { numRuns: 600 },
  );
});

test('hostile ids and keys are quoted shortened and escaped, in paths and in messages', () => {
  fc.assert(
    fc.property(hostileString, hostileString, (id, key) => {
      const data = bundled();
      data.partnerships[0].id = id;
      data.partnerships[1].id = id;
      data.partnerships[2].sources = [id];
      data.regions[0][key] = 1;
      const result = check(data);
      assert.equal(result.valid, false);
    }),
    { numRuns: 300 },
  );
  const data = bundled();
  data.partnerships[0]['\u001b[31m'] = 1;
  const [issue] = check(data).issues;
  assert.equal(issue.path, '$.partnerships[0]["\\u001b[31m"]');
});

test('deep: 200,000 levels of arrays or objects, as the whole input and inside a dataset', () => {
  const nest = (depth, wrap) => {
    let value = {};
    for (let i = 0; i < depth; i++) value = wrap(value);
    return value;
  };
  for (const wrap of [(v) => [v], (v) => ({ a: v }), (v) => ({ sources: [v], date: '2021-02-30' }), (v) => ({ partnerships: [v] })]) {
    const deep = nest(200_000, wrap);
    check(deep);
    const data = bundled();
    data.partnerships[0].timeline[0].junk = deep;
    data.regions[0].sources = deep;
    assert.equal(check(data).valid, false);
  }
});

test('what only a .data object can be: shared parts, cycles, a length of 2^31, a getter that throws', () => {
  const cyclic = {};
  cyclic.a = cyclic;
  cyclic.b = cyclic;
  let shared = {};
  for (let i = 0; i < 40; i++) shared = { a: shared, b: shared, date: '2021-02-30' };
  for (const junk of [cyclic, shared]) {
    const data = bundled();
    data.partnerships[0].junk = junk;
    data.regions[0].facts = [junk];
    assert.equal(check(data).valid, false);
  }
  const sparse = bundled();
  sparse.sources.length = 2 ** 31;
  assert.deepEqual(check(sparse).issues, [{ path: '$', message: 'has a list of 2147483648 items; data this large is not read' }]);
  const getter = bundled();
  Object.defineProperty(getter.partnerships[0], 'title', { enumerable: true, get: () => { throw new Error('no'); } });
  assert.deepEqual(check(getter).issues, [{ path: '$', message: 'could not be read: reading one of its values failed' }]);
});

test('wide: the schema stops after FIND_ISSUES problems and says so; the references are counted to the last', () => {
  let data = bundled();
  data.partnerships = Array.from({ length: 500_000 }, () => 0);
  let result = check(data);
  assert.equal(result.issues.length, MAX_ISSUES);
  assert.equal(result.issues[0].path, '$.partnerships[0]');
  assert.equal(result.issues.length + result.more, FIND_ISSUES);
  assert.equal(result.stopped, true);

  data = bundled();
  data.partnerships[0].sources = Array.from({ length: 500_000 }, (_, i) => `s${i}`);
  result = check(data);
  assert.equal(result.issues.length + result.more, 500_000);
  assert.equal(result.stopped, false);
  assert.equal(result.issues[99].path, '$.partnerships[0].sources[99]');
});

/** A file of `bytes` bytes at most that is all problems: `"partnerships": [0,0,0,…]`. */
function worst(bytes) {
  const head = '{"version":1,"sources":[],"regions":[],"partnerships":[';
  return `${head}${'0,'.repeat(Math.floor((bytes - head.length - 3) / 2))}0]}`;
}

test('the command line on generated hostile files: exit 0, 1 or 2, no stack trace, no raw control character', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coop-fuzz-'));
  const inputs = fc.sample(fc.oneof(fc.jsonValue({ maxDepth: 5 }), hostileValue), { numRuns: 20, seed: 35 });
  const texts = [
    ...inputs.map((value) => JSON.stringify(value) ?? 'null'),
    // Broken JSON whose parser message quotes the text around the fault, control characters and all.
    '{"version":1,"sources":[\u001b[31m',
    // Many problems deep down: each path costs its depth, so they must not all be spelled out (24 KB; it once took 950 MB).
    `{"version":1,"sources":[],"regions":[],"partnerships":[${'['.repeat(4000)}{"x":{"sources":[${Array(4000).fill('"x"').join(',')}]}}${']'.repeat(4000)}]}`,
    `{"version":1,"sources":[],"regions":[],"partnerships":[${'['.repeat(3000)}${Array(3000).fill('{"date":"2021-02-30"}').join(',')}${']'.repeat(3000)}]}`,
    // The most problems the largest file read can hold (a million: every partnership wrong), and that file a byte longer.
    worst(MAX_BYTES),
    worst(MAX_BYTES + 2),
  ];
  texts.forEach((text, i) => {
    const file = join(dir, `input-${i}.json`);
    writeFileSync(file, text);
    // At most 256 MB of heap, whatever the file: a file that needed more would end in an out-of-memory crash.
    const r = spawnSync(process.execPath, ['--max-old-space-size=256', 'bin/cooperation-widgets.mjs', 'validate', file], { encoding: 'utf8' });
    assert.ok([0, 1, 2].includes(r.status), `input ${i}: exit ${r.status} ${r.signal ?? ''} ${r.stderr.slice(0, 300)}`);
    assert.doesNotMatch(r.stderr, /^\s+at |Error:/m, `input ${i}: a stack trace`);
     
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `input ${i}: a raw control character`);
  });
});
