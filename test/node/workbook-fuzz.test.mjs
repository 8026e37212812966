// Round trips of generated datasets through the workbook (issue 29): xlsx, ods and CSV (both
// separators) give back the same dataset, for every kind, every date precision, ends, planned and
// possible events, texts in one, two or three languages, and the texts spreadsheets like to
// mangle: leading zeros, = + - at the start, numbers and dates as text, ; and quotes, line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { EVENT_KINDS, PARTNERSHIP_KINDS, ROLES } from '../../dist/lib/data/schema.js';
import { validateDataset } from '../../dist/lib/data/validate.js';
import { SHEETS } from '../../dist/lib/workbook/format.js';
import { sheetName } from '../../dist/lib/workbook/labels.js';
import { readWorkbook, writeWorkbook } from '../../dist/lib/workbook/workbook.js';

const MANGLED = ['007', '=SUM(A1:A2)', '+46 8 123', '-5', '1e5', '2020-02', 'TRUE', 'a; b, c', 'say "hi"', 'line\nbreak', ' spaced ', 'é – « » ’', 'x'.repeat(2000)];
const text = fc.oneof(fc.constantFrom(...MANGLED), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s)));
const localized = fc.record({ sv: text, fr: text, en: text }, { requiredKeys: [] }).filter((t) => Object.keys(t).length > 0);
const date = fc.oneof(
  fc.integer({ min: 1000, max: 9999 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const refs = fc.constant(['s0']);
const event = (i) =>
  fc.record(
    { id: fc.constant(`e${i}`), date, end: date, kind: fc.constantFrom(...EVENT_KINDS), title: localized, description: localized, planned: fc.constant(true), possible: fc.constant(true), sources: refs },
    { requiredKeys: ['id', 'date', 'kind', 'title', 'sources'] },
  ).map((e) => (e.planned && e.possible ? { ...e, possible: undefined } : e));
const partnership = (i) =>
  fc.record(
    {
      id: fc.constant(`p${i}`), kind: fc.constantFrom(...PARTNERSHIP_KINDS), title: localized, summary: localized, participants: localized,
      regions: fc.constantFrom(...ROLES).map((role) => [{ id: 'r0', role }]),
      dates: fc.record({ decided: date, signed: date, inForce: date, termYears: fc.integer({ min: 1, max: 10 }), extensionYears: fc.integer({ min: 1, max: 10 }) }, { requiredKeys: [] }),
      priorityAreas: fc.array(fc.record({ title: localized, description: localized, sectors: fc.array(localized, { minLength: 1, maxLength: 2 }), sources: refs }, { requiredKeys: ['title', 'sources'] }), { maxLength: 2 })
        .map((areas) => areas.map((a, j) => ({ id: `a${j}`, ...a }))),
      timeline: fc.tuple(event(0), event(1)).map((es) => es.slice(0, 1 + (i % 2))),
      links: fc.array(fc.record({ url: fc.constantFrom('https://example.org/a', 'http://example.se/b?c=d'), label: localized }), { maxLength: 2 }),
      sources: refs,
    },
    { requiredKeys: ['id', 'kind', 'title', 'sources'] },
  );
const dataset = fc
  .record({
    sources: fc.tuple(fc.record({ title: localized, publisher: localized, date, url: fc.constant('https://example.org/s'), language: fc.constantFrom('sv', 'fr', 'en') }, { requiredKeys: ['title'] })),
    region: fc.record(
      {
        name: localized, population: fc.record({ value: fc.nat(), qualifier: fc.constantFrom('more-than', 'about'), year: fc.integer({ min: 1000, max: 9999 }), sources: refs }, { requiredKeys: ['value', 'sources'] }),
        leader: fc.record({ name: text, role: localized, year: fc.integer({ min: 1900, max: 2100 }), sources: refs }, { requiredKeys: ['name', 'role', 'sources'] }),
        facts: fc.array(fc.record({ text: localized, sources: refs }), { maxLength: 2 }),
      },
      { requiredKeys: ['name'] },
    ),
    partnerships: fc.tuple(partnership(0), partnership(1)),
  })
  .map(({ sources, region, partnerships }) => ({
    version: 1,
    sources: sources.map((s, i) => ({ id: `s${i}`, ...s })),
    regions: [{ id: 'r0', country: 'SE', sources: ['s0'], ...region }],
    partnerships,
  }))
  // An empty optional list is no list: a workbook has no rows for either (the widgets show the same).
  .map((d) => JSON.parse(JSON.stringify(d), (key, value) => (Array.isArray(value) && !value.length && key !== 'sources' ? undefined : value)))
  // Only what the validator accepts, as the widgets read it.
  .filter((d) => validateDataset(d).valid);

/** The workbook as CSV files, one per sheet (named in the workbook's language), separated by `separator`. */
const asCsv = (bytes, separator, lang) => {
  const book = XLSX.read(bytes);
  return Object.keys(SHEETS).map((key) => sheetName(key, lang)).map((name) => ({ name: `${name}.csv`, bytes: new TextEncoder().encode(XLSX.utils.sheet_to_csv(book.Sheets[name], { FS: separator })) }));
};

for (const [label, files] of [
  ['xlsx', async (d, lang) => [{ name: 'd.xlsx', bytes: await writeWorkbook(d, 'xlsx', lang) }]],
  ['ods', async (d, lang) => [{ name: 'd.ods', bytes: await writeWorkbook(d, 'ods', lang) }]],
  ['CSV, commas', async (d, lang) => asCsv(await writeWorkbook(d, 'xlsx', lang), ',', lang)],
  ['CSV, semicolons', async (d, lang) => asCsv(await writeWorkbook(d, 'xlsx', lang), ';', lang)],
]) {
  test(`generated datasets come back the same through ${label}, the workbook in Swedish, French or English`, async () => {
    await fc.assert(
      fc.asyncProperty(dataset, fc.constantFrom('sv', 'fr', 'en'), async (d, lang) => {
        const back = readWorkbook(await files(d, lang));
        assert.ok(back.valid, JSON.stringify(back.issues?.slice(0, 3)));
        assert.deepEqual(JSON.parse(JSON.stringify(back.data)), d);
      }),
      { numRuns: 100 },
    );
  });
}
