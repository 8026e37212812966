// docs/content-review.md traces every item of the bundled data to the source text it comes from:
// an item without a row there, or a row for an item the data no longer has, fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The keys of the data's items, as the review names them. */
export function itemKeys(data) {
  const keys = [];
  for (const r of data.regions) {
    keys.push(`regions/${r.id}`);
    for (const part of ['leader', 'population', 'subdivisions', 'seat']) if (r[part]) keys.push(`regions/${r.id}/${part}`);
    (r.facts ?? []).forEach((_, i) => keys.push(`regions/${r.id}/facts/${i + 1}`));
  }
  for (const p of data.partnerships) {
    const at = `partnerships/${p.id}`;
    keys.push(at);
    for (const r of p.regions ?? []) keys.push(`${at}/regions/${r.id}`);
    for (const part of ['participants', 'dates', 'links']) if (p[part]) keys.push(`${at}/${part}`);
    for (const a of p.priorityAreas ?? []) keys.push(`${at}/areas/${a.id}`);
    for (const e of p.timeline ?? []) keys.push(`${at}/timeline/${e.id}`);
  }
  return keys;
}

/** The keys the review's tables name (the first cell of each row, in backticks). */
export const reviewedKeys = (markdown) => [...markdown.matchAll(/^\| `((?:regions|partnerships)\/[^`]+)` \|/gm)].map((m) => m[1]);

const data = JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
const review = readFileSync('docs/content-review.md', 'utf8');

test('every item of the bundled data is traced to its source in docs/content-review.md, and nothing else is', () => {
  const items = itemKeys(data);
  const rows = reviewedKeys(review);
  assert.deepEqual(items.filter((k) => !rows.includes(k)), [], 'items of the data without a row in the review');
  assert.deepEqual(rows.filter((k) => !items.includes(k)), [], 'rows of the review for items the data does not have');
  assert.equal(new Set(rows).size, rows.length, 'an item reviewed twice');
});

test('the check fails for a new fact that nobody traced', () => {
  const added = structuredClone(data);
  added.regions[1].facts.push({ text: { en: 'An untraced fact.' }, sources: ['press-release-2020'] });
  added.partnerships[0].timeline.push({ id: 'untraced', date: '2026', kind: 'milestone', title: { en: 'x' }, sources: ['press-release-2020'] });
  const rows = reviewedKeys(review);
  assert.deepEqual(itemKeys(added).filter((k) => !rows.includes(k)), ['regions/ile-de-france/facts/4', 'partnerships/stockholm-ile-de-france/timeline/untraced']);
});
