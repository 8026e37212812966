// The command line for data authors: `cooperation-widgets validate <file>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = 'bin/cooperation-widgets.mjs';
const dir = mkdtempSync(join(tmpdir(), 'coop-cli-'));
const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const write = (name, content) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));

test('validate: exit 0 on the bundled dataset', () => {
  const r = run('validate', 'dist/data/cooperation.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /valid \(10 partnerships, 2 regions, 8 sources\)/);
});

test('validate: every error with its JSON path, exit 1', () => {
  const data = bundled();
  delete data.partnerships[0].kind;
  data.partnerships[1].title = {};
  data.regions[1].population.value = -5;
  data.partnerships[2].sources = ['no-such-source'];
  data.partnerships[0].links = [{ url: 'javascript:alert(1)', label: { en: 'x' } }];
  data.partnerships[3].links = [{ url: 'https://trusted.se@evil.example/', label: { en: 'x' } }];
  const r = run('validate', write('broken.json', data));
  assert.equal(r.status, 1);
  for (const path of [
    '$.partnerships[0].kind: is required',
    '$.partnerships[1].title: needs at least one of sv, fr, en',
    '$.regions[1].population.value',
    '$.partnerships[2].sources[0]: unknown source id "no-such-source"',
    '$.partnerships[0].links[0].url: must be an http(s) URL, with no user name or password in it',
    '$.partnerships[3].links[0].url: must be an http(s) URL, with no user name or password in it',
  ]) {
    assert.ok(r.stderr.includes(path), `missing “${path}” in:\n${r.stderr}`);
  }
  assert.match(r.stderr, /: 6 problems/);
});

test('validate: broken JSON exits 1, a missing file or no file exits 2', () => {
  assert.equal(run('validate', write('truncated.json', '{"version": 1,')).status, 1);
  assert.equal(run('validate', join(dir, 'nope.json')).status, 2);
  assert.equal(run('validate').status, 2);
  assert.equal(run('frobnicate').status, 2);
});

test('validate: the checks of regions and plans, each located', () => {
  const data = bundled();
  const p = data.partnerships[0];
  p.regions.push({ id: 'stockholm', role: 'party' });
  p.dates.planned = ['inForce', 'inForce'];
  delete p.dates.signed;
  p.dates.planned.push('signed');
  data.partnerships[1].timeline = [{ id: 'x', date: '0999', kind: 'milestone', title: { en: 'x' }, sources: ['eu-international-work'] }];
  const r = run('validate', write('regions-plans.json', data));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.regions\[2\]: region "stockholm" is already listed as "party"/);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.dates\.planned\[1\]: "inForce" is listed twice/);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.dates\.planned\[2\]: there is no signed date to be planned/);
  assert.match(r.stderr, /\$\.partnerships\[1\]\.timeline\[0\]\.date: must be an ISO 8601 date/);
});

test('validate: never a stack trace, however deep the nesting or however many the problems; the first 100 listed', () => {
  const data = bundled();
  data.partnerships[0].junk = '__DEEP__';
  data.partnerships[1].regions = Array.from({ length: 40_000 }, (_, i) => ({ id: `r${i}`, role: 'member' }));
  // 20,000 levels of nesting, written as text: JSON.stringify itself would overflow on it.
  const deep = `${'{"a":'.repeat(20_000)}{}${'}'.repeat(20_000)}`;
  const r = run('validate', write('deep-and-wide.json', JSON.stringify(data).replace('"__DEEP__"', deep)));
  assert.equal(r.status, 1, r.stderr.slice(0, 500));
  assert.doesNotMatch(r.stderr, /RangeError|at \w+ \(/);
  assert.match(r.stderr, /: 40,001 problems\n/);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.junk: is not a field of this format/);
  assert.match(r.stderr, /\$\.partnerships\[1\]\.regions\[98\]\.id: unknown region id "r98"\n/);
  assert.doesNotMatch(r.stderr, /regions\[99\]/);
  assert.match(r.stderr, /… and 39,901 more \(only the first 100 are listed\)\n$/);
  assert.equal(r.stderr.trim().split('\n').length, 102);
});

test('validate: a file of a million problems: the first 100 listed, and where the check stopped looking', () => {
  const r = run('validate', write('million.json', `{"version":1,"sources":[],"regions":[],"partnerships":[${'0,'.repeat(999_970)}0]}`));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /million\.json: at least 1,000 problems\n/);
  assert.match(r.stderr, /\$\.partnerships\[99\]: /);
  assert.match(r.stderr, /… and at least 900 more \(only the first 100 are listed; the check stops looking after 1,000 problems\)\n$/);
});

test('validate: a file larger than a widget reads is refused before it is read', () => {
  const r = run('validate', write('huge.json', `{"version":1,"pad":"${'x'.repeat(2_000_001)}"}`));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /huge\.json: over the 2 MB \(2,000,000 bytes\) a widget reads; not checked\n$/);
  // Not a file of known size: a device that never ends, and a pipe, read no further than that.
  const zero = run('validate', '/dev/zero');
  assert.equal(zero.status, 1);
  assert.match(zero.stderr, /\/dev\/zero: over the 2 MB/);
  const piped = spawnSync('sh', ['-c', `head -c 3000000 /dev/zero | "${process.execPath}" ${bin} validate /dev/stdin`], { encoding: 'utf8' });
  assert.equal(piped.status, 1);
  assert.match(piped.stderr, /over the 2 MB/);
});

test('the command line never prints a stack trace or a raw control character, whatever its arguments', () => {
  const esc = '\u001b]0;PWNED\u0007\u001b[31m';
  for (const args of [
    ['embed', 'coop-partnership-card', '--partnership', `x${esc}`, '--tier', 'script'],
    ['export', 'coop-region-facts', '--region', `x${esc}`, '--lang', 'sv'],
    ['calendar', '--partnership', `x${esc}`],
    ['embed', 'coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--tier', 'link', '--lang', 'sv', '--base', '\u001bhttps://x.test/a/\r\u001b[2Kfake/'],
    ['calendar', '--partnership', 'stockholm-ile-de-france', '--out', '/nonexistent/x.ics'],
    [`--${esc}`],
  ]) {
    const r = run(...args);
    assert.ok([1, 2].includes(r.status), `${args.join(' ')}: exit ${r.status}`);
    assert.doesNotMatch(r.stderr, /^\s+at /m, `${args[0]}: a stack trace`);
     
    assert.doesNotMatch(r.stdout + r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, `${args.join(' ')}: a raw control character`);
  }
  assert.match(run('calendar', '--partnership', 'stockholm-ile-de-france', '--out', '/nonexistent/x.ics').stderr, /cannot write \/nonexistent\/x\.ics \(ENOENT\)/);
});

test('validate: a byte order mark is read as a widget reads it (ignored), and text with control characters is refused', () => {
  assert.equal(run('validate', write('bom.json', `\uFEFF${readFileSync('dist/data/cooperation.json', 'utf8')}`)).status, 0);
  const data = bundled();
  data.partnerships[0].timeline[0].title.en = 'x\u001b]0;PWNED\u0007';
  const r = run('validate', write('ctl.json', data));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.timeline\[0\]\.title\.en: must not contain control characters/);
});

test('validate: bidirectional controls, which would reorder what is shown or printed, are refused in texts and links', () => {
  const data = bundled();
  data.regions[0].name.sv = 'Region \u202Emlohkcots';
  data.regions[1].name.en = 'R\u2067x\u2069';
  data.partnerships[0].links = [{ url: 'https://evil.example/\u202Eelpmaxe.detsurt//:sptth', label: { en: 'Page' } }];
  const r = run('validate', write('bidi.json', data));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.regions\[0\]\.name\.sv: must not contain control characters/);
  assert.match(r.stderr, /\$\.regions\[1\]\.name\.en: must not contain control characters/);
  assert.match(r.stderr, /\$\.partnerships\[0\]\.links\[0\]\.url: must be an http\(s\) URL/);
});

test('validate: control characters in keys, values and the file name are printed escaped', () => {
  const data = bundled();
  data.partnerships[0]['\u001b[31mred\u0007'] = 1;
  data.partnerships[1].id = data.partnerships[0].id;
  data.regions[0]['\u202eevil'] = 1;
  const r = run('validate', write('esc\u001b[2J.json', data));
  assert.equal(r.status, 1);
   
  assert.doesNotMatch(r.stderr, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, 'no raw control character');
  assert.match(r.stderr, /esc\\u001b\[2J\.json: 3 problems/);
  assert.match(r.stderr, /\$\.partnerships\[0\]\["\\u001b\[31mred\\u0007"\]: is not a field of this format/);
  assert.match(r.stderr, /\$\.regions\[0\]\["\\u202eevil"\]: is not a field of this format/);
});

test('export and calendar write their whole output into a pipe (not cut at the pipe’s 64 KB)', () => {
  const data = bundled();
  const p = data.partnerships[0];
  p.timeline = Array.from({ length: 3000 }, (_, i) => ({ id: `e${i}`, date: '2021-05', kind: 'milestone', title: { en: `Event ${i}` }, sources: ['eu-international-work'] }));
  const file = write('long.json', data);
  for (const args of [['export', 'coop-agreement-timeline', '--partnership', p.id, '--lang', 'en', '--data', file], ['calendar', '--partnership', p.id, '--data', file]]) {
    // A shell pipe, as a build script or a user would use it: the child writes into a pipe, not a file.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" ${bin} ${args.map((a) => `'${a}'`).join(' ')} | cat`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 200_000, `${args[0]}: ${r.stdout.length} characters`);
    assert.match(r.stdout, args[0] === 'export' ? /<\/coop-agreement-timeline>\n<script type="application\/ld\+json">[^\n]*<\/script>\n$/ : /END:VCALENDAR\r\n$/, args[0]);
  }
});
