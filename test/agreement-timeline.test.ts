import { expect } from '@open-wc/testing';
import { LANGS, describeStates, mount, part, reportedDataset, shadow } from './support/helpers.js';
import { TIMELINE } from './support/elements.js';

const TAG = 'coop-agreement-timeline';
const ID = { partnership: 'stockholm-ile-de-france' };

describeStates(TIMELINE);

function statuses(el: Element): Record<string, string> {
  const result: Record<string, string> = {};
  for (const li of shadow(el).querySelectorAll('[part~="event"]')) {
    const title = li.querySelector('[part="event-title"]')!.textContent!.trim();
    result[title] = li.className.replace('event', '').trim();
  }
  return result;
}

describe('coop-agreement-timeline content', () => {
  it('is an <ol> of dated events from November 2017 to the possible extension', async () => {
    const { el } = await mount(TAG, { attrs: ID, lang: 'sv' });
    const list = part(el, 'list');
    expect(list.localName).to.equal('ol');
    const times = [...list.querySelectorAll('time')].map((t) => `${t.dateTime}=${t.textContent}`);
    expect(times[0]).to.equal('2017-11=november 2017');
    expect(times).to.include('2019-01-01=1 januari 2019');
    expect(times).to.include('2020-02-18=18 februari 2020');
    expect(times.at(-1)).to.equal('2030-02=februari 2030');
    expect(list.children).to.have.length(9);
  });

  it('keeps each date’s precision in French', async () => {
    const { el } = await mount(TAG, { attrs: ID, lang: 'fr' });
    const texts = [...part(el, 'list').querySelectorAll('time')].map((t) => t.textContent);
    expect(texts).to.include('18 février 2020');
    expect(texts).to.include('février 2020');
    expect(texts).to.include('novembre 2017');
  });

  it('marks the events a source reports done / current / upcoming relative to `now`, and a possible one possible', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2022-06-01' }, data: reportedDataset() });
    const s = statuses(el);
    expect(s['Swedish–French strategic partnership']).to.equal('done');
    expect(s['Decision of the regional executive board']).to.equal('done');
    expect(s['Annual reporting']).to.equal('current');
    expect(s['End of the first term']).to.equal('upcoming');
    expect(s['Possible extension']).to.equal('possible');
    const current = shadow(el).querySelector('[aria-current="step"]')!;
    expect(current.textContent).to.contain('Annual reporting');
    expect(current.querySelector('[part="status"]')!.textContent).to.contain('Current');
    await expect(el).to.be.accessible();
  });

  it('re-computes the statuses when `now` changes', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2022-06-01' }, data: reportedDataset() });
    el.setAttribute('now', '2026-11-21');
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    const s = statuses(el);
    expect(s['Annual reporting']).to.equal('done');
    expect(s['End of the first term']).to.equal('done');
    expect(s['Possible extension']).to.equal('possible');
    expect(shadow(el).querySelector('[aria-current]')).to.be.null;
  });

  const planned = { sv: 'Planerat', fr: 'Prévu', en: 'Planned' };
  for (const lang of LANGS) {
    it(`shows what the sources give as planned as planned, never as done, on any date (${lang})`, async () => {
      for (const now of ['2019-06-01', '2022-06-01', '2026-12-07', '2040-01-01']) {
        const { el } = await mount(TAG, { attrs: { ...ID, now }, lang });
        const events = [...shadow(el).querySelectorAll('[part~="event"]')];
        const ofPlans = events.filter((li) => li.matches('[part~="event-planned"]'));
        expect(ofPlans.map((li) => li.querySelector('time')!.dateTime), now).to.deep.equal(['2020-02', '2020-02', '2020-02', '2025-02']);
        for (const li of ofPlans) {
          expect(li.className, now).to.equal('event planned');
          expect(li.querySelector('.badge')!.textContent, now).to.equal(planned[lang]);
          expect(li.hasAttribute('aria-current'), 'a plan is not the current step').to.be.false;
        }
        // What the sources report happened (up to the board's decision) is done once its date has passed.
        const done = events.filter((li) => li.classList.contains('done')).length;
        expect(done, now).to.equal(now < '2020' ? 2 : 4);
      }
      const { el } = await mount(TAG, { attrs: ID, lang });
      await expect(el).to.be.accessible();
    });
  }

  it('marks a planned event with a dotted marker of its own, told apart from done, upcoming and possible ones', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2019-06-01' } });
    const marker = (selector: string) => getComputedStyle(shadow(el).querySelector(`${selector} .marker`)!);
    expect(marker('.planned').borderTopStyle).to.equal('dotted');
    expect(marker('.possible').borderTopStyle).to.equal('dashed');
    expect(marker('.upcoming').borderTopStyle).to.equal('solid');
    expect(marker('.done').borderTopStyle).to.equal('solid');
  });

  it('lists newest first with order="desc"', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, order: 'desc' } });
    const list = part(el, 'list') as HTMLOListElement;
    expect(list.reversed).to.be.true;
    expect(list.querySelector('time')!.dateTime).to.equal('2025-02');
    expect(list.lastElementChild!.querySelector('time')!.dateTime).to.equal('2017-11');
  });

  it('shows a year-precision event with its year only', async () => {
    const { el } = await mount(TAG, { attrs: { partnership: 'industrial-transition-pilot' }, lang: 'sv' });
    const texts = [...part(el, 'list').querySelectorAll('time')].map((t) => t.textContent);
    expect(texts).to.deep.equal(['2017', '2018', '2019']);
    await expect(el).to.be.accessible();
  });
});

describe('coop-agreement-timeline order', () => {
  it('keeps the data’s order for dates that tie at their common precision', async () => {
    const { el } = await mount(TAG, { attrs: ID });
    const dates = [...part(el, 'list').querySelectorAll('li > [part="date"] time:first-child')].map(
      (t) => (t as HTMLTimeElement).dateTime,
    );
    // The board decision (18 February) comes before the signing (February) as in the data.
    expect(dates.slice(2, 6)).to.deep.equal(['2020-01-09', '2020-02-18', '2020-02', '2020-02']);
  });
});
