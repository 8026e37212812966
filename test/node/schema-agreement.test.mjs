// The shipped JSON Schema, checked by an independent validator (Ajv), agrees
// with the runtime validator on valid and broken datasets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { validateDataset } from '../../dist/lib/data/validate.js';

const schema = JSON.parse(readFileSync('schema/cooperation-widgets.schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const ajvValidate = ajv.compile(schema);
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));

/** Ajv's `/partnerships/0/title` → the runtime's `$.partnerships[0].title`. */
const toPath = (error) => {
  const keys = error.instancePath.split('/').slice(1);
  if (error.keyword === 'additionalProperties') keys.push(error.params.additionalProperty);
  if (error.keyword === 'required') keys.push(error.params.missingProperty);
  return keys.reduce((p, k) => (/^\d+$/.test(k) ? `${p}[${k}]` : `${p}.${k}`), '$');
};

const broken = {
  'no version': (d) => delete d.version,
  'version 2': (d) => (d.version = 2),
  'a missing kind': (d) => delete d.partnerships[0].kind,
  'an unknown kind': (d) => (d.partnerships[0].kind = 'treaty'),
  'a title with no language': (d) => (d.partnerships[1].title = {}),
  'an empty text': (d) => (d.partnerships[1].title = { en: '' }),
  'an unknown language': (d) => (d.partnerships[1].title = { de: 'Titel' }),
  'a month 13': (d) => (d.partnerships[0].dates.inForce = '2020-13'),
  'a date with time': (d) => (d.partnerships[0].timeline[0].date = '2020-02-18T10:00'),
  'a javascript: link': (d) => (d.partnerships[0].links = [{ url: 'javascript:alert(1)', label: { en: 'x' } }]),
  'a data: link': (d) => (d.partnerships[0].links = [{ url: 'data:text/html,x', label: { en: 'x' } }]),
  'a country name instead of a code': (d) => (d.regions[0].country = 'Sweden'),
  'a negative population': (d) => (d.regions[1].population.value = -1),
  'a fractional count': (d) => (d.regions[1].subdivisions.count = 8.5),
  'an id with spaces': (d) => (d.regions[0].id = 'Region Stockholm'),
  'a fact without sources': (d) => (d.regions[0].facts[0].sources = []),
  'an unknown field': (d) => (d.partnerships[0].colour = 'red'),
  'a string for an array': (d) => (d.partnerships[0].regions = 'stockholm'),
  'an unknown role': (d) => (d.partnerships[0].regions[0].role = 'owner'),
  'a planned date that is no date of a partnership': (d) => (d.partnerships[0].dates.planned = ['termYears']),
  'not an object': () => 'text',
};

test('both accept the bundled dataset', () => {
  const data = bundled();
  assert.equal(ajvValidate(data), true, JSON.stringify(ajvValidate.errors));
  assert.equal(validateDataset(data).valid, true);
});

for (const [what, breakIt] of Object.entries(broken)) {
  test(`both refuse ${what}, at the same paths`, () => {
    const data = bundled();
    const result = breakIt(data);
    const input = typeof result === 'string' ? result : data;
    assert.equal(ajvValidate(input), false, 'Ajv accepted it');
    const runtime = validateDataset(input);
    assert.equal(runtime.valid, false, 'the runtime validator accepted it');
    const ajvPaths = new Set(ajvValidate.errors.filter((e) => !['anyOf', 'oneOf'].includes(e.keyword)).map(toPath));
    const runtimePaths = new Set(runtime.issues.map((i) => i.path));
    for (const path of ajvPaths) assert.ok(runtimePaths.has(path), `Ajv: ${path}; runtime: ${[...runtimePaths]}`);
  });
}

test('what only the runtime checks (references, real days) is what the schema says it leaves out', () => {
  const cases = [
    (d) => (d.partnerships[0].sources = ['no-such-source']),
    (d) => (d.partnerships[0].regions = [{ id: 'atlantis', role: 'member' }]),
    (d) => (d.partnerships[0].timeline[0].possible = d.partnerships[0].timeline[0].planned = true),
    (d) => d.regions.push({ ...d.regions[0] }),
    (d) => (d.partnerships[0].timeline[0].date = '2021-02-30'),
  ];
  for (const breakIt of cases) {
    const data = bundled();
    breakIt(data);
    assert.equal(ajvValidate(data), true);
    assert.equal(validateDataset(data).valid, false);
  }
  assert.match(schema.description, /ids are unique, every source id and region id refers to an entry that exists.*no event is both planned and possible/);
});
