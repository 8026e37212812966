// Each tier's snippet through the real editors web editors paste into
// (TinyMCE 8 and CKEditor 5, npm packages, in this browser), checked against
// what the embed builder says of them (src/embed/editors.ts); then what the
// editor kept, published on a host page with its own strict policy.
import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
import { EDITORS, OUTCOMES, type Editor, type Outcome } from '../src/embed/editors.js';
import { elementOf } from '../src/registry/registry.js';
import { tierSnippet, type EmbedChoice, type Tier } from '../src/embed/snippets.js';
import { OTHER, closeFrames, openFrame, probeUntilUpgraded, type ProbedWindow as HostWindow } from './support/frames.js';
import { exportWidget } from '../src/export/export.js';
import { until } from './support/helpers.js';
import { loadTinyMCE } from './support/tinymce.js';

const BASE = `${OTHER}/dist/`;
const CHOICE: EmbedChoice = {
  element: 'coop-region-facts', id: 'ile-de-france', lang: 'sv', theme: 'light', headingLevel: 2, source: 'bundled', src: '', inline: '', base: BASE,
};
const HEADING = 'Région Île-de-France';

/** A widget the editors are tried with: its choice, a text its content shows, and an element only its fallback HTML has. */
interface Case {
  choice: EmbedChoice;
  heading: string;
  fact: string;
  structure: string;
}
/** The region facts (as every test below), and the cooperation list: what the editors keep does not depend on the widget. */
const CASES: Case[] = [
  { choice: CHOICE, heading: HEADING, fact: 'drygt 12,2 miljoner', structure: 'dl' },
  {
    choice: { ...CHOICE, element: 'coop-cooperation-list', id: 'stockholm' },
    heading: 'Samarbeten som Region Stockholm deltar i',
    fact: 'Strukturfondspartnerskapet i Stockholms län',
    structure: 'section h3',
  },
];

function snippetOf(tier: Tier | 'script+fallback', choice = CHOICE): string {
  if (tier === 'script+fallback') {
    const fallbackElement = exportWidget({ element: choice.element, id: choice.id, lang: 'sv', data: bundledDataset });
    return tierSnippet('script', choice, bundledDataset, { lang: 'sv', fallbackElement });
  }
  return tierSnippet(tier, choice, bundledDataset, { lang: 'sv' });
}

// --- the editors, as CMSes configure them ---------------------------------

type TinyMCE = { init(o: object): Promise<{ execCommand(c: string, ui: boolean, v: object): void; getContent(): string; remove(): void }[]> };
type CKEditor = { setData(html: string): void; getData(): string; destroy(): Promise<void> };
type CKModule = Record<string, unknown> & { ClassicEditor: { create(el: HTMLElement, config: object): Promise<CKEditor> } };

const tinymce = () => loadTinyMCE<TinyMCE>();

/** Pastes `html` into a stock TinyMCE 8 (`license_key: 'gpl'`, no other setting but `extra`) and returns what it keeps. */
async function throughTinyMCE(html: string, extra: object = {}): Promise<string> {
  const target = document.body.appendChild(document.createElement('textarea'));
  const [editor] = await (await tinymce()).init({ target, license_key: 'gpl', base_url: '/node_modules/tinymce', suffix: '.min', ...extra });
  editor.execCommand('mceInsertClipboardContent', false, { html });
  const kept = editor.getContent();
  editor.remove();
  target.remove();
  return kept;
}

/** Loads `html` into CKEditor 5 as Drupal configures it (basic, or full HTML: General HTML Support allowing all) and returns what it keeps. */
async function throughCKEditor(html: string, full: boolean): Promise<string> {
  const ck = (await import('/node_modules/ckeditor5/dist/browser/ckeditor5.js' as string)) as CKModule;
  const plugins = ['Essentials', 'Paragraph', 'Heading', 'Link', 'List', ...(full ? ['GeneralHtmlSupport'] : [])].map((name) => ck[name]);
  const host = document.body.appendChild(document.createElement('div'));
  const editor = await ck.ClassicEditor.create(host, {
    licenseKey: 'GPL', plugins,
    htmlSupport: full ? { allow: [{ name: /.*/, attributes: true, classes: true, styles: true }] } : undefined,
  });
  editor.setData(html);
  const kept = editor.getData();
  await editor.destroy();
  host.remove();
  return kept;
}

const through = (editor: Editor, html: string) =>
  editor === 'tinymce' ? throughTinyMCE(html)
  : editor === 'tinymce-excluded' ? throughTinyMCE(html, { sandbox_iframes_exclusions: [new URL(OTHER).hostname] })
  : throughCKEditor(html, editor === 'ckeditor-full');

/** What `kept` is, in the words of editors.ts. */
function outcomeOf(kept: string, tier: Tier | 'script+fallback', c: Case = CASES[0]): Outcome {
  const doc = new DOMParser().parseFromString(kept, 'text/html');
  const frame = doc.querySelector('iframe');
  if (frame) return frame.hasAttribute('sandbox') && !/allow-scripts/.test(frame.getAttribute('sandbox')!) ? 'no-scripts' : 'kept';
  const script = doc.querySelector('script[type="module"][src$="cooperation-widgets.standalone.js"]');
  const tag = c.choice.element;
  if (script && doc.querySelector(tag)) return tier === 'script+fallback' && !doc.querySelector(`${tag} ${c.structure}`) ? 'text' : 'kept';
  const text = doc.body.textContent!.replace(/\s+/g, ' ').trim();
  if (tier === 'link' && text === snippetOf('link', c.choice).trim()) return 'url';
  return text.includes(c.heading) ? 'text' : text === '' ? 'removed' : (`unexpected: ${text.slice(0, 80)}` as Outcome);
}

describe('what the editors keep of each tier (what the embed builder says)', function () {
  this.timeout(30_000);
  for (const c of CASES) {
    for (const [tier, byEditor] of Object.entries(OUTCOMES) as [Tier | 'script+fallback', Record<Editor, Outcome>][]) {
      for (const editor of EDITORS) {
        it(`${c.choice.element}: ${tier} in ${editor}: ${byEditor[editor]}`, async () => {
          const kept = await through(editor, snippetOf(tier, c.choice));
          expect(outcomeOf(kept, tier, c), kept).to.equal(byEditor[editor]);
          if (byEditor[editor] === 'text') {
            const doc = new DOMParser().parseFromString(kept, 'text/html');
            expect(doc.body.textContent, 'the facts are still there as text').to.contain(c.fact);
          }
        });
      }
    }
  }
});

// --- published -------------------------------------------------------------

/** Publishes `html` on a host page (its own strict policy: scripts and frames from the embed host only) and returns the page. */
async function publish(html: string, query = ''): Promise<HostWindow> {
  const id = await (await fetch('/__test/snippet', { method: 'POST', body: html })).text();
  // In view, as a reader's page is: the embed frames are loading="lazy".
  const style = { position: 'fixed', top: '0', left: '0', zIndex: '1' };
  return (await openFrame(`/host-page.html?id=${id}${query}`, { width: 640, height: 900, style })).contentWindow as HostWindow;
}

/**
 * The heights `embed` has sent the host page so far, from its first message on: the host's probe
 * records them as they come (a listener added once the host has loaded could miss a frame that
 * reported, and was fitted, before that).
 */
const heightsFrom = (host: HostWindow, embed: HTMLIFrameElement) => () =>
  host.__probe.heights.filter((m) => m.source === embed.contentWindow).map((m) => m.height);

/** What the probe in an embed frame (another origin) saw, once its widget has upgraded: within 20 s, or the test fails saying what the frame answered last. */
async function probeOf(embed: HTMLIFrameElement) {
  const last = await probeUntilUpgraded(embed, 20_000);
  if (last.upgraded[0]) return last;
  // What the frame said last, to tell a slow frame from a broken one.
  const said = JSON.stringify({ events: last.events, errors: last.errors, violations: last.violations, state: last.state });
  throw new Error(`the embed frame never upgraded (${embed.src}; last answer: ${said})`);
}

/** The probe goes into the embed page's URL (the editor keeps the query), so the test can see inside the frame. */
const withProbe = (kept: string) => kept.replace(/(\.html)(")/, '$1?probe$2');
const frameHeight = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);

describe('TinyMCE set to keep scripts (docs/cms.md)', function () {
  this.timeout(30_000);
  const pinned = { ...CHOICE, integrity: { 'cooperation-widgets.standalone.js': 'sha384-test' } };
  const code = tierSnippet('script', pinned, bundledDataset, { lang: 'sv' });

  it('keeps the pin only when its rule names integrity and crossorigin', async () => {
    const script = (kept: string) => new DOMParser().parseFromString(kept, 'text/html').querySelector('script[src$="cooperation-widgets.standalone.js"]');
    const full = script(await throughTinyMCE(code, { extended_valid_elements: 'script[src|type|integrity|crossorigin]' }));
    expect(full?.getAttribute('integrity')).to.equal('sha384-test');
    expect(full?.getAttribute('crossorigin')).to.equal('anonymous');
    const bare = script(await throughTinyMCE(code, { extended_valid_elements: 'script[src|type]' }));
    expect(bare, 'the script is kept').to.exist;
    expect(bare!.hasAttribute('integrity'), 'but not its pin').to.equal(false);
  });
});

describe('published from the editor onto a host page with its own strict policy', function () {
  // probeOf alone may take 20 s before it says what the frame last answered.
  this.timeout(45_000);

  it('stock TinyMCE: the frame is sandboxed without scripts and shows the prerendered page at the snippet height', async () => {
    const kept = await through('tinymce', snippetOf('iframe'));
    const host = await publish(kept);
    const embed = host.document.querySelector('iframe')!;
    expect(embed.getAttribute('sandbox')).to.equal('');
    await until(() => frameHeight(embed) === elementOf('coop-region-facts').frameHeight('ile-de-france'), 'the snippet height', 3000);
    // Without scripts nobody can fit the frame: it stays at the snippet's height, and what it shows
    // (the same page without scripts) is checked in test/embed-pages.test.ts.
    await new Promise((r) => setTimeout(r, 500));
    expect(frameHeight(embed)).to.equal(elementOf('coop-region-facts').frameHeight('ile-de-france'));
    expect(host.__probe.violations).to.deep.equal([]);
  });

  it('TinyMCE with the embed host excluded from sandboxing: upgraded, in Swedish, and fitted by the site script loaded after the frame reported', async () => {
    const kept = withProbe(await through('tinymce-excluded', snippetOf('iframe')));
    expect(kept, 'TinyMCE keeps the lazy loading').to.contain(' loading="lazy"');
    const host = await publish(kept);
    const embed = host.document.querySelector('iframe')!;
    const seen = heightsFrom(host, embed);
    const probe = await probeOf(embed);
    expect(probe.lang).to.deep.equal(['sv']);
    expect(probe.text[0]).to.contain(HEADING);
    expect(probe.violations).to.deep.equal([]);
    expect(frameHeight(embed), 'no site script yet').to.equal(elementOf('coop-region-facts').frameHeight('ile-de-france'));
    // The site script arrives late, as a template's script at the end of a page can: it asks the frame again.
    const before = seen().length;
    host.document.head.append(Object.assign(host.document.createElement('script'), { type: 'module', src: `${BASE}embed.js` }));
    await until(() => seen().length > before, 'the height after the hello', 5000);
    await until(() => frameHeight(embed) === seen().at(-1), 'the frame fitted to its content', 3000);
    expect(seen().at(-1)).not.to.equal(elementOf('coop-region-facts').frameHeight('ile-de-france'));
    expect(host.__probe.violations).to.deep.equal([]);
    expect(host.__probe.errors).to.deep.equal([]);
  });

  it('CKEditor 5 with full HTML: the script tier renders on the page; the iframe tier fits with the site script', async () => {
    let host = await publish(await through('ckeditor-full', snippetOf('script')));
    await until(() => host.__probe.events.length > 0, 'the widget loaded', 8000);
    const widget = host.document.querySelector('coop-region-facts')!;
    expect(widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('sv');
    expect(widget.shadowRoot!.textContent).to.contain(HEADING);
    expect(host.__probe.violations).to.deep.equal([]);
    closeFrames();

    host = await publish(withProbe(await through('ckeditor-full', snippetOf('iframe'))), '&site-script');
    const embed = host.document.querySelector('iframe')!;
    const seen = heightsFrom(host, embed);
    await probeOf(embed);
    await until(() => seen().length > 0 && frameHeight(embed) === seen().at(-1), 'the frame fitted', 5000);
    expect(seen().at(-1), 'fitted, not the snippet height').not.to.equal(elementOf('coop-region-facts').frameHeight('ile-de-france'));
  });

  it('WordPress: the link becomes the oEmbed frame (sandbox="allow-scripts", a secret), fitted through wp-embed', async () => {
    // What WordPress writes for a provider it does not list: the oEmbed html (the build writes it with
    // iframeSnippet, as here), only its iframe kept, sandboxed with scripts, with a secret.
    const kept = await through('tinymce', snippetOf('link'));
    const url = new DOMParser().parseFromString(kept, 'text/html').body.textContent!.trim();
    expect(url).to.equal(snippetOf('link').trim());
    const oembedHtml = tierSnippet('iframe', CHOICE, bundledDataset, { lang: 'sv' });
    expect(oembedHtml).to.contain(`src="${url}"`);
    const secret = 'Ab3dE6gH9k';
    const wordpress = withProbe(oembedHtml)
      .replace('<iframe ', `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="${secret}" `)
      .replace(/src="([^"]+)"/, `src="$1#?secret=${secret}"`);
    const host = await publish(wordpress, '&wp');
    const embed = host.document.querySelector('iframe')!;
    const probe = await probeOf(embed);
    expect(probe.lang).to.deep.equal(['sv']);
    await until(() => embed.getAttribute('height') !== String(elementOf('coop-region-facts').frameHeight('ile-de-france')), 'wp-embed set a height', 5000);
    const height = Number(embed.getAttribute('height'));
    expect(height).to.be.within(200, 1000);
    expect(frameHeight(embed)).to.equal(height);
  });

  it('the site script trusts only the embed frames it finds on the page', async () => {
    const genuine = withProbe(snippetOf('iframe'));
    const impostor = `<iframe src="${OTHER}/test/fixtures/impostor.html" title="Not an embed" height="150"></iframe>`;
    const host = await publish(genuine + impostor, '&site-script');
    const [embed, other] = host.document.querySelectorAll('iframe');
    const seen = heightsFrom(host, embed);
    await until(() => seen().length > 0 && frameHeight(embed) === seen().at(-1), 'the genuine frame fitted', 8000);
    // The impostor claims 3000 px in our protocol, and so does a script on the page itself.
    host.postMessage({ type: 'coop-widgets:height', id: 'x', height: 3000 }, '*');
    await new Promise((r) => setTimeout(r, 800));
    expect(other.clientHeight, 'the height its snippet gave').to.equal(150);
    expect(frameHeight(embed)).to.equal(seen().at(-1));

    // A frame added later (a CMS that renders blocks after load) is found and fitted too.
    const later = host.document.createElement('iframe');
    later.src = `${BASE}embed/en/agreement-timeline/higher.html`;
    later.title = 'Agreement timeline';
    later.setAttribute('frameborder', '0');
    const laterSeen = heightsFrom(host, later);
    host.document.querySelector('main')!.append(later);
    await until(() => laterSeen().length > 0 && frameHeight(later) === laterSeen().at(-1), 'the added frame fitted', 8000);
    expect(laterSeen().at(-1)).to.be.below(elementOf('coop-agreement-timeline').frameHeight('stockholm-ile-de-france'));
  });
});
