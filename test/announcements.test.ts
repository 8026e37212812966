// What a screen reader says of every widget × language × state, against the table in
// test/announcements.md (reviewed against the seeds). Read from the DOM in every engine, and in
// Chromium also from the browser's own accessibility tree (CDP), which must say the same.
// When a transcript differs, the test writes everything it heard to .tmp/announcements/<engine>.md.
import { expect } from '@open-wc/testing';
import { chromiumTree, domTree, liveRegions, transcript, type AxNode } from './support/announcements.js';
import { bundledDataset } from '../src/data/bundled.js';
import type { Dataset } from '../src/data/schema.js';
import { emptyDataset, ENGINE, LANGS, mount, shadow, until, type Lang } from './support/helpers.js';

const NOW = '2022-06-01';

/**
 * The bundled data with links, which the seeds do not give: the card's title links to the agreement,
 * and its first source to its page (test URLs), so that the table says what a link is read as.
 */
function linked(): Dataset {
  const data = structuredClone(bundledDataset);
  const p = data.partnerships.find((x) => x.id === 'stockholm-ile-de-france')!;
  p.links = [{ url: 'https://example.org/samarbetsavtal', label: { sv: 'Avtalet', fr: 'L’accord', en: 'The agreement' } }];
  data.sources.find((x) => x.id === 'press-release-2020')!.url = 'https://example.org/pressmeddelande';
  return data;
}

const WIDGETS: { tag: string; id: Record<string, string>; data?: () => Dataset }[] = [
  { tag: 'coop-partnership-card', id: { partnership: 'stockholm-ile-de-france', now: NOW }, data: linked },
  { tag: 'coop-priority-areas', id: { partnership: 'stockholm-ile-de-france' } },
  { tag: 'coop-agreement-timeline', id: { partnership: 'stockholm-ile-de-france', now: NOW } },
  { tag: 'coop-region-facts', id: { region: 'ile-de-france' } },
  { tag: 'coop-cooperation-list', id: { region: 'stockholm', now: NOW } },
];
const STATES = ['loaded', 'loading', 'error', 'not found', 'empty'] as const;
type State = (typeof STATES)[number];
const ROOT = 'data-announced';

/** The table: `## <tag> · <lang> · <state>` over a ```text block of the transcript. */
async function table(): Promise<Map<string, string>> {
  const md = await (await fetch('/test/announcements.md')).text();
  const rows = new Map<string, string>();
  for (const m of md.matchAll(/^## (.+)\n+```text\n([\s\S]*?)\n```/gm)) rows.set(m[1].trim(), m[2]);
  return rows;
}
const key = (tag: string, lang: string, state: string) => `${tag} · ${lang} · ${state}`;

async function mountIn({ tag, id, data }: (typeof WIDGETS)[number], lang: Lang, state: State) {
  const attrs = { ...id, [ROOT]: '' };
  switch (state) {
    case 'loading': {
      const { el } = await mount(tag, { attrs: { ...attrs, src: '/__test/slow/5000' }, lang }, false);
      await until(() => !!shadow(el).querySelector('[part="loading"]')?.textContent?.trim(), 'the loading message');
      return el;
    }
    case 'error':
      return (await mount(tag, { attrs: { ...attrs, src: '/__test/missing-field' }, lang })).el;
    case 'not found': {
      const name = Object.keys(id)[0];
      return (await mount(tag, { attrs: { ...attrs, [name]: 'nowhere' }, lang, data: data?.() })).el;
    }
    case 'empty':
      return (await mount(tag, { attrs, lang, data: emptyDataset() })).el;
    default:
      return (await mount(tag, { attrs, lang, data: data?.() })).el;
  }
}

/** Live regions a state has: none when loaded or empty, one status while loading, one alert on an error. */
const LIVE: Record<State, string[]> = { loaded: [], empty: [], loading: ['status'], error: ['alert'], 'not found': ['alert'] };

/** Where two transcripts part: the line number, what was said and what the table says. */
const firstDifference = (said: string[], want: string[]) => {
  const i = said.findIndex((line, n) => line !== want[n]);
  const at = i === -1 ? said.length : i;
  return `line ${at + 1} says ${JSON.stringify(said[at] ?? '(nothing)')}, the table ${JSON.stringify(want[at] ?? '(nothing)')}`;
};

/** A phrase said twice in a row within a line ("Réalisé Réalisé", a label beside its visually hidden copy). */
const doubled = (lines: string[]) => lines.filter((l) => /(\b[\p{L}\d][^[\]{}]{5,}?)[\s:–-]+\1\b/u.test(l));

describe('what a screen reader says (test/announcements.md)', function () {
  this.timeout(60_000);
  let expected: Map<string, string>;
  const heard: string[] = [];
  let failed = false;
  before(async () => (expected = await table()));
  after(async () => {
    if (!failed) return;
    const body = `# Heard in ${ENGINE}\n\n${heard.join('\n')}`;
    await fetch(`/__test/announcements?engine=${ENGINE}`, { method: 'POST', body });
  });

  for (const widget of WIDGETS) {
    const { tag } = widget;
    for (const lang of LANGS) {
      it(`${tag} in ${lang}: loaded, loading, error, not found, empty${ENGINE === 'chromium' ? ' (DOM and Chromium’s tree)' : ''}`, async () => {
        const problems: string[] = [];
        for (const state of STATES) {
          const el = await mountIn(widget, lang, state);
          const trees: [string, AxNode][] = [['DOM', domTree(el)]];
          const chromium = await chromiumTree(`[${ROOT}]`);
          if (chromium) trees.push(["Chromium's tree", chromium]);
          const row = key(tag, lang, state);
          const want = expected.get(row);
          for (const [reader, tree] of trees) {
            const said = transcript(tree, lang);
            if (reader === 'DOM') heard.push(`## ${row}\n\n\`\`\`text\n${said.join('\n')}\n\`\`\`\n`);
            if (want === undefined) problems.push(`no row for ${row} in test/announcements.md`);
            else if (said.join('\n') !== want) problems.push(`${reader}, ${row}: ${firstDifference(said, want.split('\n'))}`);
            for (const line of doubled(said)) problems.push(`${reader}, ${row}: said twice in "${line}"`);
            const live = liveRegions(tree).map((r) => r.role);
            if (live.join() !== LIVE[state].join()) problems.push(`${reader}, ${row}: live regions [${live}], not [${LIVE[state]}]`);
          }
          await expect(el).to.be.accessible();
          el.parentElement!.remove();
        }
        failed ||= problems.length > 0;
        expect(problems).to.deep.equal([]);
      });
    }
  }
});

describe('an error is announced once, through one live region', () => {
  it('not again when the page changes language or the widget re-renders; a new error is', async () => {
    const { el } = await mount('coop-region-facts', { attrs: { region: 'ile-de-france', src: '/__test/missing-field', [ROOT]: '' }, lang: 'sv' });
    const root = shadow(el);
    // Every moment a live region appears: an element put in with role alert/status or aria-live, or given one.
    const appeared: string[] = [];
    const isLive = (n: Node) => n instanceof Element && (/^(alert|status|log)$/.test(n.getAttribute('role') ?? '') || n.hasAttribute('aria-live'));
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && isLive(r.target)) appeared.push(`${(r.target as Element).getAttribute('role')} set`);
        for (const n of r.addedNodes) if (isLive(n)) appeared.push(`${(n as Element).getAttribute('role')} added: ${n.textContent!.trim().slice(0, 40)}`);
      }
    }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-live'] });
    const regions = async () => {
      const trees = [domTree(el), await chromiumTree(`[${ROOT}]`)].filter((t): t is AxNode => !!t);
      return trees.map((t) => liveRegions(t).map((r) => `${r.role}: ${r.text.split('. ')[0]}`));
    };
    expect((await regions())[0], 'the error as it appeared').to.deep.equal(['alert: Uppgifterna om samarbetet kan inte visas']);

    el.parentElement!.setAttribute('lang', 'fr');
    await until(() => root.textContent!.includes('ne peuvent pas être affichées'), 'the error in French');
    (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
    await new Promise((r) => setTimeout(r, 100));
    for (const found of await regions()) expect(found, 'no live region left to say it again').to.deep.equal([]);
    expect(transcript(domTree(el), 'fr')[0], 'still there to read').to.equal('Les informations sur la coopération ne peuvent pas être affichées.');
    expect(appeared, 'one announcement while it was shown in two languages').to.have.length(0);

    el.setAttribute('src', '/__test/status/500');
    await until(() => !!root.querySelector('[role="alert"]'), 'the new error');
    expect(appeared.filter((a) => a.startsWith('alert')), 'the new error is said').to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('news, told once', () => {
  it('a src and an id that would read alike joined ("…?x" and "y|z" against "…?x|y" and "z") are two errors, each told and announced', async () => {
    const { el } = await mount('coop-region-facts', { attrs: { src: '/__test/data?x', region: 'y|z' }, lang: 'fr' });
    const errors: string[] = [];
    el.addEventListener('coop-data-error', (e) => errors.push((e as CustomEvent<{ id?: string }>).detail.id ?? ''));
    el.setAttribute('src', '/__test/data?x|y');
    el.setAttribute('region', 'z');
    await until(() => errors.length > 0, 'the second error');
    expect(errors).to.deep.equal(['z']);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent, 'announced').to.match(/«\s*z\s*»/);
    await expect(el).to.be.accessible();
  });
});

describe('news after a reload', () => {
  /** The `coop-data-error` events of `el` from now on, and whether its error is an alert. */
  const watch = (el: HTMLElement) => {
    const events: string[] = [];
    el.addEventListener('coop-data-error', (e) => events.push((e as CustomEvent<{ code: string }>).detail.code));
    return { events, alert: () => !!shadow(el).querySelector('[role="alert"]') };
  };

  it('the same error again after "Loading…" (reload of a failing src) is told and announced again', async () => {
    const { el } = await mount('coop-region-facts', { attrs: { region: 'ile-de-france', src: '/__test/status/500' }, lang: 'en' });
    const seen = watch(el);
    let loading = false;
    new MutationObserver(() => (loading ||= !!shadow(el).querySelector('[part="loading"]'))).observe(shadow(el), { childList: true, subtree: true });
    (el as HTMLElement & { reload(): void }).reload();
    await until(() => seen.events.length > 0, 'the error again', 5000);
    expect(loading, 'the loading state was shown in between').to.be.true;
    expect(seen.events).to.deep.equal(['fetch-failed']);
    expect(seen.alert(), 'announced').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('inline JSON replaced by other invalid data and reloaded: a new error, told and announced', async () => {
    const { el } = await mount('coop-region-facts', { attrs: { region: 'ile-de-france' }, lang: 'en', inline: JSON.stringify({ formatVersion: 1, regions: [{ id: 'x' }] }) });
    const before = shadow(el).querySelector('[part="error"]')!.textContent;
    const seen = watch(el);
    el.querySelector('script')!.textContent = JSON.stringify({ formatVersion: 1, partnerships: 7 });
    (el as HTMLElement & { reload(): void }).reload();
    await until(() => seen.events.length > 0, 'the new error');
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.not.equal(before);
    expect(seen.events).to.deep.equal(['invalid-data']);
    expect(seen.alert(), 'announced').to.be.true;
    await expect(el).to.be.accessible();
  });
});

describe('the table of announcements', () => {
  it('has a row for every widget × language × state, and no other', async () => {
    const rows = [...(await table()).keys()].sort();
    const want = WIDGETS.flatMap(({ tag }) => LANGS.flatMap((lang) => STATES.map((state) => key(tag, lang, state)))).sort();
    expect(rows).to.deep.equal(want);
  });

  it('the transcript check fails on a heading at another level and on a phrase said twice (broken variants)', () => {
    const tree: AxNode = { role: 'heading', name: 'Tidslinje', level: 3, children: [{ role: 'StaticText', name: 'Tidslinje', lang: 'sv', children: [] }] };
    expect(transcript(tree, 'sv')).to.deep.equal(['heading 3: Tidslinje']);
    expect(transcript({ ...tree, level: 2 }, 'sv')).to.not.deep.equal(['heading 3: Tidslinje']);
    expect(transcript(tree, 'fr'), 'a Swedish text in a French widget is marked').to.deep.equal(['heading 3: {sv: Tidslinje}']);
    const twice: AxNode = { role: 'paragraph', name: '', children: ['Genomfört', 'Genomfört'].map((name) => ({ role: 'StaticText', name, lang: 'sv', children: [] })) };
    expect(doubled(transcript(twice, 'sv'))).to.have.length(1);
  });
});
