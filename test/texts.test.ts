// The text Intl gives for the bundled data, prepared at build time (src/data/bundled-texts.ts, see
// `formatted` in src/i18n/intl.ts): in each engine, its own Intl gives the same text; and widgets
// on the bundled data render without making a single Intl object.
import { expect } from '@open-wc/testing';
import { bundledDataset, bundledTexts } from '../src/data/bundled.js';
import { EMBED_LANGS } from '../src/embed/pages.js';
import { EXPORTABLE, exportWidget, hasContent, itemsOf } from '../src/export/export.js';
import { textsSoFar } from '../src/i18n/intl.js';
import { closeFrames, openFrame, type ProbedWindow } from './support/frames.js';
import { until } from './support/helpers.js';

describe('the bundled data’s texts, prepared at build time', () => {
  it('are what this engine’s Intl gives for every widget of the bundled data in sv, fr and en', () => {
    // This page has loaded no element and no data controller: nothing is prepared, all is Intl's.
    expect(textsSoFar(), 'nothing prepared yet').to.deep.equal({});
    for (const element of EXPORTABLE) {
      for (const { id } of itemsOf(bundledDataset, element)) {
        if (!hasContent(bundledDataset, element, id)) continue;
        for (const lang of EMBED_LANGS) exportWidget({ element, id, lang, data: bundledDataset });
      }
    }
    expect(textsSoFar()).to.deep.equal(bundledTexts);
  });

  it('let widgets on the bundled data render in every language without making an Intl object', async () => {
    const frame = await openFrame('/test/fixtures/no-intl.html', { width: 800 });
    const win = frame.contentWindow as ProbedWindow & { __intl: Record<string, number> };
    await until(() => win.__probe.events.length >= 5, 'five data events', 8000);
    const text = (id: string) => (win.document.getElementById(id)!.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
    expect(text('timeline')).to.contain('18 februari 2020');
    expect(text('card')).to.contain('Region Stockholm och Région Île-de-France');
    expect(text('card')).to.contain('februari 2020 – februari 2025');
    expect(text('areas')).to.contain('Domaines prioritaires');
    expect(text('facts')).to.contain('12.2 million');
    expect(text('facts-fr')).to.contain('Suède');
    expect(win.__intl, 'Intl objects made').to.deep.equal({});
    expect(win.__probe.errors).to.deep.equal([]);
    const results = await win.axe.run(win.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).to.deep.equal([]);
    closeFrames();
  });

  it('with data from src, the date formatter is made while the request is on its way, not in the first render', async () => {
    const frame = await openFrame('/test/fixtures/intl-while-fetching.html', { width: 800 });
    const win = frame.contentWindow as ProbedWindow & { __intl: Record<string, number> };
    const timeline = win.document.getElementById('timeline')!;
    await until(() => win.__intl.DateTimeFormat === 1, 'a date formatter', 1400);
    expect(timeline.shadowRoot!.querySelector('[part="loading"]'), 'the data is still on its way').to.exist;
    await until(() => win.__probe.events.length === 1, 'the data event', 8000);
    expect(timeline.shadowRoot!.textContent).to.contain('novembre 2017');
    expect(win.__probe.errors).to.deep.equal([]);
    closeFrames();
  });
});
