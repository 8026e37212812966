// schema.org JSON-LD of the static export (`cooperation-widgets export`) and of the embed pages,
// parsed back: a partnership is a Project with its parties as members and its milestones as an
// ItemList of Events about it; a region is an AdministrativeArea in its Country; in the page's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'export', ...args], { encoding: 'utf8' });
const bundled = () => JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
const ID = 'stockholm-ile-de-france';

/** Every JSON-LD block of an HTML text, parsed. */
const blocks = (html) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));

test('export of a partnership widget: a Project with its regions as members in their roles and its milestones as an ItemList, in Swedish', () => {
  const r = run('coop-agreement-timeline', '--partnership', ID, '--lang', 'sv');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<\/coop-agreement-timeline>\n<script type="application\/ld\+json">/, 'after the element');
  const [graph] = blocks(r.stdout);
  assert.equal(graph['@context'], 'https://schema.org');
  const data = bundled();
  const p = data.partnerships.find((x) => x.id === ID);
  const [project, list] = graph['@graph'];
  assert.equal(project['@type'], 'Project');
  assert.equal(project.name, p.title.sv);
  assert.equal(project.description, p.summary.sv);
  assert.equal(project.foundingDate, undefined, 'the sources give the signing only as planned: no founding date');
  assert.deepEqual(
    project.member.map((m) => [m['@type'], m.roleName, m.member['@type'], m.member.name, m.member.areaServed['@type']]),
    p.regions.map(({ id }) => ['OrganizationRole', 'Avtalspart', 'GovernmentOrganization', data.regions.find((r) => r.id === id).name.sv, 'AdministrativeArea']),
  );
  assert.equal(list['@type'], 'ItemList');
  assert.equal(list.name, `${p.title.sv}: Tidslinje`);
  assert.equal(list.numberOfItems, p.timeline.length);
  list.itemListElement.forEach((li, i) => {
    const e = p.timeline[i];
    assert.deepEqual([li['@type'], li.position], ['ListItem', i + 1]);
    assert.deepEqual([li.item['@type'], li.item.name, li.item.startDate, li.item.endDate], ['Event', e.title.sv, e.date, e.end]);
    assert.deepEqual(li.item.about, { '@id': project['@id'] });
    assert.equal(li.item.eventStatus, e.planned ? 'https://schema.org/EventScheduled' : undefined, `${e.id}: scheduled only when planned`);
  });
});

test('only the timeline carries the milestones; --no-json-ld leaves the block out', () => {
  const [card] = blocks(run('coop-partnership-card', '--partnership', ID, '--lang', 'en').stdout);
  assert.deepEqual(card['@graph'].map((n) => n['@type']), ['Project']);
  const plain = run('coop-partnership-card', '--partnership', ID, '--lang', 'en', '--no-json-ld');
  assert.equal(plain.status, 0, plain.stderr);
  assert.deepEqual(blocks(plain.stdout), []);
  assert.match(plain.stdout, /<\/coop-partnership-card>\n$/);
});

test('the milestones are in the timeline’s order (by date), not the data’s', () => {
  const data = bundled();
  const p = data.partnerships.find((x) => x.id === ID);
  p.timeline.reverse();
  const dir = mkdtempSync(join(tmpdir(), 'coop-ld-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const [graph] = blocks(run('coop-agreement-timeline', '--partnership', ID, '--lang', 'en', '--data', file, '--src', 'https://example.org/d.json').stdout);
  const dates = graph['@graph'][1].itemListElement.map((li) => li.item.startDate);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], '2017-11');
});

test('export of a region: an AdministrativeArea in its Country, named in the language asked for', () => {
  const [graph] = blocks(run('coop-region-facts', '--region', 'ile-de-france', '--lang', 'fr').stdout);
  const [area] = graph['@graph'];
  assert.equal(area['@type'], 'AdministrativeArea');
  assert.equal(area.name, 'Région Île-de-France');
  assert.deepEqual(area.containedInPlace, { '@type': 'Country', identifier: 'FR', name: 'France' });
  const [en] = blocks(run('coop-region-facts', '--region', 'stockholm', '--lang', 'en').stdout)[0]['@graph'];
  assert.equal(en.containedInPlace.name, 'Sweden');
});

test('a partnership without a timeline has no ItemList; text from data cannot end the script element', () => {
  const data = bundled();
  const p = data.partnerships.find((x) => x.id === 'cpmr');
  p.title = { en: 'Regions </script><script>alert(1)</script>' };
  const dir = mkdtempSync(join(tmpdir(), 'coop-ld-'));
  const file = join(dir, 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const r = run('coop-partnership-card', '--partnership', 'cpmr', '--lang', 'en', '--data', file, '--src', 'https://example.org/data.json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.match(/<\/script>/g).length, 1, 'only the JSON-LD block’s own end tag');
  const [graph] = blocks(r.stdout);
  assert.equal(graph['@graph'].length, 1);
  assert.equal(graph['@graph'][0].name, 'Regions </script><script>alert(1)</script>');
});

test('every prerendered embed page has the JSON-LD of what it shows, in its language', () => {
  const timeline = readFileSync(`dist/embed/fr/agreement-timeline/${ID}.html`, 'utf8');
  const head = timeline.slice(0, timeline.indexOf('</head>'));
  const [graph] = blocks(head);
  assert.equal(graph['@graph'][0].name, bundled().partnerships.find((x) => x.id === ID).title.fr);
  assert.equal(graph['@graph'][1].name.endsWith(': Chronologie'), true, graph['@graph'][1].name);
  const facts = blocks(readFileSync('dist/embed/sv/region-facts/ile-de-france.html', 'utf8'))[0]['@graph'][0];
  assert.deepEqual([facts['@type'], facts.name, facts.containedInPlace.name], ['AdministrativeArea', 'Région Île-de-France', 'Frankrike']);
});
