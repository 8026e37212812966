import { expect } from '@open-wc/testing';
import { chunksLoaded, closeFrames, openFrame, type ProbedWindow as FixtureWindow } from './support/frames.js';
import { until } from './support/helpers.js';
import { ELEMENTS } from '../src/registry/registry.js';

/** Opens a fixture page (served with a strict CSP) in an iframe and waits for `events` data events. */
async function open(path: string, events: number, width = 800): Promise<FixtureWindow> {
  const win = (await openFrame(path, { width })).contentWindow as FixtureWindow;
  await until(() => (win.__probe?.events.length ?? 0) >= events, `${events} data events in ${path}`, 8000);
  return win;
}

const shadowText = (win: FixtureWindow, id: string) =>
  (win.document.getElementById(id)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('embedding the built bundle', () => {
  it('the CSP probe catches a deliberate violation (so zero below means zero)', async () => {
    const win = await open('/test/fixtures/csp-violation.html', 0);
    await until(() => win.__probe.violations.length > 0, 'a violation');
    expect(win.__probe.violations[0]).to.contain('style-src');
  });

  it('shows all four widgets in Swedish with a French section under a strict CSP: no error, no violation, no axe violation', async () => {
    const win = await open('/test/fixtures/embed.html', 6);
    const probe = win.__probe;
    expect(probe.events.map((e) => e.type)).to.deep.equal(Array(6).fill('coop-data-load'));
    for (const { tag } of ELEMENTS) {
      expect(win.customElements.get(tag), tag).to.exist;
    }
    expect(shadowText(win, 'card')).to.contain('Ikraftträdande planerat till februari 2020');
    expect(shadowText(win, 'areas')).to.contain('Prioriterade områden');
    expect(shadowText(win, 'timeline')).to.contain('18 februari 2020');
    expect(shadowText(win, 'facts')).to.contain('drygt 12,2 miljoner');
    expect(shadowText(win, 'card-fr')).to.contain('Entrée en vigueur prévue : février 2020');
    expect(shadowText(win, 'facts-fr')).to.contain('Suède');
    const results = await win.axe.run(win.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(chunksLoaded(win), 'bundled data only: no validator, no fetching code').to.deep.equal(['data']);
  });

  for (const query of ['', '?trusted-types']) {
    it(`every widget in every state under a strict CSP${query ? ' with Trusted Types' : ''}: zero violations, zero errors`, async () => {
      const win = await open(`/test/fixtures/csp-all.html${query}`, 13);
      await new Promise((r) => setTimeout(r, 300));
      const probe = win.__probe;
      expect(probe.events.map((e) => e.code ?? 'ok').sort()).to.deep.equal(
        ['invalid-data', 'invalid-json', 'invalid-json', 'not-found', 'not-found', ...Array(8).fill('ok')].sort(),
      );
      const loading = win.document.querySelector('[src="/__test/slow/20000"]')!;
      expect(loading.shadowRoot!.querySelector('[role="status"]')).to.exist;
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      if (query) {
        // Proof that Trusted Types are enforced here: a plain innerHTML is refused and reported.
        const div = win.document.createElement('div');
        expect(() => (div.innerHTML = '<b>x</b>')).to.throw();
        await until(() => probe.violations.length > 0, 'the Trusted Types violation');
        expect(probe.violations[0]).to.contain('require-trusted-types-for');
      }
    });
  }

  it('has no horizontal scroll at 320 px, in any widget', async () => {
    const win = await open('/test/fixtures/embed.html', 6, 320);
    const doc = win.document.documentElement;
    expect(doc.scrollWidth, 'page scroll width').to.be.at.most(doc.clientWidth);
    for (const el of win.document.querySelectorAll('main [id]')) {
      if (!el.shadowRoot) continue;
      expect(el.scrollWidth, `${el.id} scroll width`).to.be.at.most(el.clientWidth);
      for (const inner of el.shadowRoot.querySelectorAll('*')) {
        const box = inner.getBoundingClientRect();
        expect(box.right, `${el.id} ${inner.localName}.${inner.className}`).to.be.at.most(doc.clientWidth + 0.5);
      }
    }
  });

  it('defining twice never throws: two copies of the bundle and a per-element entry', async () => {
    const win = await open('/test/fixtures/twice.html', 4);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings, 'same version twice: nothing to say').to.deep.equal([]);
    expect(win.__probe.events.map((e) => e.type)).to.deep.equal(Array(4).fill('coop-data-load'));
    for (const el of win.document.querySelectorAll('main > *:not(h1)')) {
      expect(el.shadowRoot!.textContent, el.localName).to.match(/\S/);
    }
  });

  it('an older copy next to a newer one: no error, one console warning, every element renders', async () => {
    const win = await open('/test/fixtures/old-and-new.html', 4);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([
      'cooperation-widgets 0.1.0 not used: 0.0.9 was loaded first.',
    ]);
    for (const el of win.document.querySelectorAll('main > *:not(h1)')) {
      expect(el.shadowRoot!.querySelector('[part="base"]'), el.localName).to.exist;
    }
  });

  it('a per-element entry defines its element only, and loads no dataset chunk when src is given', async () => {
    const win = await open('/test/fixtures/single.html', 1);
    expect(win.customElements.get('coop-region-facts')).to.exist;
    expect(win.customElements.get('coop-partnership-card')).to.be.undefined;
    expect(shadowText(win, 'facts')).to.contain('plus de 12,2 millions');
    expect(chunksLoaded(win), 'the code for outside data, the fetching code and the French messages; not the dataset').to.deep.equal(['external', 'fetch', 'fr']);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});

describe('per-element entries keep every translation they use', () => {
  // Every element of the registry, on its example.
  const ENTRIES = ELEMENTS.map((e) => [e.folder, e.tag, e.idAttribute, e.example] as const);
  for (const [entry, tag, attr, id] of ENTRIES) {
    it(`dist/${entry}.js renders every state in sv and fr exactly as the full bundle does`, async () => {
      for (const lang of ['sv', 'fr']) {
        const texts = [];
        for (const file of [entry, 'cooperation-widgets']) {
          const win = await open(`/entry-page.html?entry=${file}&lang=${lang}&tag=${tag}&attr=${attr}&id=${id}`, 5);
          texts.push([...win.document.querySelectorAll(tag)].map((el) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ')));
          expect(win.__probe.errors).to.deep.equal([]);
          closeFrames();
        }
        expect(texts[0], lang).to.deep.equal(texts[1]);
      }
    });
  }
});

describe('per-element entries load what they need when they need it', () => {
  const page = (lang: string, extra = '') =>
    `/entry-page.html?entry=partnership-card&lang=${lang}&tag=coop-partnership-card&attr=partnership&id=stockholm-ile-de-france${extra}`;
  const axeViolations = async (win: FixtureWindow) =>
    (await win.axe.run(win.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map(
      (v) => `${v.id}: ${v.help}`,
    );
  const first = (win: FixtureWindow) => win.document.querySelector('coop-partnership-card')!.shadowRoot!;

  it('an English page loads no messages; a Swedish one loads the Swedish messages only', async () => {
    const en = await open(page('en'), 5);
    expect(chunksLoaded(en)).to.deep.equal(['data', 'error-state', 'external', 'fetch']);
    closeFrames();
    const sv = await open(page('sv'), 5);
    expect(chunksLoaded(sv)).to.deep.equal(['data', 'error-state', 'external', 'fetch', 'sv']);
    expect(first(sv).textContent).to.contain('Ikraftträdande planerat till');
  });

  it('the page switching from sv to fr: the widget keeps Swedish until the French messages are here, never shows the loading state, then renders French', async () => {
    const win = await open(page('sv', '&delayed=fr'), 5);
    const root = first(win);
    let sawLoading = false;
    new (win as unknown as typeof globalThis).MutationObserver(() => (sawLoading ||= !!root.querySelector('[part="loading"]'))).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    win.document.documentElement.lang = 'fr';
    await new Promise((r) => setTimeout(r, 150));
    expect(root.textContent, 'still Swedish while fr is on its way').to.contain('Ikraftträdande planerat till');
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('sv');
    await until(() => root.textContent!.includes('Entrée en vigueur prévue'), 'the French card', 4000);
    expect(root.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(sawLoading, 'no loading state in between').to.be.false;
    expect(chunksLoaded(win)).to.include('fr');
    expect(await axeViolations(win)).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('a language whose messages cannot be loaded: the widgets render in English, marked lang="en"', async () => {
    const win = await open(page('fr', '&blocked=fr'), 5);
    const base = first(win).querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('en');
    expect(base.textContent).to.contain('Entry into force planned for February 2020');
    expect(await axeViolations(win)).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('the error state cannot be loaded: its first line still shows, localized, as an alert, and the event still fires', async () => {
    const win = await open(page('sv', '&blocked=error-state'), 5);
    const notFound = win.document.querySelector('[partnership="no-such-id"]')!.shadowRoot!;
    const alert = notFound.querySelector('[part="error"][role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal('Uppgifterna om samarbetet kan inte visas.');
    expect(alert.getAttribute('lang')).to.equal('sv');
    expect(win.__probe.events.filter((e) => e.type === 'coop-data-error').map((e) => e.code).sort()).to.deep.equal(
      ['invalid-data', 'invalid-json', 'not-found'],
    );
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('the reader for outside data cannot be loaded: those widgets end in a fetch-failed error; the bundled one renders', async () => {
    const win = await open(page('sv', '&blocked=external'), 5);
    expect(first(win).textContent).to.contain('Ikraftträdande planerat till');
    expect(win.__probe.events.map((e) => e.code ?? 'ok').sort()).to.deep.equal(
      ['fetch-failed', 'fetch-failed', 'fetch-failed', 'not-found', 'ok'],
    );
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});

describe('the built bundle', () => {
  const importsOf = (code: string) =>
    [...code.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+from\s*)?|\bimport\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);

  it('has no bare imports (Lit and the localize runtime are inside) and no eval', async () => {
    for (const file of ['cooperation-widgets', 'partnership-card', 'priority-areas', 'agreement-timeline', 'region-facts']) {
      const code = await (await fetch(`/dist/${file}.js`)).text();
      const imports = importsOf(code);
      expect(imports.length, `${file} imports the dataset chunk`).to.be.greaterThan(0);
      for (const specifier of imports) expect(specifier, `${file}.js imports ${specifier}`).to.match(/^\.{1,2}\//);
      expect(code).not.to.match(/\beval\s*\(|new Function\s*\(/);
    }
  });

  it("a per-element entry's language chunk holds that element's messages only", async () => {
    const entry = await (await fetch('/dist/partnership-card.js')).text();
    const [chunk] = importsOf(entry).filter((s) => s.endsWith('/partnership-card.sv.js'));
    expect(chunk, 'a dynamic import of the Swedish messages').to.exist;
    const sv = await (await fetch(new URL(chunk, new URL('/dist/', location.href)))).text();
    expect(sv).to.contain('Avtalsparter');
    expect(sv).to.contain('Bilateralt avtal');
    expect(sv, 'a timeline label').not.to.contain('Undertecknande');
    expect(sv, 'a fact-box label').not.to.contain('Befolkning');
  });

  it('keeps the dataset in a chunk of its own, loaded only when an element uses it', async () => {
    const code = await (await fetch('/dist/cooperation-widgets.js')).text();
    expect(code.includes('Svenonius'), 'the bundle holds no dataset').to.be.false;
    const [chunk] = importsOf(code).filter((s) => s.endsWith('/cooperation-widgets.data.js'));
    expect(chunk, 'a dynamic import of the dataset chunk').to.exist;
    const data = await (await fetch(new URL(chunk, new URL('/dist/', location.href)))).text();
    expect(data.includes('Svenonius'), 'the chunk holds the dataset').to.be.true;
  });
});
