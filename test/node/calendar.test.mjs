// The iCalendar files (`cooperation-widgets calendar`, dist/calendar/), read back by a real parser
// (ical.js): one all-day VEVENT per timeline event at the date's precision, in the asked language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';

const bin = 'bin/cooperation-widgets.mjs';
const run = (...args) => spawnSync(process.execPath, [bin, 'calendar', ...args], { encoding: 'utf8' });
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
const ID = 'stockholm-ile-de-france';

/** The VEVENTs of an iCalendar text, by UID, as ical.js reads them. */
function events(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
  return {
    calendar,
    byUid: new Map(calendar.getAllSubcomponents('vevent').map((c) => [c.getFirstPropertyValue('uid'), new ICAL.Event(c)])),
  };
}
const day = (time) => time.toString();

test('one all-day event per timeline event, spanning the date at its precision, in the language asked for', () => {
  const r = run('--partnership', ID, '--lang', 'fr');
  assert.equal(r.status, 0, r.stderr);
  const p = bundled().partnerships.find((x) => x.id === ID);
  const { calendar, byUid } = events(r.stdout);
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), p.title.fr);
  assert.equal(byUid.size, p.timeline.length);
  for (const e of p.timeline) {
    const event = byUid.get(`${ID}.${e.id}@cooperation-widgets`);
    assert.ok(event, e.id);
    const status = e.possible ? 'Possible\u00a0: ' : e.planned ? 'Prévu\u00a0: ' : '';
    assert.equal(event.summary, status + (e.title.fr ?? e.title.en), e.id);
    assert.ok(event.startDate.isDate && event.endDate.isDate, `${e.id}: all-day`);
    assert.ok(event.component.getFirstPropertyValue('dtstamp'), `${e.id}: DTSTAMP`);
    if (e.description) assert.ok(event.description.startsWith(e.description.fr ?? e.description.en), e.id);
  }
  const at = (id) => byUid.get(`${ID}.${id}@cooperation-widgets`);
  // A day, a month: 2020-02-18 is that day; 2020-02 is all of February.
  assert.deepEqual([day(at('board-decision').startDate), day(at('board-decision').endDate)], ['2020-02-18', '2020-02-19']);
  assert.deepEqual([day(at('first-term-end').startDate), day(at('first-term-end').endDate)], ['2025-02-01', '2025-03-01']);
  // What the sources give as planned or possible is tentative, whatever its date; what they report happened is confirmed.
  assert.equal(at('possible-extension').component.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(at('signing').component.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(at('first-term-end').component.getFirstPropertyValue('status'), 'TENTATIVE');
  assert.equal(at('board-decision').component.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.match(at('signing').description, /Signature/);
});

test('a year is all of that year; Swedish and English text', () => {
  const sv = events(run('--partnership', 'industrial-transition-pilot', '--lang', 'sv').stdout).byUid;
  const selected = sv.get('industrial-transition-pilot.regions-selected@cooperation-widgets');
  assert.deepEqual([day(selected.startDate), day(selected.endDate)], ['2017-01-01', '2018-01-01']);
  const p = bundled().partnerships.find((x) => x.id === 'industrial-transition-pilot');
  assert.equal(selected.summary, p.timeline[0].title.sv);
  const en = events(run('--partnership', ID).stdout).byUid;
  assert.match(en.get(`${ID}.signing@cooperation-widgets`).description, /Signing/);
});

test('--data: the event spans to `end`, and its first source with a URL is its URL; --out writes the file', () => {
  const data = bundled();
  data.sources[0].url = 'https://example.org/press-release';
  const p = data.partnerships.find((x) => x.id === ID);
  p.timeline.find((e) => e.id === 'annual-reporting').end = '2024';
  p.timeline.find((e) => e.id === 'signing').end = '2019-06';
  const dir = mkdtempSync(join(tmpdir(), 'coop-ics-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const out = join(dir, 'out.ics');
  const r = run('--partnership', ID, '--data', file, '--out', out);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const reporting = events(readFileSync(out, 'utf8')).byUid.get(`${ID}.annual-reporting@cooperation-widgets`);
  assert.deepEqual([day(reporting.startDate), day(reporting.endDate)], ['2020-02-01', '2025-01-01']);
  assert.equal(reporting.component.getFirstPropertyValue('url'), 'https://example.org/press-release');
  const signing = events(readFileSync(out, 'utf8')).byUid.get(`${ID}.signing@cooperation-widgets`);
  assert.deepEqual([day(signing.startDate), day(signing.endDate)], ['2020-02-01', '2020-03-01'], 'an end before the date counts as none');
});

test('errors: unknown or undated partnership (exit 1, with the ids that have a timeline), bad arguments (exit 2)', () => {
  const unknown = run('--partnership', 'atlantis');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no partnership "atlantis" with a timeline \(these have one: stockholm-ile-de-france/);
  assert.equal(run('--partnership', 'cpmr').status, 1, 'cpmr has no timeline');
  assert.equal(run().status, 2);
  assert.equal(run('--partnership', ID, '--lang', 'de').status, 2);
  assert.equal(run('--partnership', ID, '--colour', 'red').status, 2);
});

test('the build wrote every calendar in every language, each one parsing, in its language', () => {
  const data = bundled();
  const dated = data.partnerships.filter((p) => p.timeline?.length);
  assert.ok(dated.length >= 1);
  for (const lang of ['sv', 'fr', 'en']) {
    for (const p of dated) {
      const { calendar, byUid } = events(readFileSync(`dist/calendar/${lang}/${p.id}.ics`, 'utf8'));
      assert.equal(byUid.size, p.timeline.length, `${lang}/${p.id}`);
      assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), p.title[lang] ?? p.title.en ?? p.title.sv);
    }
  }
});

test('an event before 1970 spans its own day, not the years to 1970', () => {
  const data = bundled();
  data.partnerships[0].timeline = [{ id: 'rome', date: '1957-03-25', kind: 'milestone', title: { en: 'Treaty of Rome' }, sources: ['eu-international-work'] }];
  const file = join(mkdtempSync(join(tmpdir(), 'coop-ics-')), 'old.json');
  writeFileSync(file, JSON.stringify(data));
  const r = run('--partnership', data.partnerships[0].id, '--data', file);
  assert.equal(r.status, 0, r.stderr);
  const event = events(r.stdout).byUid.get(`${data.partnerships[0].id}.rome@cooperation-widgets`);
  assert.deepEqual([day(event.startDate), day(event.endDate)], ['1957-03-25', '1957-03-26']);
});
