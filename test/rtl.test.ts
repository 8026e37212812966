// Right-to-left hosts: in an Arabic or Hebrew page (dir="rtl") every widget keeps its own language's
// direction (left to right) and layout, outside frames and inside them. The visual check compares a
// widget in a right-to-left column with the same committed baseline as in a left-to-right one
// (test/visual/<engine>/): it must look the same to the pixel tolerance of test/visual.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { axeViolations } from './support/a11y-checks.js';
import { openFrame } from './support/frames.js';
import { shadow, until } from './support/helpers.js';
import { VISUAL_WIDGETS, mountForScreenshot } from './support/visual.js';

const WIDGETS = [
  ...VISUAL_WIDGETS,
  { tag: 'coop-cooperation-list', attrs: { region: 'stockholm', now: '2026-11-21' } },
];

/** Problems with a widget's direction: its own, and where its heading starts (at the left, as in its language). */
function directionProblems(el: Element): string[] {
  const problems: string[] = [];
  const root = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
  const view = el.ownerDocument.defaultView!;
  for (const node of [el, root]) {
    const direction = view.getComputedStyle(node).direction;
    if (direction !== 'ltr') problems.push(`${el.localName}: ${node === el ? 'host' : 'base'} is ${direction}`);
  }
  return [...problems, ...headingProblems(el.localName, shadow(el).querySelector('h1, h2, h3, h4, h5, h6')!)];
}

/** Whether a heading's text begins at its box's left edge, as in its language, and not at its right. */
function headingProblems(what: string, heading: Element): string[] {
  const range = heading.ownerDocument.createRange();
  range.selectNodeContents(heading);
  const offset = range.getBoundingClientRect().left - heading.getBoundingClientRect().left;
  return Math.abs(offset) > 1 ? [`${what}: the heading's text starts ${Math.round(offset)} px from the left`] : [];
}

describe('in a right-to-left page', function () {
  this.timeout(30_000);

  for (const { tag, attrs } of VISUAL_WIDGETS) {
    it(`${tag} looks as in a left-to-right page (the same baseline)`, async () => {
      const el = await mountForScreenshot(tag, attrs, 'sv', 'light', true);
      expect(getComputedStyle(el.parentElement!).direction, 'the page is right to left').to.equal('rtl');
      await visualDiff(el, `${tag}-sv-light`);
    });
  }

  it('the static export’s fallback HTML, scripts blocked: left to right, its headings starting at the left', async () => {
    const frame = await openFrame('/export-page.html?lang=fr&dir=rtl&scripts=0', { width: 700, height: 900, sandbox: 'allow-same-origin' });
    frame.title = 'Page arabe';
    const doc = frame.contentDocument!;
    expect(getComputedStyle(doc.body).direction, 'the page is right to left').to.equal('rtl');
    const problems = WIDGETS.flatMap(({ tag }) => {
      const root = doc.querySelector<HTMLElement>(`${tag} > .root`)!;
      return [
        ...(getComputedStyle(root).direction === 'ltr' ? [] : [`${tag}: the fallback is ${getComputedStyle(root).direction}`]),
        ...headingProblems(`${tag}'s fallback`, root.querySelector('h2')!),
      ];
    });
    expect(problems).to.deep.equal([]);
    // No script runs in the frame, so axe cannot look inside it from here: the fallback's own checks are in test/no-javascript.test.ts.
    await expect(frame).to.be.accessible();
  });

  it('every widget, in sv/fr/en: left to right, its heading starting at the left', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar" style="width: 600px">
      <h1>التعاون الإقليمي</h1>
      ${WIDGETS.map(({ tag, attrs }, i) => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.lang = ['sv', 'fr', 'en'][i % 3];
        return el;
      })}
    </div>`);
    const els = WIDGETS.map(({ tag }) => page.querySelector(tag)!);
    await until(() => els.every((el) => !!el.shadowRoot?.querySelector('[part~="base"]')), 'rendered');
    expect(els.flatMap(directionProblems)).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('inside frames: the embed page in a right-to-left page, and the script tier in a right-to-left frame', async () => {
    const host = await fixture<HTMLElement>(html`<div dir="rtl" lang="he"></div>`);
    const embed = await openFrame('/dist/embed/fr/region-facts/ile-de-france.html', { width: 600, height: 900 });
    embed.title = 'Fiche région : Région Île-de-France';
    host.append(embed);
    await until(() => !!embed.contentDocument?.querySelector('coop-region-facts')?.shadowRoot?.querySelector('[part~="base"]'), 'the embed page upgraded', 8000);
    expect(directionProblems(embed.contentDocument!.querySelector('coop-region-facts')!)).to.deep.equal([]);

    // An about:blank frame made right to left, holding the script tier (the standalone file and an element).
    const frame = await openFrame('about:blank', { width: 600, height: 900 });
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'ar';
    doc.documentElement.dir = 'rtl';
    doc.body.innerHTML = '<h1>التعاون</h1><coop-partnership-card partnership="stockholm-ile-de-france" lang="sv"></coop-partnership-card>';
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/cooperation-widgets.standalone.js', location.href).href;
    const axe = doc.createElement('script');
    axe.src = '/node_modules/axe-core/axe.min.js';
    const axeLoaded = new Promise((resolve) => axe.addEventListener('load', resolve, { once: true }));
    doc.head.append(script, axe);
    const card = doc.querySelector('coop-partnership-card')!;
    await until(() => !!card.shadowRoot?.querySelector('[part~="base"]'), 'the card upgraded in the frame', 8000);
    expect(directionProblems(card)).to.deep.equal([]);
    await axeLoaded;
    expect(await axeViolations(card, frame.contentWindow!), 'axe, in the frame').to.deep.equal([]);
    await expect(host).to.be.accessible();
  });
});
