import { expect, fixture, html } from '@open-wc/testing';
import { normalizeLocale, resolveLocale } from '../src/i18n/locale.js';
import { formatDate, parseIsoDate } from '../src/dates/dates.js';
import { formatCount } from '../src/i18n/format.js';
import { mount, part, shadow, text, until } from './support/helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

describe('language resolution', () => {
  it('normalizes language tags', () => {
    expect(normalizeLocale('sv-SE')).to.equal('sv');
    expect(normalizeLocale('fr-CA')).to.equal('fr');
    expect(normalizeLocale('FR_be')).to.equal('fr');
    expect(normalizeLocale('en-GB')).to.equal('en');
    expect(normalizeLocale('de')).to.equal('en');
    expect(normalizeLocale('')).to.equal('en');
    expect(normalizeLocale(null)).to.equal('en');
  });

  it('takes the element’s lang, else the nearest ancestor’s, crossing shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLocale(inner)).to.equal('fr');
    inner.setAttribute('lang', 'sv-FI');
    expect(resolveLocale(inner)).to.equal('sv');
  });

  it('renders a Swedish page, a French section and an English element at once, each in its language', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="sv">
        <coop-partnership-card partnership="stockholm-ile-de-france" now="2022-06-01"></coop-partnership-card>
        <section lang="fr">
          <coop-priority-areas partnership="stockholm-ile-de-france"></coop-priority-areas>
          <coop-agreement-timeline partnership="stockholm-ile-de-france" now="2022-06-01"></coop-agreement-timeline>
        </section>
        <coop-region-facts region="ile-de-france" lang="en"></coop-region-facts>
      </div>
    `);
    const [card, areas, timeline, facts] = page.querySelectorAll<Updatable>('*:not(section)');
    await until(() => [card, areas, timeline, facts].every((el) => !shadow(el).querySelector('[role=status]')), 'all loaded');
    expect(part(card, 'status').textContent).to.contain('Ikraftträdande planerat till februari 2020');
    expect(part(card, 'base').lang).to.equal('sv');
    expect(part(areas, 'heading').textContent).to.equal('Domaines prioritaires');
    expect(part(areas, 'base').lang).to.equal('fr');
    expect(text(timeline)).to.contain('Chronologie');
    expect(text(timeline)).to.contain('18 février 2020');
    expect(text(facts)).to.contain('over 12.2 million');
    expect(part(facts, 'base').lang).to.equal('en');
    for (const el of [card, areas, timeline, facts]) await expect(el).to.be.accessible();
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const { el } = await mount<Updatable>('coop-partnership-card', { attrs: { partnership: 'stockholm-ile-de-france', now: '2022-06-01' }, lang: 'sv' });
    expect(part(el, 'status').textContent).to.contain('Ikraftträdande planerat till');
    el.parentElement!.setAttribute('lang', 'fr-FR');
    await until(() => part(el, 'status').textContent!.includes('Entrée en vigueur prévue\u00a0: février 2020'), 'French status');
    expect(part(el, 'base').lang).to.equal('fr');
  });

  it('re-renders when its own lang changes, and when it is removed', async () => {
    const { el } = await mount<Updatable>('coop-region-facts', { attrs: { region: 'ile-de-france' }, lang: 'sv' });
    el.setAttribute('lang', 'en');
    await until(() => text(el).includes('over 12.2 million'), 'English');
    el.removeAttribute('lang');
    await until(() => text(el).includes('drygt 12,2 miljoner'), 'back to Swedish');
  });

  it('follows <html lang> when nothing closer has a lang', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'fr');
      const el = document.createElement('coop-region-facts') as Updatable;
      el.setAttribute('region', 'stockholm');
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      container.append(el);
      await until(() => text(el).includes('Suède'), 'French from <html lang>');
      document.documentElement.setAttribute('lang', 'sv');
      await until(() => text(el).includes('Sverige'), 'Swedish from <html lang>');
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('follows a lang change on the host of a shadow root it sits in', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('coop-priority-areas') as Updatable;
    el.setAttribute('partnership', 'stockholm-ile-de-france');
    root.append(el);
    await until(() => text(el).includes('Prioriterade områden'), 'Swedish');
    host.setAttribute('lang', 'fr');
    await until(() => text(el).includes('Domaines prioritaires'), 'French after the host changed');
  });

  it('renders English for an unsupported page language and says so with lang="en"', async () => {
    const { el } = await mount('coop-priority-areas', { attrs: { partnership: 'stockholm-ile-de-france' }, lang: 'de' });
    expect(part(el, 'heading').textContent).to.equal('Priority areas');
    expect(part(el, 'base').lang).to.equal('en');
    await expect(el).to.be.accessible();
  });
});

describe('content fallback', () => {
  it('marks a title that exists only in English with lang="en" on a Swedish card', async () => {
    const { el } = await mount('coop-partnership-card', { attrs: { partnership: 'metrex' }, lang: 'sv' });
    const span = part(el, 'title').querySelector('span[lang]')!;
    expect(span.getAttribute('lang')).to.equal('en');
    expect(span.textContent).to.contain('METREX');
    // The summary exists in Swedish, so it carries no lang of its own.
    expect(part(el, 'summary').querySelector('[lang]')).to.be.null;
  });

  it('marks Swedish source titles with lang="sv" on an English or French element', async () => {
    for (const lang of ['en', 'fr']) {
      const { el } = await mount('coop-region-facts', { attrs: { region: 'ile-de-france' }, lang });
      const cite = part(el, 'sources').querySelector('cite span')!;
      expect(cite.getAttribute('lang')).to.equal('sv');
      expect(cite.textContent).to.contain('Region Stockholm tecknar samarbetsavtal');
    }
  });

  it('falls back requested → en → sv → fr', async () => {
    const data = {
      version: 1,
      sources: [{ id: 's', title: { fr: 'Titre' } }],
      regions: [{ id: 'r', name: { sv: 'Namn', fr: 'Nom' }, country: 'FR', sources: ['s'] }],
      partnerships: [],
    };
    const { el } = await mount('coop-region-facts', { attrs: { region: 'r' }, data, lang: 'en' });
    const name = part(el, 'heading').querySelector('span')!;
    expect([name.lang, name.textContent]).to.deep.equal(['sv', 'Namn']);
    const title = part(el, 'sources').querySelector<HTMLElement>('cite span')!;
    expect([title.lang, title.textContent]).to.deep.equal(['fr', 'Titre']);
  });
});

describe('dates and numbers through Intl', () => {
  const cases: [string, string, string][] = [
    ['2020-02', 'sv', 'februari 2020'],
    ['2020-02', 'fr', 'février 2020'],
    ['2020-02', 'en', 'February 2020'],
    ['2020-02-18', 'sv', '18 februari 2020'],
    ['2020-02-18', 'fr', '18 février 2020'],
    ['2020-02-18', 'en', '18 February 2020'],
    ['2017', 'fr', '2017'],
  ];
  for (const [date, lang, expected] of cases) {
    it(`${date} in ${lang} is “${expected}”`, () => {
      expect(formatDate(parseIsoDate(date)!, lang as 'sv')).to.equal(expected);
    });
  }

  it('formats large numbers in words', () => {
    expect(formatCount(12_200_000, 'sv')).to.equal('12,2 miljoner');
    expect(formatCount(12_200_000, 'fr')).to.equal('12,2 millions');
    expect(formatCount(12_200_000, 'en')).to.equal('12.2 million');
    expect(formatCount(8_500, 'sv')).to.equal('8\u00a0500');
  });
});
