// The static export: readable with scripts blocked; upgraded in place, once,
// with no layout shift, when the script runs.
import { expect } from '@open-wc/testing';
import { openFrame, type ProbedWindow as ProbeWindow } from './support/frames.js';
import { until } from './support/helpers.js';
import { ELEMENTS } from '../src/registry/registry.js';

const TAGS = ELEMENTS.map((e) => e.tag);

const open = async (path: string, sandbox?: string) =>
  (await openFrame(path, { width: 900, height: 700, sandbox })).contentWindow as ProbeWindow;

describe('no JavaScript: the static export', () => {
  it('with scripts blocked, shows the content of every widget as semantic HTML', async () => {
    const win = await open('/export-page.html?lang=sv&scripts=0', 'allow-same-origin');
    const doc = win.document;
    expect(win.__probe, 'no script ran at all').to.be.undefined;
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot, `${tag} stays undefined`).to.be.null;
      expect((el.firstElementChild as HTMLElement).getClientRects().length, `${tag} fallback is rendered`).to.be.greaterThan(0);
    }
    const text = (tag: string) => (doc.querySelector(tag) as HTMLElement).innerText;
    expect(text('coop-partnership-card')).to.contain('Samarbetsavtal mellan Region Stockholm och Région Île-de-France');
    expect(doc.querySelector('coop-partnership-card article h2')).to.exist;
    expect(text('coop-priority-areas')).to.contain('Stadsplanering och smarta städer');
    expect(text('coop-priority-areas'), 'descriptions are open').to.contain('kollektivtrafiken');
    expect(doc.querySelector('coop-agreement-timeline ol time[datetime="2020-02-18"]')!.textContent).to.equal('18 februari 2020');
    expect(doc.querySelector('coop-region-facts dl')).to.exist;
    expect(text('coop-region-facts')).to.contain('drygt 12,2 miljoner');
    expect([...doc.querySelectorAll('coop-cooperation-list h3')].map((h) => h.textContent!.trim()), 'the groups, as headings').to.include.members(['Nätverk', 'Kontor']);
    expect(text('coop-cooperation-list')).to.contain('Strukturfondspartnerskapet i Stockholms län');
  });

  it('with scripts, upgrades every widget without showing the content twice and without layout shift (CLS 0)', async () => {
    const win = await open('/export-page.html?lang=fr');
    await until(() => (win.__probe?.events.length ?? 0) >= TAGS.length, 'every widget loaded', 8000);
    await new Promise((r) => setTimeout(r, 500));
    const doc = win.document;
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      expect(el.shadowRoot!.querySelector('[part~="base"]'), `${tag} rendered its own`).to.exist;
      expect(el.shadowRoot!.querySelector('slot'), `${tag} no longer shows the fallback`).to.be.null;
      const fallback = [...el.children].find((c) => c.localName !== 'script') as HTMLElement;
      expect(fallback.getClientRects().length, `${tag} fallback is hidden`).to.equal(0);
    }
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.cls, `layout shifts: ${win.__probe.shifts.join(' | ')}`).to.equal(0);
  });

  it('the timeline alone, wholly in view: its fallback has the calendar link the upgraded widget shows, so nothing moves (CLS 0)', async () => {
    const frame = await openFrame('/export-page.html?lang=sv&only=coop-agreement-timeline', { width: 900, height: 2400 });
    const win = frame.contentWindow as ProbeWindow;
    const el = win.document.querySelector('coop-agreement-timeline')!;
    const fallbackHref = el.querySelector<HTMLAnchorElement>('a[part="calendar"]')?.href;
    await until(() => (win.__probe?.events.length ?? 0) >= 1, 'the timeline loaded', 8000);
    await new Promise((r) => setTimeout(r, 500));
    const live = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar"]');
    expect(live, 'the upgraded timeline links to its calendar').to.exist;
    expect(fallbackHref, 'the fallback links to the same file').to.equal(live!.href);
    const below = win.document.querySelector('#below')!.getBoundingClientRect();
    expect(below.bottom, 'the text below the widget is in view').to.be.lessThan(2400);
    expect(win.__probe.cls, `layout shifts: ${win.__probe.shifts.join(' | ')}`).to.equal(0);
  });
});
