// `cooperation-widgets export`: the element with semantic fallback HTML inside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args) => spawnSync(process.execPath, ['bin/cooperation-widgets.mjs', 'export', ...args], { encoding: 'utf8' });

test('a partnership card in Swedish: the element, its attributes and the semantic HTML', () => {
  const r = run('coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--lang', 'sv', '--now', '2022-06-01');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<coop-partnership-card partnership="stockholm-ile-de-france" lang="sv" now="2022-06-01">/);
  assert.match(r.stdout, /<article part="base" class="root card" lang="sv">/);
  assert.match(r.stdout, /<h2 part="title" class="heading">Samarbetsavtal mellan Region Stockholm och Région Île-de-France<\/h2>/);
  // Even on a date after February 2020: the sources give the entry into force only as planned.
  assert.match(r.stdout, /<p part="status" class="status planned">Ikraftträdande planerat till februari 2020<\/p>/);
  assert.doesNotMatch(r.stdout, /I kraft sedan/);
  assert.match(r.stdout, /<dt>Avtalsparter<\/dt><dd>Region Stockholm och Région Île-de-France<\/dd>/);
  assert.match(r.stdout, /<time datetime="2020-02">februari 2020<\/time>/);
  assert.match(r.stdout, /<\/coop-partnership-card>\n<script type="application\/ld\+json">[^\n]*<\/script>\n$/, 'the element, then its JSON-LD');
  assert.doesNotMatch(r.stdout, /<!--|\son\w+=|\$\{|\[object/);
});

test('each element and language exports; priority areas open and marked expanded', () => {
  for (const lang of ['sv', 'fr', 'en']) {
    for (const [element, flag, id] of [
      ['coop-priority-areas', '--partnership', 'stockholm-ile-de-france'],
      ['coop-agreement-timeline', '--partnership', 'stockholm-ile-de-france'],
      ['coop-region-facts', '--region', 'ile-de-france'],
    ]) {
      const r = run(element, flag, id, '--lang', lang, '--heading-level', '3');
      assert.equal(r.status, 0, `${element} ${lang}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`^<${element} [^>]*lang="${lang}" heading-level="3"`));
      assert.match(r.stdout, /<h3 /);
    }
  }
  const areas = run('coop-priority-areas', '--partnership', 'stockholm-ile-de-france', '--lang', 'fr').stdout;
  assert.match(areas, / expanded>/);
  assert.doesNotMatch(areas, /<button|\shidden[\s>=]/);
  assert.match(areas, /Urbanisme et villes intelligentes/);
});

test('--data puts the dataset inline, escaped so it cannot close its script', () => {
  const data = JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
  data.partnerships[0].title.en = 'Title with </script><script>alert(1)</script> in it';
  const file = join(mkdtempSync(join(tmpdir(), 'coop-export-')), 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const r = run('coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--lang', 'en', '--data', file);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<script type="application\/json">\{"version":1/);
  assert.equal(r.stdout.match(/<\/script>/g).length, 2, 'only the data block and the JSON-LD block close a script');
  const block = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(r.stdout)[1];
  assert.equal(JSON.parse(block).partnerships[0].title.en, data.partnerships[0].title.en, 'the inline JSON still parses to the same data');
  assert.match(r.stdout, /Title with &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; in it/);
  const withSrc = run('coop-partnership-card', '--partnership', 'stockholm-ile-de-france', '--lang', 'en', '--data', file, '--src', 'https://example.org/d.json');
  assert.match(withSrc.stdout, / src="https:\/\/example.org\/d.json">/);
  assert.doesNotMatch(withSrc.stdout, /application\/json"/);
});

test('errors: unknown id, nothing to show, bad usage', () => {
  assert.equal(run('coop-region-facts', '--region', 'atlantis', '--lang', 'sv').status, 1);
  const empty = run('coop-priority-areas', '--partnership', 'cpmr', '--lang', 'sv');
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /nothing for <coop-priority-areas> to show/);
  assert.equal(run('coop-region-facts', '--region', 'stockholm').status, 2);
  assert.equal(run('coop-map', '--region', 'stockholm', '--lang', 'sv').status, 2);
});

test('every link a widget shows carries rel="noopener noreferrer" (the embed pages open links in a new tab)', () => {
  // The bundled data names its sources without addresses and has no partnership page: a file that has both.
  const data = JSON.parse(readFileSync('dist/data/cooperation.json', 'utf8'));
  for (const source of data.sources) source.url = `https://sources.test/${source.id}`;
  data.partnerships[0].links = [{ url: 'https://partner.test/', label: { en: 'The partnership' } }];
  const file = join(mkdtempSync(join(tmpdir(), 'coop-rel-')), 'data.json');
  writeFileSync(file, JSON.stringify(data));
  const links = [];
  for (const args of [
    ['coop-partnership-card', '--partnership', data.partnerships[0].id],
    ['coop-agreement-timeline', '--partnership', data.partnerships[0].id],
    ['coop-region-facts', '--region', 'stockholm'],
    ['coop-priority-areas', '--partnership', data.partnerships[0].id],
  ]) {
    const r = run(...args, '--lang', 'fr', '--no-json-ld', '--data', file, '--base', 'https://widgets.test/cooperation-widgets/0.1.0/');
    assert.equal(r.status, 0, r.stderr);
    links.push(...(r.stdout.match(/<a [^>]*>/g) ?? []));
  }
  // The calendar link: a timeline on the bundled data, with the address of its build.
  const timeline = run('coop-agreement-timeline', '--partnership', 'stockholm-ile-de-france', '--lang', 'fr', '--no-json-ld', '--base', 'https://widgets.test/cooperation-widgets/0.1.0/');
  links.push(...(timeline.stdout.match(/<a [^>]*>/g) ?? []));
  // The card's title, the sources, the calendar file: links of every kind are there.
  assert.ok(links.some((a) => a.includes('part="link"')) && links.some((a) => a.includes('sources.test')) && links.some((a) => a.includes('part="calendar"')), links.join('\n'));
  for (const a of links) assert.match(a, / rel="noopener noreferrer"/, a);
});
