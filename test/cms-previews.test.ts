// The snippets inside a CMS's preview. TinyMCE's preview plugin writes the editor's content into an
// iframe with `srcdoc` (sandbox="allow-scripts allow-same-origin"); TinyMCE's streamed dialog frames
// write into an about:blank frame with document.write, and a block preview (WordPress) inserts its
// nodes into one. Such a frame is same-origin with the editor page, or sandboxed; an embed frame
// inside it inherits its sandbox. The snippets are the embed builder's (src/embed/snippets.ts).
import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
import { exportWidget } from '../src/export/export.js';
import { FALLBACK_CSS, siteScriptSnippet, tierSnippet, type EmbedChoice } from '../src/embed/snippets.js';
import { elementOf } from '../src/registry/registry.js';
import { OTHER, PROBE_SCRIPTS, askProbe, openPreview, probeUntilUpgraded, type FrameLike, type PreviewFill, type ProbedWindow } from './support/frames.js';
import { until } from './support/helpers.js';
import { loadTinyMCE } from './support/tinymce.js';

const BASE = `${OTHER}/dist/`;
const CHOICE: EmbedChoice = {
  element: 'coop-region-facts', id: 'ile-de-france', lang: 'sv', theme: 'light', headingLevel: 2, source: 'bundled', src: '', inline: '', base: BASE,
};
const HEADING = 'Région Île-de-France';
const FACT = 'drygt 12,2 miljoner';
const SNIPPET_HEIGHT = elementOf('coop-region-facts').frameHeight('ile-de-france');
const FILLS: PreviewFill[] = ['srcdoc', 'write', 'dom'];
/** The preview is a fragment of the editor's page: the page-level rules are the page's (as AXE_OPTIONS has them off for fragments). */
const FRAGMENT = { ignoredRules: ['landmark-one-main', 'page-has-heading-one', 'region'] };

/**
 * The iframe tier with the site script, as the embed builder gives both (the site script belongs in the
 * site's template; a preview that keeps the page's scripts has it). `?probe=axe` lets the test ask the
 * embed frame what it saw, and axe look inside it.
 */
const iframeTier = (base = BASE) =>
  tierSnippet('iframe', { ...CHOICE, base }, bundledDataset, { lang: 'sv' }).replace(/(\.html)(")/, '$1?probe=axe$2') + siteScriptSnippet(base);

/** The script tier as the embed builder writes it by default: with the content as plain HTML inside the element. */
function scriptTier(choice: EmbedChoice = CHOICE): string {
  const lang = choice.lang || 'en';
  const fallbackElement = exportWidget({ element: choice.element, id: choice.id, lang, data: bundledDataset });
  return tierSnippet('script', choice, bundledDataset, { lang, fallbackElement });
}

const frameHeight = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The heights `embed` has reported to the preview so far, as the preview's probe recorded them from the start. */
const heightsIn = (preview: HTMLIFrameElement, embed: HTMLIFrameElement) => () =>
  (preview.contentWindow as ProbedWindow).__probe.heights.filter((m) => m.source === embed.contentWindow).map((m) => m.height);

/** The probe of an embed frame once its widget has upgraded (it must, within 20 s), checked for errors and policy violations. */
async function upgraded(embed: FrameLike) {
  const probe = await probeUntilUpgraded(embed, 20_000);
  expect(probe.upgraded, `upgraded (last answer: ${JSON.stringify(probe.state)})`).to.deep.equal([true]);
  expect(probe.errors).to.deep.equal([]);
  expect(probe.violations).to.deep.equal([]);
  return probe;
}

/** Waits until `embed` is fitted to the last height it reported, and returns that height. */
async function fitted(embed: HTMLIFrameElement, heights: () => number[]): Promise<number> {
  const last = () => heights().at(-1);
  await until(() => last() !== undefined && frameHeight(embed) === last(), 'the frame fitted', 8000).catch(() => {
    throw new Error(`the frame was not fitted: it reported ${heights().join(', ') || 'nothing'}, the frame is ${frameHeight(embed)} px`);
  });
  expect(last(), 'fitted, not the snippet height').not.to.equal(SNIPPET_HEIGHT);
  return last()!;
}

describe('the iframe tier in a CMS preview', function () {
  this.timeout(45_000);

  for (const fill of FILLS) {
    it(`${fill}: the embed frame upgrades in Swedish and the site script fits it to the height it reports`, async () => {
      const preview = await openPreview(iframeTier(), fill);
      const embed = preview.contentDocument!.querySelector('iframe')!;
      const heights = heightsIn(preview, embed);
      const probe = await upgraded(embed);
      expect(probe.lang).to.deep.equal(['sv']);
      expect(probe.text[0]).to.contain(HEADING);
      await fitted(embed, heights);
      await expect(preview).to.be.accessible(FRAGMENT);
    });
  }

  it('srcdoc sandboxed without allow-scripts: the embed frame inherits the sandbox and shows its prerendered page at the snippet height', async () => {
    // The embed host is the test's own origin and the preview keeps allow-same-origin, only so that the test can look inside.
    const preview = await openPreview(iframeTier(`${location.origin}/dist/`), 'srcdoc', { sandbox: 'allow-same-origin' });
    const embed = preview.contentDocument!.querySelector('iframe')!;
    await until(() => embed.contentDocument?.readyState === 'complete' && !!embed.contentDocument.querySelector('coop-region-facts dl'), 'the embed page', 8000);
    const doc = embed.contentDocument!;
    const widget = doc.querySelector('coop-region-facts')!;
    await pause(500);
    expect(widget.shadowRoot, 'no script ran: not upgraded').to.equal(null);
    expect(embed.contentWindow!.customElements.get('coop-region-facts'), 'nothing defined').to.equal(undefined);
    expect(widget.querySelector('h2')!.textContent).to.contain(HEADING);
    expect(widget.textContent).to.contain(FACT);
    expect(widget.getBoundingClientRect().height, 'shown, not blank').to.be.greaterThan(150);
    expect(doc.documentElement.scrollHeight, 'the whole content within the snippet height').to.be.at.most(SNIPPET_HEIGHT);
    expect(frameHeight(embed), 'nobody can fit it: the snippet height').to.equal(SNIPPET_HEIGHT);
    await expect(preview).to.be.accessible(FRAGMENT);
  });

  it('srcdoc sandboxed with scripts but an opaque origin ("null"): the embed frame, opaque too, upgrades and the site script fits it', async () => {
    const preview = await openPreview(iframeTier(), 'srcdoc', { sandbox: 'allow-scripts' });
    // The test cannot reach into the preview's document; its window's frames it can.
    const embed: FrameLike = { contentWindow: preview.contentWindow!.frames[0], src: 'the embed frame' };
    const probe = await upgraded(embed);
    expect(probe.lang).to.deep.equal(['sv']);
    // The preview's own probe says what its frame reported and how tall the frame is.
    let host = await askProbe(preview);
    const settled = () => !!host && host.heights.length > 0 && host.frames[0] === host.heights.at(-1);
    for (let i = 0; i < 80 && !settled(); i++) {
      await pause(100);
      host = (await askProbe(preview)) ?? host;
    }
    expect(settled(), `the frame fitted (${JSON.stringify(host && { heights: host.heights, frames: host.frames })})`).to.equal(true);
    expect(host!.frames[0]).not.to.equal(SNIPPET_HEIGHT);
    expect(host!.errors).to.deep.equal([]);
    await expect(preview).to.be.accessible(FRAGMENT);
  });

  it('srcdoc: the site script trusts only what the embed frame reports while it shows the embed page, not another origin loaded into it', async () => {
    const preview = await openPreview(iframeTier(), 'srcdoc');
    const embed = preview.contentDocument!.querySelector('iframe')!;
    const heights = heightsIn(preview, embed);
    await upgraded(embed);
    const height = await fitted(embed, heights);
    // Something navigates the frame to a page of another origin (the editor's own here), which claims 3000 px in the
    // embed protocol; the frame's element still has the embed page's src.
    const impostor = new Promise((resolve) => embed.addEventListener('load', resolve, { once: true }));
    embed.contentWindow!.location.href = `${location.origin}/test/fixtures/impostor.html`;
    await impostor;
    await pause(800);
    expect(heights().at(-1), 'the impostor claimed').to.equal(3000);
    expect(frameHeight(embed), 'the height the embed page reported').to.equal(height);
    await expect(preview).to.be.accessible(FRAGMENT);
  });
});

describe('the script tier in a CMS preview', function () {
  this.timeout(30_000);
  /**
   * Snippets pasted one after the other (each with its script): the region facts in Swedish, the priority areas in
   * French, and a card that follows the page's language, which a preview document does not have (English).
   */
  const FRENCH: EmbedChoice = { ...CHOICE, element: 'coop-priority-areas', id: 'stockholm-ile-de-france', lang: 'fr' };
  const PAGE_LANG: EmbedChoice = { ...CHOICE, element: 'coop-partnership-card', id: 'stockholm-ile-de-france', lang: '' };
  const content = scriptTier() + scriptTier(FRENCH) + scriptTier(PAGE_LANG);
  const base = (el: Element) => el.shadowRoot?.querySelector('[part~="base"]');

  for (const fill of FILLS) {
    it(`${fill}: the widgets upgrade, each in its language, their plain-HTML content hidden`, async () => {
      const preview = await openPreview(content, fill);
      const doc = preview.contentDocument!;
      const [facts, areas, card] = ['coop-region-facts', 'coop-priority-areas', 'coop-partnership-card'].map((tag) => doc.querySelector(tag)!);
      await until(() => !!base(facts) && !!base(areas) && !!base(card), 'the widgets rendered', 10_000);
      expect(base(facts)!.getAttribute('lang')).to.equal('sv');
      expect(facts.shadowRoot!.textContent).to.contain(FACT);
      expect(base(areas)!.getAttribute('lang')).to.equal('fr');
      expect(areas.shadowRoot!.textContent).to.contain('Domaines prioritaires');
      expect(base(card)!.getAttribute('lang'), 'no language in the preview: English').to.equal('en');
      // The plain HTML the snippet carries gives way to the widget (it is not shown twice).
      expect(facts.querySelector('dl')!.getClientRects().length, 'fallback hidden').to.equal(0);
      expect(base(facts)!.getBoundingClientRect().height).to.be.greaterThan(150);
      await expect(preview).to.be.accessible(FRAGMENT);
    });
  }

  it('srcdoc sandboxed without allow-scripts: the plain-HTML content the snippet carries stays, styled (nothing blank)', async () => {
    // allow-same-origin only so that the test can look inside; no script runs.
    const preview = await openPreview(content, 'srcdoc', { sandbox: 'allow-same-origin' });
    const doc = preview.contentDocument!;
    await pause(500);
    expect(preview.contentWindow!.customElements.get('coop-region-facts'), 'nothing defined').to.equal(undefined);
    const facts = doc.querySelector('coop-region-facts')!;
    expect(facts.shadowRoot).to.equal(null);
    expect(facts.querySelector('h2')!.textContent).to.contain(HEADING);
    expect(facts.querySelector('dl')!.getBoundingClientRect().height, 'the facts shown').to.be.greaterThan(100);
    expect(facts.textContent).to.contain(FACT);
    expect(doc.querySelector('coop-priority-areas')!.getBoundingClientRect().height, 'the French widget shown').to.be.greaterThan(100);
    expect(doc.querySelector('coop-priority-areas')!.textContent).to.contain('Domaines prioritaires');
    expect([...doc.styleSheets].some((sheet) => sheet.href === `${BASE}${FALLBACK_CSS}`), 'the fallback style sheet').to.equal(true);
    await expect(preview).to.be.accessible(FRAGMENT);
  });
});

// --- TinyMCE's own preview ------------------------------------------------------

type Dialog = { close(): void };
type Editor = { execCommand(c: string): void; setContent(html: string): void; remove(): void };
type TinyMCE = { init(o: object): Promise<Editor[]>; activeEditor: { windowManager: { getWindows?: () => Dialog[] } } };

const tinymce = () => loadTinyMCE<TinyMCE>();

describe("TinyMCE's preview plugin", function () {
  this.timeout(45_000);
  let editor: Editor | undefined;
  let target: HTMLTextAreaElement | undefined;
  afterEach(() => {
    editor?.remove();
    target?.remove();
    editor = target = undefined;
  });

  /** Opens TinyMCE's preview of `html` (set as the editor's content) and returns its frame. */
  async function previewOf(html: string, extra: object = {}): Promise<HTMLIFrameElement> {
    target = document.body.appendChild(document.createElement('textarea'));
    [editor] = await (await tinymce()).init({ target, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', plugins: 'preview', ...extra });
    editor.setContent(html);
    editor.execCommand('mcePreview');
    let frame: HTMLIFrameElement | null = null;
    // Its srcdoc document (not the about:blank one before it): the body TinyMCE writes, loaded.
    const loaded = () => frame?.contentDocument?.getElementById('tinymce') && frame.contentDocument.readyState === 'complete';
    await until(() => !!(frame = document.querySelector<HTMLIFrameElement>('.tox-dialog iframe')) && !!loaded(), 'the preview', 8000);
    return frame!;
  }

  it('with the embed host excluded from sandboxing and the site script kept: in its srcdoc frame the embed frame upgrades and is fitted', async () => {
    // The probe first, kept by the same rule, records the heights the frame reports.
    const preview = await previewOf(PROBE_SCRIPTS + iframeTier(), {
      sandbox_iframes_exclusions: [new URL(OTHER).hostname],
      extended_valid_elements: 'script[src|type|integrity|crossorigin]',
    });
    expect(preview.hasAttribute('srcdoc'), 'a srcdoc frame').to.equal(true);
    expect(preview.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin');
    const embed = preview.contentDocument!.querySelector('iframe')!;
    expect(embed.hasAttribute('sandbox'), 'the embed frame not sandboxed').to.equal(false);
    const heights = heightsIn(preview, embed);
    const probe = await upgraded(embed);
    expect(probe.lang).to.deep.equal(['sv']);
    await fitted(embed, heights);
    await expect(preview).to.be.accessible(FRAGMENT);
  });

  it('stock: the embed frame it sandboxed (sandbox="") shows the prerendered page at the snippet height in the preview', async () => {
    const preview = await previewOf(iframeTier());
    const embed = preview.contentDocument!.querySelector('iframe')!;
    expect(embed.getAttribute('sandbox')).to.equal('');
    expect(preview.contentDocument!.querySelector('script[src$="embed.js"]'), 'the site script removed').to.equal(null);
    await pause(1000);
    // No script runs in it (no probe answers); what such a frame shows is checked above and in test/embed-pages.test.ts.
    expect(await askProbe(embed), 'no script ran in the embed frame').to.equal(undefined);
    expect(frameHeight(embed)).to.equal(SNIPPET_HEIGHT);
    await expect(preview).to.be.accessible(FRAGMENT);
  });
});

describe('a page of an opaque origin that no sandbox made (opened from a file or a data: URL)', function () {
  this.timeout(45_000);

  it('the site script fits the embed frame inside it, whose messages come from the embed page\'s own origin', async () => {
    // The data: page reports its embed frame's height to this page (it is another origin: nothing else can be read).
    const report = `<script>setInterval(() => parent.postMessage({ type: 'data-host', height: Math.round(document.querySelector('iframe').getBoundingClientRect().height) }, '*'), 100);</script>`;
    const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Sparad sida</title></head><body><main><h1>Sparad sida</h1>${iframeTier()}${report}</main></body></html>`;
    const frame = document.createElement('iframe');
    frame.title = 'A page from a data: URL';
    Object.assign(frame.style, { width: '700px', height: '900px', position: 'fixed', top: '0', left: '0', zIndex: '1', border: '0' });
    const heights: number[] = [];
    const listen = (e: MessageEvent) => e.source === frame.contentWindow && e.data?.type === 'data-host' && heights.push(e.data.height);
    addEventListener('message', listen);
    frame.src = `data:text/html;charset=utf-8,${encodeURIComponent(page)}`;
    document.body.append(frame);
    try {
      await until(() => heights.length > 0, 'the data: page reporting', 8000);
      // Without the site script's fitting (tried: it refused the embed page's origin here) it stays at the snippet's height.
      await until(() => heights.at(-1) !== SNIPPET_HEIGHT, 'the embed frame fitted', 15_000).catch(() => {
        throw new Error(`never fitted: ${[...new Set(heights)].join(', ')}`);
      });
      await expect(frame).to.be.accessible(FRAGMENT);
    } finally {
      removeEventListener('message', listen);
      frame.remove();
    }
  });
});
