// The checks the other tests rely on, each run once on a deliberately wrong case to show it can fail:
// the language check on an element in another language (or with only its lang attribute, or only its
// text, wrong), the error check on the wrong code, id or language and on a widget that loaded, and the
// status check on the wrong date. The others have theirs beside them: CSP and Trusted Types in
// embedding.test.ts, axe, contrast and lang in accessibility.test.ts, the budgets in test/node/budgets.test.mjs.
import { expect } from '@open-wc/testing';
import { CARD, CARD_STATUSES, ELEMENTS } from './support/elements.js';
import { LANGS, expectErrorState, expectLoadedIn, mount, reportedDataset, shadow, statusOf } from './support/helpers.js';

/** Runs a check and returns its failure message; fails the test when the check passes. */
function failureOf(check: () => void): string {
  try {
    check();
  } catch (e) {
    return String((e as Error).message);
  }
  throw new Error('the check passed on a deliberately wrong case');
}

describe('the language check fails on the wrong language', () => {
  for (const c of ELEMENTS) {
    it(`${c.tag}: an element in one language does not pass for either of the others`, async () => {
      for (const lang of LANGS) {
        const { el, event } = await mount(c.tag, { attrs: { [c.idAttr]: c.id }, lang });
        await event;
        expectLoadedIn(el, c, lang);
        for (const other of LANGS.filter((l) => l !== lang)) {
          expect(failureOf(() => expectLoadedIn(el, c, other)), `${lang} checked as ${other}`).to.contain(`lang of <${c.root}>`);
        }
      }
    });

    it(`${c.tag}: the right lang attribute over the wrong text fails, and the right text under the wrong lang`, async () => {
      const { el, event } = await mount(c.tag, { attrs: { [c.idAttr]: c.id }, lang: 'sv' });
      await event;
      const root = shadow(el).querySelector(c.root)!;
      root.setAttribute('lang', 'fr');
      expect(failureOf(() => expectLoadedIn(el, c, 'fr'))).to.contain(c.loadedText.fr);
      expect(failureOf(() => expectLoadedIn(el, c, 'sv'))).to.contain('lang of');
      // Swedish text with a French word added: the Swedish check sees the other language.
      root.setAttribute('lang', 'sv');
      root.append(c.loadedText.fr);
      expect(failureOf(() => expectLoadedIn(el, c, 'sv'))).to.contain('fr text in sv');
    });
  }
});

describe('the error check fails on the wrong error', () => {
  it('a wrong code, id or language, or a widget that loaded, does not pass', async () => {
    const { el, event } = await mount(CARD.tag, { attrs: { partnership: 'no-such-id' }, lang: 'fr' });
    const e = await event;
    expectErrorState(el, e, { code: 'not-found', id: 'no-such-id', lang: 'fr' });
    expect(failureOf(() => expectErrorState(el, e, { code: 'invalid-data', id: 'no-such-id', lang: 'fr' }))).to.contain('invalid-data');
    expect(failureOf(() => expectErrorState(el, e, { code: 'not-found', id: 'another-id', lang: 'fr' }))).to.contain('another-id');
    expect(failureOf(() => expectErrorState(el, e, { code: 'not-found', id: 'no-such-id', lang: 'en' }))).to.contain('cannot be shown');

    const loaded = await mount(CARD.tag, { attrs: { partnership: CARD.id }, lang: 'fr' });
    const ok = await loaded.event;
    expect(failureOf(() => expectErrorState(loaded.el, ok, { code: 'not-found', id: CARD.id, lang: 'fr' }))).to.contain('coop-data-error');
  });
});

describe('the status check fails on the wrong date', () => {
  for (const [now, lang, expected] of CARD_STATUSES) {
    const others = CARD_STATUSES.filter(([n, l, x]) => l === lang && n !== now && x !== expected);
    it(`the card on ${others.map(([n]) => n).join(', ')} (${lang}) does not show “${expected}”`, async () => {
      expect(others, 'another date to compare with').not.to.be.empty;
      for (const [other] of others) {
        const { el } = await mount(CARD.tag, { attrs: { partnership: CARD.id, now: other }, lang, data: reportedDataset() });
        expect(statusOf(el)).not.to.equal(expected);
      }
    });
  }

  it('the clock check tells today from another date', async () => {
    const { el: clock } = await mount(CARD.tag, { attrs: { partnership: CARD.id }, lang: 'en', data: reportedDataset() });
    const { el: then } = await mount(CARD.tag, { attrs: { partnership: CARD.id, now: '2019-06-01' }, lang: 'en', data: reportedDataset() });
    expect(statusOf(clock)).not.to.equal(statusOf(then));
  });
});
