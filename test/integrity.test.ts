// Subresource Integrity: the script tier's `integrity` (from dist/integrity.json) lets the right bundle
// run and makes the browser refuse any other bytes; an import map's `integrity` section pins the lazy
// chunks too, in the engines that read it.
import { expect } from '@open-wc/testing';
import { AXE_OPTIONS } from './support/a11y-checks.js';
import { openFrame, type ProbedWindow } from './support/frames.js';
import { until } from './support/helpers.js';

async function open(query: string): Promise<ProbedWindow> {
  return (await openFrame(`/integrity-page.html?${query}`)).contentWindow as ProbedWindow;
}
const card = (win: ProbedWindow) => win.document.querySelector('coop-partnership-card')!;
/** axe on the page inside the frame (WCAG 2.1 A/AA, EN 301 549, RGAA 4, best practice). */
const axeOf = async (win: ProbedWindow) => (await win.axe.run(win.document, AXE_OPTIONS)).violations.map((v) => v.id);
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('integrity of the bundle and its chunks', () => {
  it('the bundle with its integrity hash runs: the card renders, no error, no violation', async () => {
    const win = await open('script=ok');
    await until(() => win.__probe.events.length > 0, 'a data event', 8000);
    expect(win.__probe.events.map((e) => e.type)).to.deep.equal(['coop-data-load']);
    expect(card(win).shadowRoot!.textContent).to.contain('Samarbetsavtal');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(await axeOf(win)).to.deep.equal([]);
  });

  it('a page whose integrity hash does not match refuses the bundle: the element is never defined', async () => {
    const win = await open('script=wrong');
    // The same page with the right hash renders within a second or two; give this one longer.
    await settle(2500);
    expect(win.customElements.get('coop-partnership-card')).to.be.undefined;
    expect(card(win).shadowRoot).to.be.null;
    expect(win.__probe.events).to.deep.equal([]);
  });

  it('an import map with the right hash for every chunk: the card renders, the CSP allows the map by its hash', async () => {
    const win = await open('script=ok&map=ok');
    await until(() => win.__probe.events.length > 0, 'a data event', 8000);
    expect(win.__probe.events.map((e) => e.type)).to.deep.equal(['coop-data-load']);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(await axeOf(win)).to.deep.equal([]);
  });

  // Import maps' integrity section: all three engines here check it (Chromium 156, Firefox ESR 153, WebKitGTK 2.50).
  it('an import map with a wrong hash for the dataset chunk: the chunk is refused and the card says it could not load its data', async () => {
    const win = await open('script=ok&map=wrong');
    await until(() => win.__probe.events.length > 0, 'a data event', 8000);
    expect(win.__probe.events.map((e) => `${e.type} ${e.code ?? ''}`.trim())).to.deep.equal(['coop-data-error fetch-failed']);
    expect(card(win).shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(await axeOf(win)).to.deep.equal([]);
  });
});
