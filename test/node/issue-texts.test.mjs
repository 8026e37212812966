// The validator's messages in Swedish and French (src/workbook/issue-texts.ts), as the data editor
// and a workbook read in a language show them: every message the validator gives for a broken
// dataset — each kind of problem on purpose, then thousands of random breakages — has its rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundledDataset } from '../../dist/lib/data/bundled.js';
import { validateDataset } from '../../dist/lib/data/validate.js';
import { translateIssue } from '../../dist/lib/workbook/issue-texts.js';

const copy = () => JSON.parse(JSON.stringify(bundledDataset));
const untranslated = (input) =>
  (validateDataset(input).issues ?? []).flatMap(({ message }) => ['sv', 'fr'].filter((lang) => translateIssue(message, lang) === undefined).map((lang) => `${lang}: ${message}`));

/** One dataset for each thing the validator says. */
const BROKEN = {
  empty: (d) => (d.partnerships[0].title.sv = ''),
  control: (d) => (d.partnerships[0].title.sv = 'a\u0007b'),
  id: (d) => (d.partnerships[0].id = 'Not An Id'),
  date: (d) => (d.partnerships[0].timeline[0].date = '2020-13'),
  url: (d) => (d.sources[0].url = 'ftp://x'),
  noLanguage: (d) => (d.partnerships[0].title = {}),
  noSources: (d) => (d.partnerships[0].sources = []),
  country: (d) => (d.regions[0].country = 'Sweden'),
  realDate: (d) => (d.partnerships[0].timeline[0].date = '2021-02-30'),
  duplicate: (d) => (d.partnerships[1].id = d.partnerships[0].id),
  unknownSource: (d) => (d.partnerships[0].sources = ['no-such-source']),
  unknownRegion: (d) => (d.partnerships[0].regions[0].id = 'atlantis'),
  roleTwice: (d) => d.partnerships[0].regions.push({ ...d.partnerships[0].regions[0] }),
  plannedTwice: (d) => (d.partnerships[0].dates = { decided: '2017', planned: ['decided', 'decided'] }),
  plannedMissing: (d) => (d.partnerships[0].dates = { planned: ['signed'] }),
  plannedAndPossible: (d) => Object.assign(d.partnerships[0].timeline[0], { planned: true, possible: true }),
  unknownField: (d) => (d.partnerships[0].colour = 'red'),
  required: (d) => delete d.partnerships[0].kind,
  picklist: (d) => (d.partnerships[0].kind = 'treaty'),
  type: (d) => (d.partnerships[0].title.sv = 5),
  integer: (d) => (d.regions.find((r) => r.population).population.value = 1.5),
  min: (d) => (d.regions.find((r) => r.population).population.value = -1),
  max: (d) => (d.regions.find((r) => r.population).population.year = 12000),
};

test('every kind of problem the validator tells has its Swedish and French words', () => {
  for (const [name, breakIt] of Object.entries(BROKEN)) {
    const d = copy();
    breakIt(d);
    const result = validateDataset(d);
    assert.equal(result.valid, false, name);
    assert.deepEqual(untranslated(d), [], name);
  }
  for (const input of [[], 'text', { version: 2 }]) assert.deepEqual(untranslated(input), []);
  assert.equal(translateIssue('Invalid type: Expected number but received "12"', 'fr'), 'doit être un nombre, pas "12"');
  assert.equal(translateIssue('something no rule knows', 'sv'), undefined);
});

test('random breakages of the data: every message has its words', () => {
  // A value somewhere in the dataset replaced by anything, or removed.
  const paths = [];
  const walk = (value, path) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(bundledDataset, []);
  fc.assert(
    fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.option(fc.anything(), { nil: undefined }), (path, value) => {
      const d = copy();
      const parent = path.slice(0, -1).reduce((o, k) => o[k], d);
      if (value === undefined) delete parent[path.at(-1)];
      else parent[path.at(-1)] = value;
      assert.deepEqual(untranslated(d), []);
    }),
    { numRuns: 2000 },
  );
});
