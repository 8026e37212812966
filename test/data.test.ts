import { expect, fixture, html } from '@open-wc/testing';
import { validateDataset, type CoopDataErrorDetail, type Dataset } from '../src/index.js';
import { bundledDataset } from '../src/data/bundled.js';
import { VERSION } from '../src/base/version.js';
import { mount, nextDataEvent, part, shadow, smallDataset, text, until } from './support/helpers.js';

const paths = (input: unknown) => {
  const result = validateDataset(input);
  expect(result.valid, 'expected the dataset to be invalid').to.be.false;
  return result.issues.map((i) => i.path);
};

describe('the bundled dataset', () => {
  it('is valid', () => {
    const result = validateDataset(bundledDataset);
    expect(result.issues).to.deep.equal([]);
    expect(result.valid).to.be.true;
  });

  it('holds the Stockholm–Île-de-France agreement in full', () => {
    const p = bundledDataset.partnerships.find((x) => x.id === 'stockholm-ile-de-france')!;
    expect(p.regions).to.deep.equal([{ id: 'stockholm', role: 'party' }, { id: 'ile-de-france', role: 'party' }]);
    expect(p.priorityAreas!.map((a) => a.id)).to.deep.equal(['industry', 'economy', 'urban-planning', 'environment']);
    expect(p.priorityAreas![0].sectors!.map((s) => s.en)).to.deep.equal([
      'Autonomous and connected vehicles',
      'Clean energy',
      'Artificial intelligence',
      'Biotechnology',
    ]);
    expect(p.dates, 'the sources give the signing and the entry into force as planned').to.deep.equal({
      decided: '2020-02-18', signed: '2020-02', inForce: '2020-02', termYears: 5, extensionYears: 5, planned: ['signed', 'inForce'],
    });
    expect(p.timeline!.map((e) => e.date)).to.deep.equal([
      '2017-11', '2019-01-01', '2020-01-09', '2020-02-18', '2020-02', '2020-02', '2020-02', '2025-02', '2025-02',
    ]);
    expect(p.timeline!.filter((e) => e.planned).map((e) => e.id), 'what the sources give as planned').to.deep.equal([
      'signing', 'entry-into-force', 'annual-reporting', 'first-term-end',
    ]);
    const extension = p.timeline!.at(-1)!;
    expect(extension.possible, 'the extension is a possibility, not a fact').to.be.true;
    expect(extension.end).to.equal('2030-02');
  });

  it('names the other cooperations of the sources and both regions', () => {
    expect(bundledDataset.partnerships.map((p) => p.id)).to.include.members([
      'cpmr', 'metrex', 'stockholm-region-eu-office', 'interreg-central-baltic', 's3-platform',
      'vanguard-initiative', 'industrial-transition-pilot', 'higher',
    ]);
    expect(bundledDataset.regions.map((r) => r.id)).to.deep.equal(['stockholm', 'ile-de-france']);
    const idf = bundledDataset.regions[1];
    expect(idf.population).to.deep.include({ value: 12_200_000, qualifier: 'more-than' });
    expect(idf.population!.year, 'the population as the press release of February 2020 gives it').to.equal(2020);
    expect(idf.subdivisions).to.deep.include({ count: 8, kind: 'department' });
    expect(idf.leader!.name).to.equal('Valérie Pécresse');
  });

  it('has every text in sv, fr and en but for proper names and source titles', () => {
    const missing: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        const keys = Object.keys(value);
        if (keys.length && keys.every((k) => ['sv', 'fr', 'en'].includes(k))) {
          if (keys.length < 3) missing.push(path);
        } else for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(bundledDataset.partnerships, '$.partnerships');
    walk(bundledDataset.regions, '$.regions');
    // Only names kept in their official form (CPMR and METREX have a French one, no Swedish: Swedish shows the English, marked lang="en").
    expect(missing).to.deep.equal(['$.partnerships[1].title', '$.partnerships[2].title', '$.partnerships[5].title', '$.partnerships[9].title']);
  });
});

describe('validateDataset', () => {
  it('reports the root when the input is not a dataset object', () => {
    for (const input of [null, 'text', 42, [], undefined]) expect(paths(input)).to.include('$');
  });

  it('reports a missing or wrong version', () => {
    const d: Record<string, unknown> = { ...smallDataset() };
    delete d.version;
    expect(paths(d)).to.deep.equal(['$.version']);
    expect(paths({ ...smallDataset(), version: 2 })).to.deep.equal(['$.version']);
  });

  it('says of a data file in another version of the format that this release does not read it, and nothing else', () => {
    const result = validateDataset({ version: 2, partnerships: 'a shape this release does not know' });
    expect(result).to.deep.equal({
      valid: false,
      issues: [{ path: '$.version', message: 'is format version 2; this release of cooperation-widgets reads version 1' }],
      more: 0,
      version: 2,
    });
  });

  const versionText = {
    sv: `Uppgifterna är skrivna i version 2 av formatet, som den här versionen av widgetarna (${VERSION}) inte kan läsa.`,
    fr: `Les données sont dans la version 2 du format, que cette version des widgets (${VERSION}) ne sait pas lire.`,
    en: `The data is in version 2 of the format, which this release of the widgets (${VERSION}) cannot read.`,
  };
  for (const [lang, expected] of Object.entries(versionText)) {
    it(`a widget given data in another version of the format says so in ${lang}, with the version in its event`, async () => {
      const { el, event } = await mount('coop-region-facts', { attrs: { region: 'north' }, data: { ...smallDataset(), version: 2 }, lang });
      const e = (await event) as CustomEvent<CoopDataErrorDetail>;
      expect(e.detail).to.include({ code: 'invalid-data', formatVersion: 2 });
      await until(() => text(el).includes(expected), `the ${lang} version message`);
      await expect(el).to.be.accessible();
    });
  }

  it('reports every problem at once, each with its JSON path', () => {
    const d = smallDataset() as unknown as { partnerships: Record<string, unknown>[]; regions: Record<string, unknown>[] };
    d.partnerships[0].title = {};
    d.partnerships[0].kind = 'treaty';
    d.partnerships[0].dates = { inForce: '2020-13' };
    d.regions[0].country = 'Sweden';
    d.partnerships[0].extra = true;
    const result = validateDataset(d);
    expect(result.valid).to.be.false;
    const p = result.issues.map((i) => i.path);
    expect(p).to.include.members([
      '$.partnerships[0].title',
      '$.partnerships[0].kind',
      '$.partnerships[0].dates.inForce',
      '$.regions[0].country',
      '$.partnerships[0].extra',
    ]);
    const title = result.issues.find((i) => i.path === '$.partnerships[0].title')!;
    expect(title.message).to.contain('at least one of sv, fr, en');
  });

  it('reports references to sources and regions that do not exist, and duplicate ids', () => {
    const d = smallDataset();
    d.partnerships[0].sources = ['nope'];
    d.partnerships[0].regions = [{ id: 'north', role: 'party' }, { id: 'south', role: 'party' }];
    d.partnerships[0].priorityAreas![0].sources = ['doc', 'missing'];
    d.regions.push({ ...d.regions[0] });
    expect(paths(d)).to.have.members([
      '$.regions[1].id',
      '$.partnerships[0].priorityAreas[0].sources[1]',
      '$.partnerships[0].sources[0]',
      '$.partnerships[0].regions[1].id',
    ]);
  });

  it('refuses dates that do not exist and links that are not http(s)', () => {
    const d = smallDataset();
    d.partnerships[0].timeline![0].date = '2021-02-30';
    d.partnerships[0].links = [
      { url: 'javascript:alert(1)', label: { en: 'x' } },
      { url: 'data:text/html,<script>alert(1)</script>', label: { en: 'y' } },
      { url: 'https://example.org/ok', label: { en: 'z' } },
    ];
    expect(paths(d)).to.have.members([
      '$.partnerships[0].timeline[0].date',
      '$.partnerships[0].links[0].url',
      '$.partnerships[0].links[1].url',
    ]);
  });

  it('requires a source on every fact', () => {
    const d = smallDataset();
    (d.regions[0] as Dataset['regions'][0]).facts = [{ text: { en: 'A fact' }, sources: [] }];
    expect(paths(d)).to.deep.equal(['$.regions[0].facts[0].sources']);
  });
});

describe('data sources and precedence', () => {
  const inlineData = () => {
    const d = smallDataset();
    d.partnerships[0].title = { en: 'From inline JSON' };
    return JSON.stringify(d);
  };

  it('uses .data before inline JSON, src and the bundled data', async () => {
    const data = smallDataset();
    data.partnerships[0].title = { en: 'From the property' };
    const { el, event } = await mount('coop-partnership-card', {
      attrs: { partnership: 'demo', src: '/__test/data' },
      data,
      inline: inlineData(),
    });
    expect((await event).detail.source).to.equal('property');
    expect(part(el, 'title').textContent).to.contain('From the property');
  });

  it('uses inline JSON before src', async () => {
    const { el, event } = await mount('coop-partnership-card', {
      attrs: { partnership: 'demo', src: '/__test/data' },
      inline: inlineData(),
    });
    expect((await event).detail.source).to.equal('inline');
    expect(part(el, 'title').textContent).to.contain('From inline JSON');
    await expect(el).to.be.accessible();
  });

  it('uses src before the bundled data', async () => {
    const { el, event } = await mount('coop-partnership-card', {
      attrs: { partnership: 'stockholm-ile-de-france', src: '/__test/data' },
    });
    const e = await event;
    expect(e.detail.source).to.equal('src');
    expect(e.detail.url).to.equal('/__test/data');
    expect(part(el, 'title').textContent).to.contain('Cooperation agreement');
  });

  it('switches to new data when .data is set later', async () => {
    const { el } = await mount('coop-partnership-card', { attrs: { partnership: 'demo' }, data: smallDataset() });
    const next = smallDataset();
    next.partnerships[0].title = { en: 'Replaced' };
    (el as unknown as { data: unknown }).data = next;
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(part(el, 'title').textContent).to.contain('Replaced');
  });

  const errors: [string, Record<string, string>, string | undefined, string, string][] = [
    ['src answers 404', { src: '/__test/status/404' }, undefined, 'not-found', 'The data file was not found.'],
    ['src answers 500', { src: '/__test/status/500' }, undefined, 'fetch-failed', 'the server answered 500'],
    ['src sends HTML', { src: '/__test/html' }, undefined, 'invalid-json', 'The data is not valid JSON.'],
    ['src takes too long', { src: '/__test/slow/3000', timeout: '200' }, undefined, 'timeout', 'took too long'],
    ['inline JSON is broken', {}, '{ "version": 1, ', 'invalid-json', 'Source: the JSON inside the element.'],
    ['inline JSON is empty', {}, '   ', 'invalid-json', 'The data is not valid JSON.'],
  ];
  for (const [what, attrs, inline, code, message] of errors) {
    it(`${what}: ${code} error, shown and sent as an event`, async () => {
      const { el, event } = await mount('coop-region-facts', { attrs: { region: 'stockholm', ...attrs }, inline });
      const e = (await event) as CustomEvent<CoopDataErrorDetail>;
      expect(e.type).to.equal('coop-data-error');
      expect(e.detail.code).to.equal(code);
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      expect(text(el)).to.contain(message);
      if (attrs.src) expect(text(el)).to.contain(attrs.src);
      await expect(el).to.be.accessible();
    });
  }

  it('invalid data: lists the first problems with their paths and counts the rest', async () => {
    const d = smallDataset() as unknown as { partnerships: Record<string, unknown>[] };
    d.partnerships = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}` }));
    const { el, event } = await mount('coop-priority-areas', { attrs: { partnership: 'p0' }, data: d, lang: 'sv' });
    const e = (await event) as CustomEvent<CoopDataErrorDetail>;
    expect(e.detail.code).to.equal('invalid-data');
    expect(e.detail.issues!.length).to.be.greaterThan(5);
    const items = [...part(el, 'error-issues').children].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(6);
    expect(items[0]).to.match(/^\$\.partnerships\[0\]\.\w+: /);
    expect(items[5]).to.equal(`och ${e.detail.issues!.length - 5} till`);
    expect(text(el)).to.contain('Uppgifterna följer inte formatet');
    await expect(el).to.be.accessible();
  });

  it('one broken widget leaves its neighbours working: before it, after it, and added later', async () => {
    const card = (inline?: string) => {
      const el = document.createElement('coop-partnership-card');
      el.setAttribute('partnership', inline ? 'x' : 'stockholm-ile-de-france');
      if (inline) el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: inline }));
      return el;
    };
    const [before, bad, after] = [card(), card('{oops'), card()];
    const events = [before, bad, after].map((el) => nextDataEvent(el));
    await fixture(html`<div lang="en">${before}${bad}${after}</div>`);
    expect((await Promise.all(events)).map((e) => e.type)).to.deep.equal(['coop-data-load', 'coop-data-error', 'coop-data-load']);
    const later = card();
    const laterEvent = nextDataEvent(later);
    bad.after(later);
    expect((await laterEvent).type).to.equal('coop-data-load');
    for (const el of [before, after, later]) expect(part(el, 'title').textContent).to.contain('Cooperation agreement');
    expect(shadow(bad).querySelector('[role="alert"]')).to.exist;
  });
});
