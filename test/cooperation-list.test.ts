import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
import { LANGS, describeStates, mount, nextDataEvent, part, reportedDataset, shadow, smallDataset } from './support/helpers.js';
import { CARD_PLANNED, CARD_STATUSES, LIST } from './support/elements.js';

const TAG = 'coop-cooperation-list';

describeStates(LIST);

const collapse = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
/** The groups as [heading, [item titles]], in the order shown. */
const groups = (el: Element) =>
  [...shadow(el).querySelectorAll('[part="group"]')].map((g) => [
    collapse(g.querySelector('[part="group-heading"]')!.textContent),
    [...g.querySelectorAll('[part="title"]')].map((t) => collapse(t.textContent)),
  ]);
/** An item's facts as "term: value" rows. */
const facts = (li: Element) =>
  [...li.querySelector('[part="facts"]')!.children].map((row) => `${collapse(row.querySelector('dt')!.textContent)}: ${collapse(row.querySelector('dd')!.textContent)}`);
/** The item whose title contains `title`. */
const item = (el: Element, title: string) =>
  [...shadow(el).querySelectorAll('[part="item"]')].find((li) => li.querySelector('[part="title"]')!.textContent!.includes(title))!;

describe('coop-cooperation-list content', () => {
  const expected = {
    sv: {
      heading: 'Samarbeten som Region Stockholm deltar i',
      groups: [
        ['Bilaterala avtal', ['Samarbetsavtal mellan Region Stockholm och Région Île-de-France']],
        ['Nätverk', ['Conference of Peripheral and Maritime Regions (CPMR)', 'The Network of European Metropolitan Regions and Areas (METREX)']],
        ['Plattformar', ['S3-plattformen']],
        ['Program', ['Interreg Central Baltic']],
        ['Kontor', ['Stockholmsregionens Europakontor i Bryssel']],
        ['Partnerskap för EU-medel', ['Strukturfondspartnerskapet i Stockholms län']],
      ],
    },
    fr: {
      // (collapse() makes the no-break space before the colon a space; the test below looks at it as it is.)
      heading: 'Coopérations auxquelles participe Region Stockholm',
      groups: [
        ['Accords bilatéraux', ['Accord de coopération entre Region Stockholm et la Région Île-de-France']],
        ['Réseaux', ['Conférence des régions périphériques maritimes (CRPM)', 'Réseau des régions et aires métropolitaines européennes (METREX)']],
        ['Plateformes', ['Plateforme S3']],
        ['Programmes', ['Interreg Central Baltic']],
        ['Bureaux', ['Bureau européen de la région de Stockholm à Bruxelles']],
        ['Partenariats pour les fonds européens', ['Partenariat des fonds structurels du comté de Stockholm']],
      ],
    },
    en: {
      heading: 'Cooperation involving Region Stockholm',
      groups: [
        ['Bilateral agreements', ['Cooperation agreement between Region Stockholm and Région Île-de-France']],
        ['Networks', ['Conference of Peripheral and Maritime Regions (CPMR)', 'The Network of European Metropolitan Regions and Areas (METREX)']],
        ['Platforms', ['S3 Platform']],
        ['Programmes', ['Interreg Central Baltic']],
        ['Offices', ['Stockholm Region EU Office in Brussels']],
        ['EU funding partnerships', ['Structural Funds Partnership for Stockholm County']],
      ],
    },
  };
  for (const lang of LANGS) {
    it(`lists Region Stockholm’s cooperations grouped by kind, under real headings, in ${lang}`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang });
      expect(collapse(part(el, 'heading').textContent)).to.equal(expected[lang].heading);
      expect(groups(el)).to.deep.equal(expected[lang].groups);
      // h2 for the list, h3 for a kind, h4 for a cooperation; each group a <ul> of <li>.
      expect(part(el, 'heading').localName).to.equal('h2');
      for (const g of shadow(el).querySelectorAll('[part="group"]')) {
        expect(g.querySelector('[part="group-heading"]')!.localName).to.equal('h3');
        expect(g.querySelector('[part="list"]')!.localName).to.equal('ul');
        for (const li of g.querySelectorAll('[part="list"] > *')) expect(li.localName).to.equal('li');
        for (const t of g.querySelectorAll('[part="title"]')) expect(t.localName).to.equal('h4');
      }
      await expect(el).to.be.accessible();
    });
  }

  it('French sets a no-break space before the colon of its heading', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang: 'fr' });
    expect(part(el, 'heading').textContent!.trim()).to.equal('Coopérations auxquelles participe Region Stockholm');
  });

  it('says what each cooperation is: the regions by role, its summary and its sources, in the sources’ words', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang: 'en' });
    const fund = item(el, 'Structural Funds Partnership');
    expect(facts(fund)).to.deep.equal(['Hosts the secretariat: Region Stockholm']);
    expect(fund.querySelector('[part="summary"]')!.textContent).to.contain('eight seats');
    expect(fund.querySelector('[part="sources"]')!.textContent).to.contain('EU och internationellt arbete');
    expect(facts(item(el, 'Interreg'))).to.deep.equal(['Hosts a national contact point: Region Stockholm']);
    // Region Stockholm is one of three main owners (seed 002): the other two are said too, as on the card.
    expect(facts(item(el, 'EU Office'))).to.deep.equal(['Main owner: Region Stockholm', 'Participants: The City of Stockholm and Storsthlm, also main owners.']);
    const agreement = item(el, 'Cooperation agreement');
    expect(facts(agreement)).to.deep.equal(['Parties: Region Stockholm and Région Île-de-France', 'Planned period: February 2020 – February 2025']);
    // A cooperation without dates has no status and no period: nothing is made up.
    expect(item(el, 'CPMR').querySelector('[part="status"]')).to.be.null;
    expect(item(el, 'CPMR').textContent).not.to.contain('Period');
  });

  for (const lang of LANGS) {
    it(`gives each cooperation the card’s computed status (${lang})`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'ile-de-france', now: '2026-12-07' }, lang });
      // Île-de-France takes part in the agreement alone, whose entry into force the sources give as planned.
      expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(1);
      expect(collapse(part(el, 'status').textContent)).to.equal(CARD_PLANNED[lang]);
    });
  }

  for (const [now, lang, status] of CARD_STATUSES) {
    it(`on dates the sources report, the same status as the card on ${now} (${lang})`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'stockholm', now }, lang, data: reportedDataset() });
      const card = (await mount('coop-partnership-card', { attrs: { partnership: 'stockholm-ile-de-france', now }, lang, data: reportedDataset() })).el;
      const shown = collapse(shadow(el).querySelector('[part="status"]')!.textContent);
      expect(shown).to.equal(status);
      expect(shown).to.equal(collapse(part(card, 'status').textContent));
    });
  }

  it('without a region, lists every cooperation in the data under a general heading', async () => {
    const { el, event } = await mount(TAG, { lang: 'sv' });
    expect((await event).detail).to.include({ source: 'bundled', id: '' });
    expect(collapse(part(el, 'heading').textContent)).to.equal('Samarbeten');
    const titles = [...shadow(el).querySelectorAll('[part="title"]')];
    expect(titles).to.have.length(bundledDataset.partnerships.length);
    expect(groups(el).map(([heading]) => heading)).to.include('Pilotinsatser');
    // A cooperation without regions or dates has no empty list of facts.
    expect(shadow(el).querySelectorAll('dl:empty')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a region that takes part in nothing shows the empty state; one missing from the data, a not-found error', async () => {
    const data = smallDataset();
    data.regions.push({ ...data.regions[0], id: 'lonely' });
    const { el } = await mount(TAG, { attrs: { region: 'lonely' }, data, lang: 'fr' });
    expect(part(el, 'empty').textContent).to.contain('Il n’y a encore aucune coopération à présenter ici.');
    await expect(el).to.be.accessible();
  });

  it('follows heading-level, and caps the levels below it at h6', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm', 'heading-level': '5' }, lang: 'en' });
    expect(part(el, 'heading').localName).to.equal('h5');
    expect(part(el, 'group-heading').localName).to.equal('h6');
    expect(part(el, 'title').localName).to.equal('h6');
  });
});

describe('coop-cooperation-list, odd region values', () => {
  it('a region property whose toString throws names nothing: a localized not-found error, not a blank widget', async () => {
    const el = document.createElement(TAG) as HTMLElement & { region: unknown };
    el.region = {
      toString() {
        throw new Error('boom');
      },
    };
    const event = nextDataEvent(el);
    document.body.append(el);
    try {
      const e = await event;
      expect(e.type).to.equal('coop-data-error');
      expect((e as CustomEvent<{ code: string }>).detail.code).to.equal('not-found');
      expect(shadow(el).querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
