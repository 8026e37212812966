// The visual comparison can fail: against the committed baselines, a lost
// border and a heading that wraps onto a second line are each caught. (Not
// part of `npm run test:visual:update`, so these never become baselines.)
import { expect } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import { VISUAL_WIDGETS, mountForScreenshot } from './support/visual.js';

async function rejects(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return String((e as Error).message ?? e);
  }
  throw new Error('the comparison passed');
}

function restyle(el: HTMLElement, css: string) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

describe('visual baselines: broken variants', function () {
  this.timeout(20_000);
  const { tag, attrs } = VISUAL_WIDGETS[0];

  it('the unchanged card matches its baseline (so the failures below come from the breakage)', async () => {
    await visualDiff(await mountForScreenshot(tag, attrs, 'sv', 'light'), `${tag}-sv-light`);
  });

  it('fails on a lost border', async () => {
    const el = await mountForScreenshot(tag, attrs, 'sv', 'light');
    restyle(el, '.root { border-color: transparent !important; }');
    expect(await rejects(visualDiff(el, `${tag}-sv-light`))).to.match(/differ|diff/i);
  });

  it('fails on a heading that wraps', async () => {
    const el = await mountForScreenshot(tag, attrs, 'sv', 'light');
    restyle(el, '[part~="title"] { max-width: 12em; }');
    expect(await rejects(visualDiff(el, `${tag}-sv-light`))).to.match(/width and height|differ|diff/i);
  });
});
