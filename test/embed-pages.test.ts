// The embed pages behind the iframe and link tiers (dist/embed/, written by
// scripts/build-embed.mjs): complete without JavaScript, upgraded with it,
// reporting their height, under a strict policy, sandboxed and from another
// origin; the generic page's checks of its query.
import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
import { EXPORTABLE, idsWithContent } from '../src/export/export.js';
import { EMBED_LANGS, pagePath } from '../src/embed/pages.js';
import { elementOf } from '../src/registry/registry.js';
import { HELLO } from '../src/embed/protocol.js';
import { afterFirstPaint } from '../src/embed/frame.js';
import { AXE_OPTIONS, languagesOf, languageProblems } from './support/a11y-checks.js';
import { OTHER, closeFrames, openFrame as openPage, probeUntilUpgraded, type FrameOptions, type ProbedWindow as AxeWindow } from './support/frames.js';
import { until } from './support/helpers.js';

const received: { source: MessageEventSource | null; data: Record<string, unknown> }[] = [];
addEventListener('message', (e) => received.push({ source: e.source, data: e.data }));
afterEach(() => (received.length = 0));

const openFrame = (src: string, options: FrameOptions = {}) => openPage(src, { width: 600, height: 400, ...options });

const fromFrame = (frame: HTMLIFrameElement, test: (d: Record<string, unknown>) => boolean) =>
  received.filter((m) => m.source === frame.contentWindow && m.data && test(m.data));
const heights = (frame: HTMLIFrameElement) => fromFrame(frame, (d) => d.type === 'coop-widgets:height').map((m) => m.data.height as number);

const PAGES = EXPORTABLE.flatMap((element) =>
  idsWithContent(bundledDataset, element).flatMap((id) => EMBED_LANGS.map((lang) => ({ element, id, lang, path: `/dist/${pagePath(element, id, lang)}` }))),
);

describe('embed pages', () => {
  it('there is a prerendered page for every widget × id with content × sv/fr/en, with its JSON-LD and no inline script or style', async () => {
    // 19 widget × id pairs (the list: every cooperation and each of the two regions') × 3 languages.
    expect(PAGES.length).to.equal(57);
    for (const { element, lang, path } of PAGES) {
      // From embed/<lang>/<folder>/<id>.html up to dist/ (an element shown without an id: embed/<lang>/<folder>.html).
      const up = '../'.repeat(path.split('/').length - 3);
      const response = await fetch(path);
      expect(response.status, path).to.equal(200);
      const text = await response.text();
      expect(text, path).to.contain(`<html lang="${lang}">`);
      expect(text, path).to.match(new RegExp(`<${element} [^>]*lang="${lang}"[^>]*>\\s*<(article|section|div)`));
      // The default build knows no site address: the oEmbed link comes with the site build (npm run build:site, scripts/check-site.mjs).
      expect(text, path).not.to.contain('json+oembed');
      // Data blocks (JSON, JSON-LD) are not scripts: nothing runs, and no CSP applies to them.
      expect(text.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(ld\+)?json")[^>]*>/g), `${path}: inline scripts`).to.equal(null);
      const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(text.slice(0, text.indexOf('</head>')));
      expect(JSON.parse(jsonLd?.[1] ?? 'null')?.['@context'], `${path}: JSON-LD in the head`).to.equal('https://schema.org');
      expect(text, `${path}: style attributes`).not.to.match(/\sstyle=/);
      expect(text.slice(0, text.indexOf('</head>')), `${path}: the dataset chunk fetched beside the page's script`).to.contain(
        `<link rel="modulepreload" href="${up}chunks/cooperation-widgets.data.js">`,
      );
      // One script: frame.js, which loads the bundle after the first paint.
      expect(text.match(/<script [^>]*src="[^"]*"/g), `${path}: scripts`).to.deep.equal([`<script type="module" src="${up}embed/frame.js"`]);
    }
  });

  it('without JavaScript (a sandboxed frame, as TinyMCE makes it), the content is all there at the snippet height in a 600 px column', async () => {
    const cases = [
      ['coop-partnership-card', 'stockholm-ile-de-france', 'sv'], ['coop-agreement-timeline', 'stockholm-ile-de-france', 'sv'],
      ['coop-priority-areas', 'stockholm-ile-de-france', 'sv'], ['coop-region-facts', 'ile-de-france', 'sv'],
      // Each list of the bundled data, in Swedish and French (the longest): its own height.
      ...['', 'stockholm', 'ile-de-france'].flatMap((id) => (['sv', 'fr'] as const).map((lang) => ['coop-cooperation-list', id, lang] as const)),
    ] as const;
    for (const [element, id, lang] of cases) {
      const height = elementOf(element).frameHeight(id);
      // allow-same-origin only so that the test can look inside; scripts stay blocked.
      const frame = await openFrame(`/dist/${pagePath(element, id, lang)}`, { sandbox: 'allow-same-origin', height });
      const doc = frame.contentDocument!;
      const widget = doc.querySelector(element)!;
      expect(widget.shadowRoot, `${element} is not upgraded`).to.equal(null);
      expect(doc.querySelector(`${element} h2`)!.textContent!.trim().length, `${element} heading`).to.be.greaterThan(3);
      const root = doc.documentElement;
      expect(root.scrollWidth, `${element}: nothing wider than the column`).to.be.at.most(root.clientWidth);
      expect(getComputedStyle(root).overflowY, `${element}: the frame can scroll`).not.to.equal('hidden');
      // The snippet's height is chosen to show this agreement whole, without scrolling (pages.ts).
      expect(root.scrollHeight, `${element} ${id}: fits its snippet height`).to.be.at.most(height);
    }
  });

  it('with scripts, sandboxed (allow-scripts) from another origin under the strict policy: upgraded, in its language, reporting its height in both protocols', async () => {
    const frame = await openFrame(`${OTHER}/dist/${pagePath('coop-partnership-card', 'stockholm-ile-de-france', 'fr')}?probe#?secret=abc123`, {
      sandbox: 'allow-scripts',
    });
    await until(() => heights(frame).length > 0 && fromFrame(frame, (d) => d.message === 'height').length > 0, 'both height messages', 8000);
    const probe = await probeUntilUpgraded(frame, 5000);
    expect(probe.upgraded).to.deep.equal([true]);
    expect(probe.lang).to.deep.equal(['fr']);
    expect(probe.text[0]).to.contain('Accord de coopération entre Region Stockholm et la Région Île-de-France');
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    const wp = fromFrame(frame, (d) => d.message === 'height').pop()!.data;
    expect(wp.secret).to.equal('abc123');
    expect(wp.value).to.equal(heights(frame).pop());
    expect(heights(frame).pop()).to.be.within(150, 2000);
    const coop = fromFrame(frame, (d) => d.type === 'coop-widgets:height').pop()!.data;
    expect(coop.id).to.equal(`/dist/${pagePath('coop-partnership-card', 'stockholm-ile-de-france', 'fr')}?probe`);
    // wp-embed's "ready" asks again, with the right secret only.
    const before = fromFrame(frame, (d) => d.message === 'height').length;
    frame.contentWindow!.postMessage({ message: 'ready', secret: 'wrong1' }, '*');
    frame.contentWindow!.postMessage({ message: 'ready', secret: 'abc123' }, '*');
    await until(() => fromFrame(frame, (d) => d.message === 'height').length === before + 1, 'an answer to ready', 3000);
    await new Promise((r) => setTimeout(r, 200));
    expect(fromFrame(frame, (d) => d.message === 'height').length, 'one answer, to the right secret').to.equal(before + 1);
  });

  it('reports its height again on a hello, on resize, on a disclosure opened or closed and on a change of language', async () => {
    const frame = await openFrame(`/dist/${pagePath('coop-priority-areas', 'stockholm-ile-de-france', 'sv')}?probe`);
    const win = frame.contentWindow as AxeWindow;
    const doc = frame.contentDocument!;
    await until(() => win.__probe.events.length > 0 && heights(frame).length > 0, 'loaded and reported', 8000);
    const measured = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    const settled = async (what: string) => {
      await until(() => heights(frame).at(-1) === measured(), what, 3000);
      return heights(frame).at(-1)!;
    };
    const first = await settled('the first height');

    let count = heights(frame).length;
    frame.contentWindow!.postMessage({ type: HELLO }, '*');
    await until(() => heights(frame).length > count, 'an answer to hello');

    frame.style.width = '320px';
    const narrow = await settled('the height at 320 px');
    expect(narrow, 'taller when narrower').to.be.greaterThan(first);

    const toggle = doc.querySelector('coop-priority-areas')!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')!;
    toggle.click();
    await until(() => heights(frame).at(-1)! < narrow, 'a smaller height after closing a description', 3000);
    const closed = await settled('the height with one description closed');

    count = heights(frame).length;
    doc.querySelector('coop-priority-areas')!.setAttribute('lang', 'fr');
    await until(() => doc.querySelector('coop-priority-areas')!.shadowRoot!.textContent!.includes('Domaines prioritaires'), 'French');
    const french = await settled('the height in French');
    expect(heights(frame).length > count || french === closed, 'reported when the language changed the height').to.equal(true);
  });

  it('paint their prerendered content first, then load the bundle that upgrades it, without a layout shift', async () => {
    const frame = await openFrame(`/dist/${pagePath('coop-agreement-timeline', 'stockholm-ile-de-france', 'fr')}?probe=axe&theme=dark&heading-level=3`, { width: 700, height: 900 });
    const win = frame.contentWindow as AxeWindow;
    await until(() => win.__probe.events.length > 0, 'loaded', 8000);
    await new Promise((r) => setTimeout(r, 300));
    const bundle = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith('/dist/cooperation-widgets.js'));
    expect(bundle, 'the bundle loaded').to.exist;
    // Asked for after the page's first rendering step (the probe's first frame callback).
    expect(bundle!.startTime, 'asked for after the first frame').to.be.at.least(win.__probe.firstFrame!);
    const widget = win.document.querySelector('coop-agreement-timeline')!;
    expect(widget.getAttribute('theme'), 'the query applied').to.equal('dark');
    expect(widget.shadowRoot!.querySelector('h3'), 'the heading level applied by the upgrade').to.exist;
    expect(widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('fr');
    // The layout-shift API is Chromium's; elsewhere the probe cannot see shifts.
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) expect(win.__probe.cls, win.__probe.shifts.join(' | ')).to.equal(0);
    expect(win.__probe.errors).to.deep.equal([]);
    expect((await win.axe.run(win.document, AXE_OPTIONS)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('keep their prerendered content, and say why on the console, when the bundle does not load', async () => {
    const frame = await openFrame(`/blocked/bundle/dist/${pagePath('coop-region-facts', 'stockholm', 'en')}?probe=axe`);
    const win = frame.contentWindow as AxeWindow;
    await until(() => win.__probe.warnings.length > 0, 'a warning', 8000);
    expect(win.__probe.warnings[0]).to.match(/cooperation-widgets\.js did not load or run \(.+\); the page shows its prerendered content/);
    expect(win.__probe.errors, 'no error, no unhandled rejection').to.deep.equal([]);
    const widget = win.document.querySelector('coop-region-facts')!;
    expect(widget.shadowRoot).to.equal(null);
    expect(widget.querySelector('h2')!.textContent).to.contain('Stockholm');
    expect((await win.axe.run(win.document, AXE_OPTIONS)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  // The same axe rules as the widgets (AXE_OPTIONS): a frame's content is part of its host page, whose h1 it must not repeat.
  it('fetch the dataset chunk once, from their preload, while the bundle is still on its way', async () => {
    // The bundle comes 400 ms late: without the preload, the dataset would be asked for only after it.
    const frame = await openFrame(`/delayed/bundle/dist/${pagePath('coop-agreement-timeline', 'stockholm-ile-de-france', 'sv')}?probe`);
    const win = frame.contentWindow as AxeWindow;
    await until(() => win.__probe.events.length > 0, 'loaded', 8000);
    expect(win.__probe.events.map((e) => e.type)).to.deep.equal(['coop-data-load']);
    const fetched = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const data = fetched.filter((e) => e.name.endsWith('/chunks/cooperation-widgets.data.js'));
    const bundle = fetched.find((e) => e.name.endsWith('/dist/cooperation-widgets.js'))!;
    expect(data.length, 'fetched once').to.equal(1);
    expect(bundle.responseEnd - data[0].startTime, 'asked for while the bundle was on its way').to.be.above(300);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('pass axe and the language-of-parts check, in every language', async () => {
    for (const lang of EMBED_LANGS) {
      for (const [element, id] of [['coop-agreement-timeline', 'stockholm-ile-de-france'], ['coop-region-facts', 'stockholm']] as const) {
        const frame = await openFrame(`/dist/${pagePath(element, id, lang)}?probe=axe`);
        const win = frame.contentWindow as AxeWindow;
        await until(() => win.__probe.events.length > 0, 'loaded', 8000);
        await new Promise((r) => setTimeout(r, 50));
        const results = await win.axe.run(win.document, AXE_OPTIONS);
        expect(results.violations.map((v) => `${v.id}: ${v.help}`), `${element} ${lang}`).to.deep.equal([]);
        const widget = win.document.querySelector(element)!;
        expect(languageProblems(widget.shadowRoot!, languagesOf(bundledDataset)), `${element} ${lang}`).to.deep.equal([]);
        expect(win.document.title.length).to.be.greaterThan(5);
        closeFrames();
      }
    }
  });
});

describe('afterFirstPaint (embed/frame.js loads the bundle with it)', () => {
  const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('runs once, after a frame callback, even when its latest time passes too', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    afterFirstPaint(() => order.push('then'), 100);
    await later(250);
    expect(order).to.deep.equal(['frame', 'then']);
  });

  it('runs at its latest time when no frame callback comes (a hidden frame)', async () => {
    const calls: number[] = [];
    const start = performance.now();
    const noFrames = { requestAnimationFrame: () => 0, setTimeout: window.setTimeout.bind(window) } as unknown as Window;
    afterFirstPaint(() => calls.push(performance.now() - start), 60, noFrames);
    await later(20);
    expect(calls, 'not before').to.deep.equal([]);
    await later(150);
    expect(calls.length, 'once').to.equal(1);
    expect(calls[0]).to.be.at.least(55);
  });
});

describe('the generic embed page', () => {
  const generic = (query: string, extra = '') => `/dist/embed/index.html?probe${extra}&${query}`;
  const alerts = (doc: Document) => [...doc.querySelectorAll('[role="alert"]')].map((el) => [el.getAttribute('lang'), el.textContent!.replace(/\s+/g, ' ').trim()]);

  async function open(query: string, extra = '') {
    const frame = await openFrame(generic(query, extra));
    const win = frame.contentWindow as AxeWindow;
    await until(() => win.__probe.events.length > 0, `an event on ${query}`, 8000);
    return { frame, win, doc: frame.contentDocument! };
  }

  it('shows any widget from its query: element, id, language, theme and heading level', async () => {
    const { win, doc } = await open('element=agreement-timeline&id=industrial-transition-pilot&lang=fr&theme=dark&heading-level=3');
    const widget = doc.querySelector('coop-agreement-timeline')!;
    expect(win.__probe.events[0].type).to.equal('coop-data-load');
    expect(widget.getAttribute('theme')).to.equal('dark');
    expect(widget.shadowRoot!.querySelector('h3')).to.exist;
    expect(doc.documentElement.lang).to.equal('fr');
    expect(doc.title).to.contain('Chronologie de l’accord');
  });

  it('an unknown widget, id or language gives a localized error, never a blank frame', async () => {
    let { win, doc } = await open('element=coop-map&id=x&lang=sv');
    expect(alerts(doc)).to.deep.equal([['sv', 'Uppgifterna om samarbetet kan inte visas. Det finns ingen widget som heter ”coop-map”. Använd en av dessa: coop-partnership-card, coop-priority-areas, coop-agreement-timeline, coop-region-facts, coop-cooperation-list.']]);
    expect(win.__probe.events).to.deep.equal([{ type: 'coop-embed-error', tag: undefined, code: 'unknown-element' }]);
    closeFrames();

    ({ win, doc } = await open('element=region-facts&id=x&lang=de'));
    expect(alerts(doc).map(([lang]) => lang), 'said in every language').to.deep.equal(['sv', 'fr', 'en']);
    expect(alerts(doc)[2][1]).to.contain('The language “de” is not available.');
    expect(win.__probe.events[0].code).to.equal('unknown-language');
    closeFrames();

    ({ win, doc } = await open('element=region-facts&id=atlantis&lang=fr'));
    expect(win.__probe.events[0]).to.include({ type: 'coop-data-error', code: 'not-found' });
    expect(doc.querySelector('coop-region-facts')!.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('atlantis');
  });

  it('query values are text, never markup', async () => {
    const { doc } = await open(`element=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=en`);
    expect(doc.querySelector('img')).to.equal(null);
    expect(alerts(doc)[0][1]).to.contain('“<img src=x onerror=alert(1)>”');
  });

  it('reads src from its own origin, names where the data came from, and passes axe', async () => {
    const { win, doc } = await open(`element=partnership-card&id=stockholm-ile-de-france&lang=sv&src=${encodeURIComponent('/__test/data')}`, '=axe');
    expect(win.__probe.events[0]).to.include({ type: 'coop-data-load' });
    expect(doc.querySelector('.coop-embed-source')!.textContent).to.contain(`Uppgifter från ${location.host}:`);
    expect(doc.querySelector('.coop-embed-source code')!.textContent).to.equal(`${location.origin}/__test/data`);
    const results = await win.axe.run(win.document, AXE_OPTIONS);
    expect(results.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('refuses data that came, after a redirect, from an origin its build did not allow, and names that origin', async () => {
    const src = `/__test/redirect?to=${encodeURIComponent(`${OTHER}/__test/data`)}`;
    let { win, doc } = await open(`element=partnership-card&id=stockholm-ile-de-france&lang=en&src=${encodeURIComponent(src)}`);
    expect(win.__probe.events).to.deep.equal([{ type: 'coop-data-error', tag: 'coop-partnership-card', code: 'origin-not-allowed' }]);
    const alert = doc.querySelector('coop-partnership-card')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.replace(/\s+/g, ' ')).to.contain(`The address below sent the request on to ${OTHER}, and this page does not accept data from there.`);
    expect(alert.textContent).to.not.contain('Samarbetsavtal');
    closeFrames();

    // The same redirect, on a page whose build allowed that origin: read.
    ({ win, doc } = await open(`element=partnership-card&id=stockholm-ile-de-france&lang=en&src=${encodeURIComponent(src)}`, '&allow=other'));
    expect(win.__probe.events[0]).to.include({ type: 'coop-data-load' });
  });

  it('long and hostile query values are shortened and escaped where they are quoted, and never make the title', async () => {
    let { doc } = await open(`element=${'x'.repeat(5000)}&lang=en`);
    const text = String(alerts(doc)[0][1]);
    expect(text).to.contain(`“${'x'.repeat(60)}…”`);
    expect(text.length).to.be.below(400);
    expect(doc.title).to.not.contain('xxx');
    closeFrames();

    ({ doc } = await open(`element=partnership-card&id=${encodeURIComponent(`\u202eevil${'y'.repeat(500)}`)}&lang=en`));
    const alert = doc.querySelector('coop-partnership-card')!.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain(`“\\u202eevil${'y'.repeat(50)}…”`);
    expect(alert.textContent).to.not.contain('\u202e');
    expect(doc.title).to.equal('Partnership card');
  });

  it('refuses src from an origin its build did not allow, without requesting it; reads it from one it allowed', async () => {
    const key = `refused-${Date.now()}`;
    const src = `${OTHER}/__test/counted/${key}`;
    let { win, doc } = await open(`element=partnership-card&id=stockholm-ile-de-france&lang=fr&src=${encodeURIComponent(src)}`);
    expect(win.__probe.events).to.deep.equal([{ type: 'coop-embed-error', tag: undefined, code: 'origin-not-allowed' }]);
    expect(alerts(doc)[0][1]).to.contain(`n’affiche pas de données provenant de ${OTHER}. Il affiche les données provenant de : ${location.origin}.`);
    await new Promise((r) => setTimeout(r, 300));
    expect((await (await fetch(`/__test/count/${key}`)).json()).count, 'never requested').to.equal(0);
    closeFrames();

    ({ win, doc } = await open(`element=partnership-card&id=stockholm-ile-de-france&lang=fr&src=${encodeURIComponent(`${OTHER}/__test/data`)}`, '&allow=other'));
    expect(win.__probe.events[0]).to.include({ type: 'coop-data-load' });
    expect(doc.querySelector('.coop-embed-source')!.textContent).to.contain(`Données provenant de ${new URL(OTHER).host}\u00a0:`);
    expect(win.__probe.violations).to.deep.equal([]);
    closeFrames();

    ({ win, doc } = await open(`element=partnership-card&id=x&lang=en&src=${encodeURIComponent('javascript:alert(1)')}`));
    expect(win.__probe.events[0].code).to.equal('invalid-src');
    expect(alerts(doc)[0][1]).to.contain('it must be an http or https URL');
    closeFrames();

    // Credentials would pass an origin check (the origin leaves them out): refused, and not shown.
    const withCredentials = `${location.protocol}//user:secret@${location.host}/__test/data`;
    ({ win, doc } = await open(`element=partnership-card&id=x&lang=en&src=${encodeURIComponent(withCredentials)}`));
    expect(win.__probe.events[0].code).to.equal('invalid-src');
    expect(doc.querySelector('.coop-embed-source')).to.equal(null);
  });
});
