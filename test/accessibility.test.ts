// WCAG 2.1 AA / EN 301 549 / RGAA 4.1, tested on what each engine renders. Each
// check also runs once on a deliberately broken variant, to show it can fail.
// Two emulations exist only in Chromium's automation (a dark system colour
// scheme, forced colours): those tests run there only, and say so in their names.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/bundled.js';
import { emptyDataset, ENGINE, LANGS, mount, shadow, smallDataset, until } from './support/helpers.js';
import { axeViolations, contrastProblems, deepElements, languageProblems, languagesOf } from './support/a11y-checks.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const WIDGETS: { tag: string; id: Record<string, string> }[] = [
  { tag: 'coop-partnership-card', id: { partnership: 'stockholm-ile-de-france' } },
  { tag: 'coop-priority-areas', id: { partnership: 'stockholm-ile-de-france', expanded: '' } },
  { tag: 'coop-agreement-timeline', id: { partnership: 'stockholm-ile-de-france', now: '2022-06-01' } },
  { tag: 'coop-region-facts', id: { region: 'ile-de-france' } },
  { tag: 'coop-cooperation-list', id: { region: 'stockholm', now: '2022-06-01' } },
];
const STATES = ['loaded', 'loading', 'empty', 'error'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;

async function mountState(tag: string, id: Record<string, string>, state: (typeof STATES)[number], lang: string, theme: string) {
  const attrs = { ...id, theme };
  if (state === 'loading') {
    const { el } = await mount<Widget>(tag, { attrs: { ...attrs, src: '/__test/slow/5000' }, lang }, false);
    await el.updateComplete;
    return el;
  }
  if (state === 'empty') return (await mount<Widget>(tag, { attrs, lang, data: emptyDataset() })).el;
  if (state === 'error') return (await mount<Widget>(tag, { attrs: { ...attrs, src: '/__test/missing-field' }, lang })).el;
  return (await mount<Widget>(tag, { attrs, lang })).el;
}

/** Theme × system colour scheme: `auto` under the system's own (light) scheme everywhere, and under an emulated dark one in Chromium. */
const SCHEMES = [
  ...THEMES.map((theme) => ({ theme, dark: false, name: theme === 'auto' ? 'auto (system light)' : theme })),
  ...(ENGINE === 'chromium' ? [{ theme: 'auto' as const, dark: true, name: 'auto (system dark, emulated: Chromium only)' }] : []),
];

describe('axe: every element × state × language × theme (WCAG 2.1 AA, EN 301 549, RGAA 4, best practice)', () => {
  after(() => ENGINE === 'chromium' && emulateMedia({ colorScheme: 'light' }));
  for (const { theme, dark, name } of SCHEMES) {
    for (const { tag, id } of WIDGETS) {
      it(`${tag}, theme ${name}: no violation, text contrast ≥ 4.5:1`, async () => {
        if (ENGINE === 'chromium') await emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the system colour scheme').to.equal(dark);
        for (const lang of LANGS) {
          for (const state of STATES) {
            const el = await mountState(tag, id, state, lang, theme);
            expect(await axeViolations(el), `${state} ${lang}`).to.deep.equal([]);
            expect(contrastProblems(el), `${state} ${lang}`).to.deep.equal([]);
            el.parentElement!.remove();
          }
        }
      });
    }
  }

  it('the contrast check fails on a low-contrast token (broken variant)', async () => {
    const { el } = await mount('coop-partnership-card', { attrs: WIDGETS[0].id });
    el.style.setProperty('--coop-color-muted', '#a0a0a0');
    expect(contrastProblems(el).length).to.be.greaterThan(0);
  });
});

describe('headings in context', () => {
  it('h1 → h2 → widgets at heading-level 3 pass heading-order', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Region Stockholm</h1>
      <h2>Internationellt samarbete</h2>
      <coop-partnership-card partnership="stockholm-ile-de-france" heading-level="3"></coop-partnership-card>
      <coop-priority-areas partnership="stockholm-ile-de-france" heading-level="3"></coop-priority-areas>
      <coop-agreement-timeline partnership="stockholm-ile-de-france" heading-level="3"></coop-agreement-timeline>
      <coop-region-facts region="stockholm" heading-level="3"></coop-region-facts>
    </main>`);
    await until(() => [...page.querySelectorAll('*')].every((el) => !el.localName.startsWith('coop-') || !!el.shadowRoot?.querySelector('[part~="base"]')), 'rendered');
    expect(await axeViolations(page)).to.deep.equal([]);
    const levels = deepElements(page).filter((el) => /^h[1-6]$/.test(el.localName)).map((el) => el.localName);
    expect(levels.slice(0, 4)).to.deep.equal(['h1', 'h2', 'h3', 'h3']);
  });

  it('a skipped level fails heading-order (broken variant)', async () => {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Region Stockholm</h1>
      <coop-partnership-card partnership="stockholm-ile-de-france" heading-level="4"></coop-partnership-card>
    </main>`);
    await until(() => !!page.querySelector('coop-partnership-card')!.shadowRoot?.querySelector('h4'), 'rendered');
    expect((await axeViolations(page)).join('\n')).to.contain('heading-order');
  });

  for (const { tag, id } of WIDGETS) {
    it(`${tag} renders a real <h1>…<h6> for each heading-level`, async () => {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        const { el } = await mount(tag, { attrs: { ...id, 'heading-level': String(level) } });
        expect(shadow(el).querySelector('[part~="base"] > .heading')!.localName).to.equal(`h${level}`);
        el.parentElement!.remove();
      }
    });
  }
});

const TEXT_SPACING = 'line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;';

/** Every widget in a column `width` px wide (the widgets size by container queries, so a column stands for a screen). */
async function allWidgets(width: number) {
  const page = await fixture<HTMLElement>(html`<div lang="fr" style="width: ${width}px">
    <coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>
    <coop-priority-areas partnership="stockholm-ile-de-france" expanded></coop-priority-areas>
    <coop-agreement-timeline partnership="stockholm-ile-de-france"></coop-agreement-timeline>
    <coop-region-facts region="ile-de-france"></coop-region-facts>
    <coop-region-facts region="no-such-region"></coop-region-facts>
  </div>`);
  await until(() => [...page.children].every((el) => !!el.shadowRoot?.querySelector('[part~="base"], [role="alert"]')), 'rendered');
  return page;
}

/** Boxes that stick out of their widget, and consecutive blocks that overlap. */
function layoutProblems(page: HTMLElement): string[] {
  const problems: string[] = [];
  const width = page.getBoundingClientRect().right;
  for (const widget of page.children) {
    const outer = widget.getBoundingClientRect();
    for (const el of deepElements(widget.shadowRoot!)) {
      const box = el.getBoundingClientRect();
      if (!box.width) continue;
      if (box.right > Math.min(outer.right, width) + 1) problems.push(`<${el.localName} class="${el.className}"> sticks out by ${(box.right - outer.right).toFixed(1)} px`);
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push(`<${el.localName}> clips its text`);
    }
    for (const list of deepElements(widget.shadowRoot!).filter((el) => ['ul', 'ol', 'dl', 'article', 'section'].includes(el.localName))) {
      const blocks = [...list.children].filter((c) => c.getClientRects().length && getComputedStyle(c).display !== 'inline');
      for (let i = 1; i < blocks.length; i++) {
        const [a, b] = [blocks[i - 1].getBoundingClientRect(), blocks[i].getBoundingClientRect()];
        if (b.top < a.bottom - 1 && b.left < a.right - 1 && a.left < b.right - 1) problems.push(`<${blocks[i].localName}> overlaps the block before it`);
      }
    }
  }
  return problems;
}

// In a column of the width, not a resized viewport: the same in every engine (WebDriver cannot
// set a viewport, and MiniBrowser's window is never narrower than about 447 px).
describe('reflow and text spacing', () => {
  it('in a 320 px column no widget scrolls sideways or sticks out', async () => {
    const page = await allWidgets(320);
    expect(page.scrollWidth).to.be.at.most(320);
    expect(layoutProblems(page)).to.deep.equal([]);
  });

  it('with WCAG text spacing in the document and every shadow root, no text is clipped or overlaps (320 px and 640 px, i.e. 200 % zoom)', async () => {
    for (const width of [320, 640]) {
      const page = await allWidgets(width);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`* { ${TEXT_SPACING} } p { margin-bottom: 2em !important; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      for (const el of deepElements(page)) if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      try {
        expect(page.scrollWidth, `scroll width at ${width}`).to.be.at.most(width);
        expect(layoutProblems(page), `at ${width}`).to.deep.equal([]);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    }
  });

  it('the layout check fails on a widget wider than the screen (broken variant)', async () => {
    const page = await allWidgets(320);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.root { min-width: 500px; }');
    const first = page.firstElementChild!.shadowRoot!;
    first.adoptedStyleSheets = [...first.adoptedStyleSheets, sheet];
    expect(layoutProblems(page).length).to.be.greaterThan(0);
  });
});

// Forced colours can be emulated only through Chromium's DevTools protocol.
(ENGINE === 'chromium' ? describe : describe.skip)('forced colours (emulated: Chromium only)', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('keeps timeline markers, borders and the focus ring visible', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const { el } = await mount('coop-agreement-timeline', { attrs: WIDGETS[2].id });
    for (const marker of shadow(el).querySelectorAll('.marker')) {
      const style = getComputedStyle(marker);
      expect(style.borderTopStyle).to.not.equal('none');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopColor, 'marker border differs from the background').to.not.equal(getComputedStyle(marker.parentElement!).backgroundColor);
    }
    const root = shadow(el).querySelector('.root')!;
    expect(getComputedStyle(root).borderTopStyle).to.equal('solid');
    const page = await fixture<HTMLElement>(html`<div>
      <button id="start">start</button>
      <coop-priority-areas partnership="stockholm-ile-de-france"></coop-priority-areas>
    </div>`);
    const areas = page.querySelector('coop-priority-areas')!;
    await until(() => !!areas.shadowRoot?.querySelector('button'), 'rendered');
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(areas).activeElement!;
    expect(focused.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused).outlineColor, 'the system highlight colour').to.not.equal(getComputedStyle(focused).backgroundColor);
  });
});

describe('keyboard and focus', () => {
  it('reaches every link and disclosure in reading order, with a visible focus indicator', async () => {
    const data = smallDataset();
    data.partnerships[0].links = [{ url: 'https://example.org/demo', label: { en: 'Demo' } }];
    data.partnerships[0].priorityAreas = ['a', 'b', 'c'].map((id) => ({ id, title: { en: id.toUpperCase() }, description: { en: `About ${id}` }, sources: ['doc'] }));
    const page = await fixture<HTMLElement>(html`<div>
      <button id="start">start</button>
      <coop-partnership-card partnership="demo" .data=${data}></coop-partnership-card>
      <coop-priority-areas partnership="demo" .data=${data}></coop-priority-areas>
    </div>`);
    await until(() => !!page.querySelector('coop-priority-areas')!.shadowRoot?.querySelector('button'), 'rendered');
    page.querySelector<HTMLButtonElement>('#start')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      visited.push(active!.textContent!.trim());
      const style = getComputedStyle(active!);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      expect(ring || style.boxShadow !== 'none', `focus ring on ${active!.textContent}`).to.be.true;
      expect(active!.matches(':focus-visible')).to.be.true;
    }
    expect(visited).to.deep.equal(['Demo project', 'A', 'B', 'C']);
  });
});

describe('language of parts', () => {
  const texts = languagesOf(bundledDataset);

  it('in a Swedish page with a French section, every data text sits under its own language, fallback included', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="sv">
      <coop-partnership-card partnership="metrex"></coop-partnership-card>
      <coop-region-facts region="ile-de-france"></coop-region-facts>
      <section lang="fr">
        <coop-partnership-card partnership="higher"></coop-partnership-card>
        <coop-priority-areas partnership="stockholm-ile-de-france" expanded></coop-priority-areas>
        <coop-agreement-timeline partnership="stockholm-ile-de-france"></coop-agreement-timeline>
      </section>
    </div>`);
    await until(() => deepElements(page).filter((el) => el.localName.startsWith('coop-')).every((el) => !!el.shadowRoot?.querySelector('[part~="base"]')), 'rendered');
    expect(languageProblems(page, texts)).to.deep.equal([]);
    // The check saw fallback text: METREX's English-only title and the Swedish source titles in the French section.
    expect(deepElements(page).some((el) => el.getAttribute('lang') === 'en' && el.textContent!.includes('METREX'))).to.be.true;
  });

  it('the check fails on fallback text without its lang (broken variant)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr"><p>Samarbetsavtal mellan Region Stockholm och Regionen Île-de-France</p></div>`);
    expect(languageProblems(page, texts)).to.have.length(1);
  });
});

describe('status messages', () => {
  it('loading is a status, an error an alert, each announced once', async () => {
    const { el } = await mount<Widget>('coop-region-facts', { attrs: { region: 'stockholm', src: '/__test/slow/300' } }, false);
    const added: string[] = [];
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && n.getAttribute('role')) added.push(n.getAttribute('role')!);
    }).observe(shadow(el), { childList: true, subtree: true });
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    expect(shadow(el).querySelectorAll('[role="alert"]')).to.have.length(0);
    await until(() => !shadow(el).querySelector('[role="status"]'), 'loaded');
    expect(shadow(el).querySelectorAll('[role]')).to.have.length(0);
    el.setAttribute('src', '/__test/status/500');
    await until(() => !!shadow(el).querySelector('[role="alert"]'), 'the error');
    await new Promise((r) => setTimeout(r, 200));
    expect(shadow(el).querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(added.filter((role) => role === 'alert')).to.have.length(1);
  });
});
