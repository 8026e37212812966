import { expect, fixture, html } from '@open-wc/testing';
import type { CoopDataErrorDetail, CoopDataLoadDetail, Dataset } from '../../src/index.js';
import '../../src/index.js';

export { reportedDataset } from '../../stories/support/reported-data.js';

export const LANGS = ['sv', 'fr', 'en'] as const;

/** The engine this test file runs in (WTR_BROWSERS): emulations of the colour scheme and forced colours exist only in Chromium. */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';
export type Lang = (typeof LANGS)[number];

/** Words the UI must show in each language (from the XLIFF translations). */
export const UI: Record<string, Record<Lang, string>> = {
  loading: { sv: 'Läser in uppgifter om samarbetet', fr: 'Chargement des données de coopération', en: 'Loading cooperation data' },
  error: {
    sv: 'Uppgifterna om samarbetet kan inte visas.',
    fr: 'Les informations sur la coopération ne peuvent pas être affichées.',
    en: 'The cooperation information cannot be shown.',
  },
  notFound: { sv: 'Uppgifterna innehåller inget med id', fr: 'Les données ne contiennent rien avec', en: 'The data has nothing with the id' },
};

export type Settled = CustomEvent<CoopDataLoadDetail> | CustomEvent<CoopDataErrorDetail>;

/** A fresh copy of a small valid dataset, for tests that need their own data. */
export function smallDataset(): Dataset {
  return {
    version: 1,
    sources: [{ id: 'doc', title: { en: 'A document' } }],
    regions: [
      { id: 'north', name: { en: 'North Region', sv: 'Norra regionen', fr: 'Région Nord' }, country: 'SE', sources: ['doc'] },
    ],
    partnerships: [
      {
        id: 'demo',
        kind: 'project',
        title: { en: 'Demo project', sv: 'Demoprojekt', fr: 'Projet de démonstration' },
        regions: [{ id: 'north', role: 'party' }],
        priorityAreas: [{ id: 'one', title: { en: 'One', sv: 'Ett', fr: 'Un' }, sources: ['doc'] }],
        timeline: [{ id: 'start', date: '2021-03', kind: 'milestone', title: { en: 'Start' }, sources: ['doc'] }],
        sources: ['doc'],
      },
    ],
  };
}

export function emptyDataset(): Dataset {
  return { version: 1, sources: [], regions: [], partnerships: [] };
}

export interface MountOptions {
  attrs?: Record<string, string>;
  /** `lang` of the wrapper the element sits in. */
  lang?: string;
  data?: unknown;
  /** Text of an inline `<script type="application/json">` child. */
  inline?: string;
}

/**
 * Creates an element, listens for its first data event, puts it on the page
 * and waits for that event (or returns at once when `wait` is false).
 */
export async function mount<T extends HTMLElement>(
  tag: string,
  { attrs = {}, lang, data, inline }: MountOptions = {},
  wait = true,
): Promise<{ el: T; event: Promise<Settled> }> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (data !== undefined) (el as unknown as { data: unknown }).data = data;
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = inline;
    el.append(script);
  }
  const event = nextDataEvent(el);
  await fixture(html`<div lang=${lang ?? 'en'}>${el}</div>`);
  if (wait) {
    await event;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  return { el, event };
}

/** The next `coop-data-load` or `coop-data-error` of an element. */
export function nextDataEvent(el: HTMLElement, timeoutMs = 8000): Promise<Settled> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no data event from <${el.localName}>`)), timeoutMs);
    const done = (e: Event) => {
      clearTimeout(timer);
      el.removeEventListener('coop-data-load', done);
      el.removeEventListener('coop-data-error', done);
      resolve(e as Settled);
    };
    el.addEventListener('coop-data-load', done);
    el.addEventListener('coop-data-error', done);
  });
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The element's rendered text, whitespace collapsed. */
export function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part(el: Element, name: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`<${el.localName}> has no part "${name}"`);
  return found;
}

/** Waits until the element's shadow root matches a predicate (re-renders are async). */
export async function until(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface StateConfig {
  tag: string;
  idAttr: string;
  id: string;
  /** A word the loaded element shows in each language. */
  loadedText: Record<Lang, string>;
  /** The semantic root of the loaded state, e.g. `article`. */
  root: string;
  /** The localized empty-state message. */
  emptyText: Record<Lang, string>;
  /** Data for the empty state (default: a dataset with nothing in it). */
  emptyData?: () => { attrs?: Record<string, string>; data?: unknown };
}

/**
 * The language check: the semantic root carries `lang`, and the text marked as that language (parts
 * marked otherwise, such as Swedish source titles, left out) holds that language's words and none of the
 * other languages' (test/checks-fail.test.ts shows it fails on an element in another language).
 */
export function expectLoadedIn(el: Element, c: StateConfig, lang: Lang): void {
  const root = shadow(el).querySelector(c.root);
  expect(root, c.root).to.exist;
  expect(root!.getAttribute('lang'), `lang of <${c.root}>`).to.equal(lang);
  const shown = textMarked(el, lang);
  expect(shown).to.contain(c.loadedText[lang]);
  for (const other of LANGS) {
    if (other !== lang) expect(shown, `${other} text in ${lang}`).not.to.contain(c.loadedText[other]);
  }
}

/** The shadow root's text whose nearest `lang` is `lang`, whitespace collapsed. */
function textMarked(el: Element, lang: Lang): string {
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[lang]')?.getAttribute('lang') === lang) out += node.textContent;
  }
  return out.replace(/\s+/g, ' ');
}

/** The reasons the error state gives, per code, as far as the state tests check them. */
const REASONS: Record<string, Record<Lang, string>> = { 'not-found': UI.notFound };

/**
 * The error check: a `coop-data-error` with the code and id, and a `role="alert"` that says, in the
 * element's language, that the information cannot be shown, why, and which id.
 */
export function expectErrorState(el: Element, e: Settled, want: { code: string; id: string; lang: Lang }): void {
  expect(e.type).to.equal('coop-data-error');
  const detail = (e as CustomEvent<CoopDataErrorDetail>).detail;
  expect(detail.code).to.equal(want.code);
  expect(detail.id).to.equal(want.id);
  const alert = shadow(el).querySelector('[role="alert"]');
  expect(alert, 'role=alert').to.exist;
  expect(alert!.textContent).to.contain(UI.error[want.lang]);
  expect(REASONS, 'a code whose reason the tests know').to.have.property(want.code);
  expect(alert!.textContent).to.contain(REASONS[want.code][want.lang]);
  expect(alert!.textContent).to.contain(want.id);
}

/** The partnership card's status line, whitespace collapsed. */
export function statusOf(el: Element): string {
  return part(el, 'status').textContent!.replace(/\s+/g, ' ').trim();
}

/** Every element × sv/fr/en × loaded/loading/empty/error, each checked with axe. */
export function describeStates(c: StateConfig): void {
  for (const lang of LANGS) {
    describe(`${c.tag} in ${lang}`, () => {
      it('loaded: renders the bundled data in its language and passes axe', async () => {
        const { el, event } = await mount(c.tag, { attrs: { [c.idAttr]: c.id }, lang });
        const e = await event;
        expect(e.type).to.equal('coop-data-load');
        expect(e.detail.source).to.equal('bundled');
        expectLoadedIn(el, c, lang);
        await expect(el).to.be.accessible();
      });

      it('loading: announces with role="status" while src is slow', async () => {
        const { el } = await mount(c.tag, { attrs: { [c.idAttr]: c.id, src: '/__test/slow/4000' }, lang }, false);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const status = shadow(el).querySelector('[role="status"]');
        expect(status, 'role=status').to.exist;
        expect(status!.textContent).to.contain(UI.loading[lang]);
        expect(shadow(el).querySelector('[role="alert"]')).to.be.null;
        await expect(el).to.be.accessible();
      });

      it('empty: says there is nothing to show', async () => {
        const extra = c.emptyData?.() ?? { data: emptyDataset() };
        const { el, event } = await mount(c.tag, { attrs: { [c.idAttr]: c.id, ...extra.attrs }, data: extra.data, lang });
        expect((await event).type).to.equal('coop-data-load');
        expect(part(el, 'empty').textContent).to.contain(c.emptyText[lang]);
        await expect(el).to.be.accessible();
      });

      it('error: an unknown id gives a localized alert and a not-found event', async () => {
        const { el, event } = await mount(c.tag, { attrs: { [c.idAttr]: 'no-such-id' }, lang });
        expectErrorState(el, await event, { code: 'not-found', id: 'no-such-id', lang });
        await expect(el).to.be.accessible();
      });
    });
  }
}
