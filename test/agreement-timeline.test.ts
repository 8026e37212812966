import { expect } from '@open-wc/testing';
import { describeStates, mount, part, shadow } from './support/helpers.js';
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

  it('marks events done / current / upcoming / possible relative to `now`', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2022-06-01' } });
    const s = statuses(el);
    expect(s['Swedish–French strategic partnership']).to.equal('done');
    expect(s['Executive board decision']).to.equal('done');
    expect(s['Annual reporting']).to.equal('current');
    expect(s['End of the first term']).to.equal('upcoming');
    expect(s['Possible extension']).to.equal('possible');
    const current = shadow(el).querySelector('[aria-current="step"]')!;
    expect(current.textContent).to.contain('Annual reporting');
    expect(current.querySelector('[part="status"]')!.textContent).to.contain('Current');
    await expect(el).to.be.accessible();
  });

  it('re-computes the statuses when `now` changes', async () => {
    const { el } = await mount(TAG, { attrs: { ...ID, now: '2022-06-01' } });
    el.setAttribute('now', '2026-11-21');
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    const s = statuses(el);
    expect(s['Annual reporting']).to.equal('done');
    expect(s['End of the first term']).to.equal('done');
    expect(s['Possible extension']).to.equal('possible');
    expect(shadow(el).querySelector('[aria-current]')).to.be.null;
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
