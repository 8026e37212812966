// The Storybook embed builder: its snippet, pasted into a plain page beside the
// built bundle, renders the chosen widget. (This file uses the compiled library
// the builder is made for, not src/.)
import { expect, fixture, html } from '@open-wc/testing';
import { scriptSnippet as snippet, type EmbedChoice } from '../dist/lib/embed/snippets.js';
import { defineEmbedBuilder, type CoopEmbedBuilder } from '../stories/embed-builder/embed-builder.js';
import { datasetFor } from '../stories/embed-builder/choice.js';
import { openFrame } from './support/frames.js';
import { until } from './support/helpers.js';

defineEmbedBuilder();

const base: EmbedChoice = {
  element: 'coop-partnership-card',
  id: 'stockholm-ile-de-france',
  lang: '',
  theme: 'light',
  headingLevel: 2,
  source: 'bundled',
  src: '',
  inline: '',
  base: './dist/',
};

/** Pastes the snippet into a plain page (strict CSP) and returns the widget once it has rendered. */
async function paste(code: string, tag: string) {
  const id = await (await fetch('/__test/snippet', { method: 'POST', body: code })).text();
  const frame = await openFrame(`/snippet-page.html?id=${id}`, { width: 300, height: 150 });
  const win = frame.contentWindow as Window & { __probe: { events: { type: string }[]; errors: string[]; violations: string[] } };
  await until(() => win.__probe.events.length > 0, 'a data event', 8000);
  const el = win.document.querySelector(tag)!;
  return { frame, win, el, text: (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ') };
}

describe('embed builder snippet', () => {
  it('writes the script tag and the element with only the attributes that differ from the defaults', () => {
    expect(snippet(base)).to.equal(
      '<script type="module" src="./dist/cooperation-widgets.standalone.js"></script>\n' +
        '<coop-partnership-card partnership="stockholm-ile-de-france"></coop-partnership-card>\n',
    );
    const code = snippet({ ...base, element: 'coop-region-facts', id: 'stockholm', lang: 'fr', theme: 'dark', headingLevel: 3 });
    expect(code).to.contain('<coop-region-facts region="stockholm" lang="fr" theme="dark" heading-level="3"></coop-region-facts>');
  });

  it('escapes attribute values and keeps inline JSON from closing its script', () => {
    const code = snippet({ ...base, source: 'src', src: 'https://x.example/a.json?x="1"&y=<2>' });
    expect(code).to.contain('src="https://x.example/a.json?x=&quot;1&quot;&amp;y=&lt;2>"');
    expect(code, 'one file, nothing to preload').to.not.contain('modulepreload');
    const inline = snippet({ ...base, source: 'inline', inline: '{"a":"</script><script>alert(1)</script>"}' });
    expect(inline.match(/<\/script>/g)).to.have.length(2);
    const block = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(inline)![1];
    expect(JSON.parse(block).a).to.equal('</script><script>alert(1)</script>');
  });

  const cases: [string, Partial<EmbedChoice>, string, string][] = [
    ['a French partnership card', { lang: 'fr' }, 'coop-partnership-card', 'Accord de coopération'],
    ['a Swedish fact box, dark', { element: 'coop-region-facts', id: 'ile-de-france', lang: 'sv', theme: 'dark' }, 'coop-region-facts', 'drygt 12,2 miljoner'],
    ['a timeline from a data file', { element: 'coop-agreement-timeline', source: 'src', src: '/__test/data', lang: 'en' }, 'coop-agreement-timeline', 'Annual reporting'],
  ];
  for (const [what, choice, tag, expected] of cases) {
    it(`pasted into a plain page beside the bundle, renders ${what}`, async () => {
      const { frame, win, el, text } = await paste(snippet({ ...base, ...choice }), tag);
      expect(text).to.contain(expected);
      if (choice.theme) expect(el.getAttribute('theme')).to.equal(choice.theme);
      expect(win.__probe.errors).to.deep.equal([]);
      expect(win.__probe.violations).to.deep.equal([]);
      frame.remove();
    });
  }

  it('pasted with inline JSON, renders from the JSON inside the element', async () => {
    const inline = datasetFor('coop-priority-areas', 'stockholm-ile-de-france');
    const { frame, win, text } = await paste(
      snippet({ ...base, element: 'coop-priority-areas', source: 'inline', inline, lang: 'sv' }),
      'coop-priority-areas',
    );
    expect(text).to.contain('Stadsplanering och smarta städer');
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.violations, 'a JSON data block is not a script for the CSP').to.deep.equal([]);
    frame.remove();
  });
});

describe('embed builder snippet with fallback HTML', () => {
  it('adds the fallback style sheet and the exported element, both pinned by their hashes; pasted, the browser accepts them and it renders', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><coop-embed-builder></coop-embed-builder></div>`);
    const builder = wrapper.firstElementChild as CoopEmbedBuilder;
    builder.set({ element: 'coop-region-facts', id: 'ile-de-france', lang: 'fr' });
    await until(() => builder.integrity !== undefined, 'dist/integrity.json', 8000);
    const built = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const pin = (file: string) => ` integrity="${built[file]}" crossorigin="anonymous"`;
    const code = builder.code;
    const head =
      `<link rel="stylesheet" href="${location.origin}/dist/cooperation-widgets.fallback.css"${pin('cooperation-widgets.fallback.css')}>\n` +
      `<script type="module" src="${location.origin}/dist/cooperation-widgets.standalone.js"${pin('cooperation-widgets.standalone.js')}></script>\n`;
    expect(code.startsWith(head), code).to.equal(true);
    await builder.updateComplete;
    expect(builder.shadowRoot!.textContent, 'says what the hashes mean').to.contain('empreinte d’intégrité de cette version');
    expect(code).to.contain('<coop-region-facts region="ile-de-france" lang="fr">');
    expect(code).to.contain('<dl part="list" class="list">');
    expect(code).to.contain('plus de 12,2 millions');
    const { frame, win, el, text } = await paste(code, 'coop-region-facts');
    expect(text).to.contain('plus de 12,2 millions');
    expect((el.querySelector('section') as HTMLElement).getClientRects().length, 'fallback hidden once rendered').to.equal(0);
    expect(win.__probe.errors).to.deep.equal([]);
    frame.remove();
  });
});

describe('<coop-embed-builder>', () => {
  it('previews the chosen widget, shows its snippet, speaks the page language and passes axe', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="sv"><coop-embed-builder></coop-embed-builder></div>`);
    const builder = wrapper.firstElementChild as CoopEmbedBuilder;
    await builder.updateComplete;
    const root = builder.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Inbäddningsverktyg');
    builder.set({ element: 'coop-region-facts' });
    await builder.updateComplete;
    expect(builder.choice.id, 'the id follows the element').to.equal('stockholm');
    const preview = root.querySelector('.preview coop-region-facts')!;
    await until(() => (preview.shadowRoot?.textContent ?? '').includes('Sverige'), 'the preview', 8000);
    expect(root.querySelector('pre')!.textContent).to.contain('<coop-region-facts region="stockholm">');
    expect(root.querySelector('pre')!.textContent, 'fallback HTML by default').to.contain('<dl part="list"');
    builder.set({ source: 'inline' });
    await builder.updateComplete;
    expect(JSON.parse(builder.choice.inline).regions.map((r: { id: string }) => r.id)).to.deep.equal(['stockholm']);
    await expect(builder).to.be.accessible();
  });
});

describe('<coop-embed-builder> tiers', () => {
  it('writes the frame of the embed page and the site script, says what each editor keeps, previews the frame and passes axe', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><coop-embed-builder></coop-embed-builder></div>`);
    const builder = wrapper.firstElementChild as CoopEmbedBuilder;
    builder.set({ element: 'coop-region-facts', id: 'ile-de-france', tier: 'iframe' });
    await until(() => builder.integrity !== undefined, 'dist/integrity.json', 8000);
    await builder.updateComplete;
    const built = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    const root = builder.shadowRoot!;
    const [code, site] = [...root.querySelectorAll('pre')].map((p) => p.textContent!);
    const page = `${location.origin}/dist/embed/fr/region-facts/ile-de-france.html`;
    expect(code).to.equal(`<iframe src="${page}" title="Fiche région : Région Île-de-France" lang="fr" width="100%" height="930" loading="lazy" frameborder="0"></iframe>\n`);
    expect(site).to.equal(`<script type="module" src="${location.origin}/dist/embed.js" integrity="${built['embed.js']}" crossorigin="anonymous"></script>\n`);
    expect(root.textContent, 'a frame cannot follow the page').to.contain('Un cadre ne peut pas suivre la langue de la page');
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent).join(' '));
    expect(rows).to.deep.equal([
      'TinyMCE 8, configuration par défaut Affiche le contenu à hauteur fixe, sans scripts',
      'TinyMCE 8, hôte d’intégration dans sandbox_iframes_exclusions Fonctionne',
      'CKEditor 5, « Basic HTML » (Drupal) Supprimé',
      'CKEditor 5, « Full HTML » (Drupal) Fonctionne',
    ]);
    const preview = root.querySelector<HTMLIFrameElement>('.preview iframe')!;
    expect(preview.src).to.equal(page);
    expect(root.querySelector<HTMLInputElement>('input[value="inline"]')!.disabled, 'inline JSON only with the script tier').to.equal(true);
    await expect(builder).to.be.accessible();

    builder.set({ tier: 'link', lang: 'sv', theme: 'dark' });
    await builder.updateComplete;
    expect(root.querySelector('pre')!.textContent).to.equal(`${location.origin}/dist/embed/sv/region-facts/ile-de-france.html?theme=dark\n`);
    expect(root.querySelector('tbody')!.textContent, 'the builder speaks its page language').to.contain('Reste un lien');
  });

  it('names the themes in its own language, with the attribute value beside each', async () => {
    const themes = async (lang: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><coop-embed-builder></coop-embed-builder></div>`);
      const builder = wrapper.firstElementChild as CoopEmbedBuilder;
      await builder.updateComplete;
      const select = builder.shadowRoot!.querySelector<HTMLSelectElement>('select option[value="dark"]')!.parentElement as HTMLSelectElement;
      await expect(builder).to.be.accessible();
      return [...select.options].map((o) => `${o.value}: ${o.textContent}`);
    };
    expect(await themes('sv')).to.deep.equal(['light: Ljust (light)', 'dark: Mörkt (dark)', 'auto: Som besökarens enhet (auto)']);
    expect(await themes('fr')).to.deep.equal(['light: Clair (light)', 'dark: Sombre (dark)', 'auto: Selon l’appareil du visiteur (auto)']);
    expect(await themes('en')).to.deep.equal(['light: Light (light)', 'dark: Dark (dark)', 'auto: Follow the visitor’s device (auto)']);
  });

  it('takes the address of the built files from its dist attribute: the code, the hashes and the preview of the frame come from there', async () => {
    const builder = await fixture<CoopEmbedBuilder>(html`<coop-embed-builder dist="/dist/embed/../"></coop-embed-builder>`);
    await until(() => builder.integrity !== undefined, 'integrity.json from the dist attribute', 8000);
    expect(builder.choice.base).to.equal(`${location.origin}/dist/`);
    const built = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
    expect(builder.code).to.contain(`<script type="module" src="${location.origin}/dist/cooperation-widgets.standalone.js" integrity="${built['cooperation-widgets.standalone.js']}"`);
    builder.set({ tier: 'iframe' });
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelector<HTMLIFrameElement>('.preview iframe')!.src).to.equal(`${location.origin}/dist/embed/en/partnership-card/stockholm-ile-de-france.html`);
    await expect(builder).to.be.accessible();
  });

  it('writes code for its base attribute (the CDN) while it previews frames from its own build, and says frames need a site', async () => {
    const cdn = 'https://cdn.jsdelivr.net/npm/cooperation-widgets@0.1.0/dist/';
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><coop-embed-builder dist="/dist/" base=${cdn}></coop-embed-builder></div>`);
    const builder = wrapper.firstElementChild as CoopEmbedBuilder;
    await until(() => builder.integrity !== undefined, 'integrity.json from the dist attribute', 8000);
    expect(builder.code).to.contain(`<script type="module" src="${cdn}cooperation-widgets.standalone.js" integrity="sha384-`);
    const help = () => builder.shadowRoot!.querySelector('#base-help')!.textContent!;
    expect(help()).to.contain('a CDN (this version on jsDelivr)');
    builder.set({ tier: 'iframe' });
    await builder.updateComplete;
    expect(builder.code).to.contain(`<iframe src="${cdn}embed/en/partnership-card/stockholm-ile-de-france.html"`);
    expect(help(), 'a CDN serves no pages').to.contain('Frames and links need the address of a site that hosts the embed pages');
    expect(builder.shadowRoot!.querySelector<HTMLIFrameElement>('.preview iframe')!.src, 'the preview from the build here').to.equal(`${location.origin}/dist/embed/en/partnership-card/stockholm-ile-de-france.html`);
    builder.set({ base: 'https://widgets.region.example/cooperation-widgets/0.1.0/' });
    await builder.updateComplete;
    expect(help()).to.equal('The embed pages are hosted at this address.');
    await expect(builder).to.be.accessible();
  });

  it('offers only the ids an element has something to show for', async () => {
    const builder = await fixture<CoopEmbedBuilder>(html`<coop-embed-builder></coop-embed-builder>`);
    builder.set({ element: 'coop-priority-areas', id: 'cpmr' });
    await builder.updateComplete;
    expect(builder.choice.id).to.equal('stockholm-ile-de-france');
    const options = [...builder.shadowRoot!.querySelectorAll('select')[1].options].map((o) => o.value);
    expect(options).to.deep.equal(['stockholm-ile-de-france']);
  });
});
