// Property-based tests over hostile datasets: data is never parsed as markup,
// never runs a script, never yields an on* attribute or a non-http(s) link, and
// every invalid dataset ends in the error state with its paths.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDataset, type CoopDataErrorDetail, type LocalizedText } from '../src/index.js';
import { pickText } from '../src/i18n/text.js';
import { nextDataEvent } from './support/helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '" onmouseover="window.__pwned=1" x="',
  "' onfocus='window.__pwned=1' autofocus '",
  '<svg onload="window.__pwned=1"></svg>',
  '</style><style>*{display:none}</style>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!-- x --><iframe srcdoc="<script>parent.__pwned=1</script>">',
];
const URLS = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:x',
  '//evil.example/x',
  'https://example.org/ok',
  'http://example.org/"><img src=x onerror=window.__pwned=1>',
];

/** Mostly valid, sometimes not: `valid` nine times in ten. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: invalid });

const payload = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ minLength: 1, maxLength: 40 }));
const hostile = mostly(payload, fc.constant(''));
const text = mostly(
  fc.record({ sv: payload, fr: payload, en: payload }, { requiredKeys: ['en'] }),
  fc.record({ sv: hostile, fr: hostile, en: hostile }, { requiredKeys: [] }),
);
const date = mostly(fc.constantFrom('2020', '2020-02', '2020-02-18'), fc.oneof(fc.constantFrom('2021-02-30', '2020-13', '<b>2020</b>'), hostile));
const id = mostly(fc.constant('r'), hostile);
const dataset = fc.record({
  version: mostly(fc.constant(1), fc.constant(2)),
  sources: fc.constant([{ id: 's', title: { en: 'Source' } }]),
  regions: fc.array(
    fc.record(
      {
        id: fc.constant('r'),
        name: text,
        country: mostly(fc.constantFrom('SE', 'FR'), fc.constantFrom('xx', '<b>')),
        leader: fc.record({ name: hostile, role: text, sources: fc.constant(['s']) }),
        facts: fc.array(fc.record({ text, sources: fc.constant(['s']) }), { maxLength: 2 }),
        sources: fc.constant(['s']),
      },
      { requiredKeys: ['id', 'name', 'country', 'sources'] },
    ),
    { minLength: 1, maxLength: 1 },
  ),
  partnerships: fc.array(
    fc.record(
      {
        id: fc.constant('p'),
        kind: mostly(fc.constantFrom('bilateral-agreement', 'network', 'project'), fc.constant('<script>')),
        title: text,
        summary: text,
        regions: fc.array(fc.record({ id, role: mostly(fc.constantFrom('party', 'member', 'main-owner'), fc.constant('<b>')) }), { maxLength: 2 }),
        participants: text,
        dates: fc.record({ inForce: date, termYears: mostly(fc.constant(5), fc.constant(-1)) }, { requiredKeys: [] }),
        links: fc.array(fc.record({ url: fc.oneof(fc.constantFrom(...URLS), fc.webUrl()), label: text }), { maxLength: 2 }),
        priorityAreas: fc.array(
          fc.record({ id: fc.constant('a'), title: text, description: text, sectors: fc.array(text, { maxLength: 2 }), sources: fc.constant(['s']) }),
          { maxLength: 2 },
        ),
        timeline: fc.array(
          fc.record({ id: fc.constant('e'), date, kind: mostly(fc.constantFrom('decision', 'milestone'), fc.constant('x')), planned: fc.boolean(), title: text, description: text, sources: fc.constant(['s']) }),
          { maxLength: 2 },
        ),
        sources: fc.constant(['s']),
      },
      { requiredKeys: ['id', 'kind', 'title', 'sources'] },
    ),
    { minLength: 1, maxLength: 1 },
  ),
});

/** Where each widget shows the partnership's title or the region's name. */
const TITLE_PART: Record<string, string> = {
  'coop-partnership-card': 'title',
  'coop-priority-areas': 'subtitle',
  'coop-agreement-timeline': 'subtitle',
  'coop-region-facts': 'heading',
  'coop-cooperation-list': 'title',
};
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

async function widgets(): Promise<Widget[]> {
  const page = await fixture<HTMLDivElement>(html`<div lang="fr">
    <coop-partnership-card partnership="p"></coop-partnership-card>
    <coop-priority-areas partnership="p" expanded></coop-priority-areas>
    <coop-agreement-timeline partnership="p"></coop-agreement-timeline>
    <coop-region-facts region="r"></coop-region-facts>
    <coop-cooperation-list></coop-cooperation-list>
  </div>`);
  return [...page.children] as Widget[];
}

/** Every element of a shadow tree, including nested shadow roots. */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? allElements(el.shadowRoot) : [])]);
}

function checkSafe(el: Widget) {
  const els = allElements(el.shadowRoot!);
  for (const node of els) {
    const handlers = node.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on'));
    expect(handlers, `<${node.localName}> in <${el.localName}>`).to.deep.equal([]);
    expect(['script', 'iframe', 'img', 'svg', 'style', 'object', 'embed'], 'no element from data').not.to.include(node.localName);
  }
  for (const a of els.filter((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement)) {
    expect(a.protocol, a.href).to.match(/^https?:$/);
  }
  expect(window.__pwned, 'no script ran').to.be.undefined;
}

async function show(els: Widget[], data: unknown) {
  const events = els.map((el) => nextDataEvent(el, 3000));
  for (const el of els) el.data = data;
  return Promise.all(events);
}

describe('hostile data (fast-check)', () => {
  it('schema-shaped datasets seeded with markup, handlers and script URLs: safe; valid ones render their titles as text, invalid ones end in the error state with paths', async () => {
    const els = await widgets();
    let invalid = 0;
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const events = await show(els, data);
        const result = validateDataset(data);
        for (const [i, el] of els.entries()) {
          checkSafe(el);
          if (result.valid) {
            // Valid data renders, markup in it shown as text.
            expect(events[i].type, `${el.localName} on valid data`).to.equal('coop-data-load');
            expect(el.shadowRoot!.querySelector('[role="alert"]'), el.localName).to.be.null;
            const d = data as unknown as { partnerships: { title: LocalizedText }[]; regions: { name: LocalizedText }[] };
            const names = el.localName === 'coop-region-facts' ? d.regions[0].name : d.partnerships[0].title;
            if (!el.shadowRoot!.querySelector('[part="empty"]')) {
              // The title (or name) in the widget's language, fr, else the fallback: exactly that text, in its place.
              const where = TITLE_PART[el.localName];
              const shown = el.shadowRoot!.querySelector(`[part="${where}"]`)?.textContent ?? '';
              expect(collapse(shown), `${el.localName} shows its title as text in [part=${where}]`).to.equal(collapse(pickText(names, 'fr').text));
            }
          } else {
            const e = events[i] as CustomEvent<CoopDataErrorDetail>;
            expect(e.detail.code).to.equal('invalid-data');
            expect(e.detail.issues!.length).to.be.greaterThan(0);
            const list = el.shadowRoot!.querySelector('[part="error-issues"]')!;
            expect(list.textContent).to.contain(result.issues[0].path);
          }
        }
        if (!result.valid) invalid++;
      }),
      { numRuns: 150, seed: 20261121 },
    );
    expect(invalid, 'the generator makes both valid and invalid datasets').to.be.within(1, 149);
  });

  it('anything at all as data: never a throw, always an invalid-data error with a path', async () => {
    const els = await widgets();
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (data) => {
        fc.pre(data !== undefined);
        const events = await show(els, data);
        for (const [i, el] of els.entries()) {
          const e = events[i] as CustomEvent<CoopDataErrorDetail>;
          expect(e.type).to.equal('coop-data-error');
          expect(e.detail.issues![0].path).to.match(/^\$/);
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
          checkSafe(el);
        }
      }),
      { numRuns: 100, seed: 20261122 },
    );
  });
});
