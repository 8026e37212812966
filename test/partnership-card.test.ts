import { expect, fixture, html } from '@open-wc/testing';
import type { CoopDataErrorDetail } from '../src/index.js';
import { LANGS, describeStates, mount, part, reportedDataset, shadow, smallDataset, statusOf, text, until } from './support/helpers.js';
import { CARD, CARD_PLANNED, CARD_STATUSES } from './support/elements.js';

const TAG = 'coop-partnership-card';
const ID = { partnership: 'stockholm-ile-de-france' };

describeStates(CARD);

describe('coop-partnership-card content', () => {
  it('is an <article> with a real heading, the parties by role, the planned period, the possible extension and the number of priority areas', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2022-06-01' }, lang: 'sv' });
    const article = shadow(el).querySelector('article')!;
    const h2 = article.querySelector('h2')!;
    expect(h2.getAttribute('part')).to.equal('title');
    expect(h2.textContent).to.contain('Samarbetsavtal mellan Region Stockholm och Région Île-de-France');
    const rows = [...part(el, 'facts').children].map((row) => [row.querySelector('dt')!.textContent, row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ')]);
    expect(rows).to.deep.equal([
      ['Avtalsparter', 'Region Stockholm och Région Île-de-France'],
      ['Planerad period', 'februari 2020 – februari 2025'],
      ['Möjlig förlängning', 'februari 2025 – februari 2030'],
      ['Prioriterade områden', '4 prioriterade områden'],
    ]);
    const times = [...part(el, 'facts').querySelectorAll('time')].map((t) => t.dateTime);
    expect(times).to.deep.equal(['2020-02', '2025-02', '2025-02', '2030-02']);
    expect(part(el, 'summary').textContent).to.contain('huvudstadsregioner');
    await expect(el).to.be.accessible();
  });

  for (const lang of LANGS) {
    it(`claims no more than the sources report (${lang}): the entry into force stays planned on any date`, async () => {
      for (const now of ['2019-06-01', '2022-06-01', '2026-12-07', '2031-01-01']) {
        const { el } = await mount(TAG, { attrs: { ...ID, now }, lang });
        expect(statusOf(el), now).to.equal(CARD_PLANNED[lang]);
        expect(part(el, 'status').classList.contains('planned'), now).to.be.true;
      }
    });
  }

  for (const [now, lang, expected] of CARD_STATUSES) {
    it(`computes the status from the dates a source reports, on ${now} (${lang}): “${expected}”`, async () => {
      const { el } = await mount(TAG, { attrs: { ...ID, now }, lang, data: reportedDataset() });
      expect(statusOf(el)).to.equal(expected);
      expect(part(el, 'facts').textContent, 'a reported period is no longer “planned”').to.contain({ sv: 'Period', fr: 'Période', en: 'Period' }[lang]);
    });
  }

  it('names each role in its language: a network’s members, an office’s main owner, a programme’s contact-point host', async () => {
    const expected = {
      sv: { cpmr: 'Medlem', 'stockholm-region-eu-office': 'Huvudägare', 'interreg-central-baltic': 'Värd för nationell kontaktpunkt' },
      fr: { cpmr: 'Membre', 'stockholm-region-eu-office': 'Propriétaire principal', 'interreg-central-baltic': 'Accueille un point de contact national' },
      en: { cpmr: 'Member', 'stockholm-region-eu-office': 'Main owner', 'interreg-central-baltic': 'Hosts a national contact point' },
    };
    for (const lang of LANGS) {
      for (const [partnership, term] of Object.entries(expected[lang])) {
        const { el } = await mount(TAG, { attrs: { partnership }, lang });
        const terms = [...part(el, 'facts').querySelectorAll('dt')].map((dt) => dt.textContent);
        expect(terms, `${partnership} in ${lang}`).to.include(term);
        expect(terms.join(' '), 'no region is a “party” to a network').not.to.match(/part(er|ies|ie)\b/i);
      }
    }
  });

  it('shows the possible extension while it is possible, not after it', async () => {
    const terms = async (now: string) => {
      const { el } = await mount(TAG, { attrs: { ...ID, now }, lang: 'en', data: reportedDataset() });
      return [...part(el, 'facts').querySelectorAll('dt')].map((dt) => dt.textContent);
    };
    expect(await terms('2026-12-07')).to.include('Possible extension');
    expect(await terms('2031-01-01')).not.to.include('Possible extension');
  });

  it('names each kind as the sources do: a platform, a pilot, a programme, a network, an office', async () => {
    const kinds = { 's3-platform': 'Plattform', 'industrial-transition-pilot': 'Pilot', 'interreg-central-baltic': 'Program', cpmr: 'Nätverk', 'stockholm-region-eu-office': 'Kontor' };
    for (const [partnership, kind] of Object.entries(kinds)) {
      const { el } = await mount(TAG, { attrs: { partnership }, lang: 'sv' });
      expect(part(el, 'kind').textContent, partnership).to.equal(kind);
    }
    const { el } = await mount(TAG, { attrs: { partnership: 'industrial-transition-pilot' }, lang: 'fr' });
    expect(part(el, 'kind').textContent).to.equal('Action pilote');
    await expect(el).to.be.accessible();
  });

  it('ends each term with a colon, in French after a no-break space', async () => {
    const after = async (lang: string) => {
      const { el } = await mount(TAG, { attrs: ID, lang });
      return getComputedStyle(part(el, 'facts').querySelector('dt')!, '::after').content;
    };
    expect(await after('sv')).to.equal('":"');
    expect(await after('fr')).to.equal('"\u00a0:"');
  });

  it('lists several regions of one role under the plural term', async () => {
    const data = smallDataset();
    data.regions.push({ ...data.regions[0], id: 'south', name: { en: 'South Region', sv: 'Södra regionen', fr: 'Région Sud' } });
    data.partnerships[0].regions = [{ id: 'north', role: 'member' }, { id: 'south', role: 'member' }];
    const { el } = await mount(TAG, { attrs: { partnership: 'demo' }, lang: 'fr', data });
    const row = part(el, 'facts').firstElementChild!;
    expect(row.querySelector('dt')!.textContent).to.equal('Membres');
    expect(row.querySelector('dd')!.textContent).to.equal('Région Nord et Région Sud');
    await expect(el).to.be.accessible();
  });

  it('uses the clock when `now` is not set: the status is the one for today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { el: clock } = await mount(TAG, { attrs: ID, lang: 'en', data: reportedDataset() });
    const { el: fixed } = await mount(TAG, { attrs: { ...ID, now: today }, lang: 'en', data: reportedDataset() });
    expect(statusOf(clock)).to.equal(statusOf(fixed));
  });

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" renders an <h${level}>`, async () => {
      const { el } = await mount(TAG, { attrs: { ...ID, 'heading-level': String(level) } });
      expect(part(el, 'title').localName).to.equal(`h${level}`);
      await expect(el).to.be.accessible();
    });
  }

  it('falls back to <h2> for an invalid heading-level', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, 'heading-level': '9' } });
    expect(part(el, 'title').localName).to.equal('h2');
  });

  it('links the title when the data has an http(s) link', async () => {
    const data = smallDataset();
    data.partnerships[0].links = [{ url: 'https://example.org/demo', label: { en: 'Demo' } }];
    const { el } = await mount(TAG, { attrs: { partnership: 'demo' }, data });
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/demo');
    expect(link.closest('h2')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: link with an invalid-data error that names the path', async () => {
    const data = smallDataset();
    data.partnerships[0].links = [{ url: 'javascript:alert(1)', label: { en: 'x' } }];
    const { el, event } = await mount(TAG, { attrs: { partnership: 'demo' }, data });
    const e = (await event) as CustomEvent<CoopDataErrorDetail>;
    expect(e.detail.code).to.equal('invalid-data');
    expect(e.detail.issues!.map((i) => i.path)).to.include('$.partnerships[0].links[0].url');
    expect(shadow(el).querySelector('a')).to.be.null;
    expect(part(el, 'error-issues').textContent).to.contain('$.partnerships[0].links[0].url');
  });

  it('reflects theme and passes axe in dark theme', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, theme: 'dark' } });
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(22, 24, 29)');
    await expect(el).to.be.accessible();
  });

  it('shows a missing partnership attribute as a not-found error', async () => {
    const { el, event } = await mount(TAG, { lang: 'fr' });
    const e = (await event) as CustomEvent<CoopDataErrorDetail>;
    expect(e.detail.code).to.equal('not-found');
    expect(text(el)).to.contain('L’attribut partnership manque');
  });
});

describe('coop-partnership-card updates', () => {
  it('changing one attribute re-renders that element only, not its neighbours', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>`)}
    </div>`);
    const cards = [...page.children] as (HTMLElement & { render(): unknown; updateComplete: Promise<boolean> })[];
    await Promise.all(cards.map((c) => until(() => !!c.shadowRoot?.querySelector('article'), 'rendered')));
    const renders = cards.map(() => 0);
    cards.forEach((card, i) => {
      const render = card.render.bind(card);
      card.render = () => {
        renders[i]++;
        return render();
      };
    });
    cards[2].setAttribute('heading-level', '3');
    await Promise.all(cards.map((c) => c.updateComplete));
    await new Promise((r) => setTimeout(r, 50));
    expect(renders).to.deep.equal([0, 0, 1, 0, 0]);
    expect(part(cards[2], 'title').localName).to.equal('h3');
  });
});
