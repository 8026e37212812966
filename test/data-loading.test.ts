import { expect, fixture, html } from '@open-wc/testing';
import type { CoopDataErrorDetail } from '../src/index.js';
import { OTHER } from './support/frames.js';
import { mount, nextDataEvent, part, shadow, text, until } from './support/helpers.js';
import { ELEMENTS } from '../src/registry/registry.js';

const card = (src: string, extra: Record<string, string> = {}) =>
  mount('coop-partnership-card', { attrs: { partnership: 'stockholm-ile-de-france', src, ...extra }, lang: 'fr' });

async function errorOf(src: string, extra: Record<string, string> = {}) {
  const { el, event } = await card(src, extra);
  const e = (await event) as CustomEvent<CoopDataErrorDetail>;
  expect(e.type).to.equal('coop-data-error');
  expect(shadow(el).querySelector('[role="alert"]'), 'role=alert').to.exist;
  expect(text(el)).to.contain('Les informations sur la coopération ne peuvent pas être affichées.');
  await expect(el).to.be.accessible();
  return { el, detail: e.detail };
}

describe('src loading', () => {
  it('404: not-found with the status', async () => {
    const { el, detail } = await errorOf('/__test/status/404');
    expect([detail.code, detail.status]).to.deep.equal(['not-found', 404]);
    expect(text(el)).to.contain('Le fichier de données est introuvable.');
  });

  it('500: fetch-failed with the status', async () => {
    const { el, detail } = await errorOf('/__test/status/500');
    expect([detail.code, detail.status]).to.deep.equal(['fetch-failed', 500]);
    expect(text(el)).to.contain('le serveur a répondu 500');
  });

  it('HTML instead of JSON: invalid-json', async () => {
    const { detail } = await errorOf('/__test/html');
    expect(detail.code).to.equal('invalid-json');
    expect(detail.message).to.contain('text/html');
  });

  it('empty body: invalid-json', async () => {
    expect((await errorOf('/__test/empty')).detail.code).to.equal('invalid-json');
  });

  it('truncated JSON: invalid-json', async () => {
    const { el, detail } = await errorOf('/__test/truncated');
    expect(detail.code).to.equal('invalid-json');
    expect(text(el)).to.contain('/__test/truncated');
  });

  it('slower than the timeout: timeout', async () => {
    const { detail } = await errorOf('/__test/slow/3000', { timeout: '300' });
    expect(detail.code).to.equal('timeout');
  });

  it('a body over the cap, streamed without a length: too-large', async () => {
    expect((await errorOf('/__test/large')).detail.code).to.equal('too-large');
  });

  it('a page that names its data origins: another origin is refused before the request, and said so in the widget\'s language', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'coop-data-origins', content: 'https://data.partner.fr' });
    document.head.append(meta);
    try {
      const other = OTHER;
      const key = `origins-${Date.now()}`;
      const { el, detail } = await errorOf(`${other}/__test/counted/${key}`);
      expect([detail.code, detail.origin]).to.deep.equal(['origin-not-allowed', other]);
      expect(text(el)).to.contain(`Les données proviennent de ${other}, d’où cette page n’accepte pas de données.`);
      expect((await (await fetch(`/__test/count/${key}`)).json()).count, 'never requested').to.equal(0);
    } finally {
      meta.remove();
    }
  });

  it('a file of thousands of problems: five shown, and "at least" the others once the check stopped looking', async () => {
    const data = { version: 1, sources: [], regions: [], partnerships: Array.from({ length: 5000 }, () => 0) };
    const { el, event } = await mount('coop-partnership-card', { attrs: { partnership: 'x' }, lang: 'sv', data });
    const e = ((await event) as CustomEvent<CoopDataErrorDetail>).detail;
    expect([e.code, e.issues?.length, e.moreIssues, e.issuesStopped]).to.deep.equal(['invalid-data', 100, 900, true]);
    expect(shadow(el).querySelectorAll('[part="error-issues"] li')).to.have.length(6);
    expect(text(el)).to.contain('och minst 995 till');
    await expect(el).to.be.accessible();
  });

  it('a refused connection: fetch-failed', async () => {
    const { detail } = await errorOf('http://127.0.0.1:9/data.json');
    expect(detail.code).to.equal('fetch-failed');
    expect(detail.status).to.be.undefined;
  });

  it('a valid file missing one field: invalid-data with that path', async () => {
    const { el, detail } = await errorOf('/__test/missing-field');
    expect(detail.code).to.equal('invalid-data');
    expect(detail.issues!.map((i) => i.path)).to.deep.equal(['$.partnerships[0].kind']);
    expect(part(el, 'error-issues').textContent).to.contain('$.partnerships[0].kind');
  });

  it('one request per URL however many widgets use it', async () => {
    const src = `/__test/counted/shared-${Math.random()}`;
    await fixture(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<coop-region-facts region="stockholm" src=${src}></coop-region-facts>`)}
    </div>`);
    const els = [...document.querySelectorAll(`coop-region-facts[src="${src}"]`)];
    await until(() => els.every((el) => text(el).includes('Sweden')), 'all five rendered');
    const { count } = await (await fetch(`/__test/count/${src.split('/').pop()}`)).json();
    expect(count).to.equal(1);
  });

  it('widgets sharing a request each keep their own timeout', async () => {
    const src = `/__test/slow/1200?shared-timeouts-${Math.random()}`;
    const impatient = document.createElement('coop-region-facts');
    const patient = document.createElement('coop-region-facts');
    for (const [el, timeout] of [[impatient, '300'], [patient, '5000']] as const) {
      el.setAttribute('region', 'stockholm');
      el.setAttribute('src', src);
      el.setAttribute('timeout', timeout);
    }
    const events = [nextDataEvent(impatient), nextDataEvent(patient)];
    await fixture(html`<div>${impatient}${patient}</div>`);
    const [first, second] = await Promise.all(events);
    expect([first.type, (first as CustomEvent<CoopDataErrorDetail>).detail.code]).to.deep.equal(['coop-data-error', 'timeout']);
    expect(second.type, 'the patient widget still gets the data').to.equal('coop-data-load');
    expect(text(patient)).to.contain('Sweden');
    await expect(patient).to.be.accessible();
  });

  it('cancels the request when the element is removed', async () => {
    const key = `removed-${Math.random()}`;
    const { el } = await mount('coop-region-facts', { attrs: { region: 'stockholm', src: `/__test/hold/${key}` } }, false);
    await new Promise((r) => setTimeout(r, 200));
    el.remove();
    let state = '';
    for (let i = 0; i < 50 && state !== 'aborted'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await fetch(`/__test/held/${key}`)).json()).state;
    }
    expect(state).to.equal('aborted');
  });

  it('cancels the old request when src changes, and shows the new data', async () => {
    const key = `changed-${Math.random()}`;
    const { el } = await mount('coop-region-facts', { attrs: { region: 'stockholm', src: `/__test/hold/${key}` } }, false);
    await new Promise((r) => setTimeout(r, 200));
    const loaded = nextDataEvent(el);
    el.setAttribute('src', '/__test/data');
    expect((await loaded).type).to.equal('coop-data-load');
    let state = '';
    for (let i = 0; i < 50 && state !== 'aborted'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await (await fetch(`/__test/held/${key}`)).json()).state;
    }
    expect(state).to.equal('aborted');
    expect(text(el)).to.contain('Sweden');
  });

  it('loads again when put back on the page after its load was cancelled', async () => {
    const { el } = await mount('coop-region-facts', { attrs: { region: 'stockholm', src: '/__test/slow/400' } }, false);
    const parent = el.parentElement!;
    el.remove();
    const event = nextDataEvent(el);
    parent.append(el);
    expect((await event).type).to.equal('coop-data-load');
    expect(text(el)).to.contain('Sweden');
  });
});

describe('isolation', () => {
  it('twenty widgets, one with a broken source: the other nineteen render, no unhandled rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const page = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
      const els = Array.from({ length: 20 }, (_, i) => {
        // Every element of the registry, in turn, on its example.
        const { tag, idAttribute, example } = ELEMENTS[i % ELEMENTS.length];
        const el = document.createElement(tag);
        el.setAttribute(idAttribute, example);
        if (i === 7) el.setAttribute('src', '/__test/truncated');
        else if (i % 2) el.setAttribute('src', '/__test/data');
        return el;
      });
      const events = els.map((el) => nextDataEvent(el));
      page.append(...els);
      const settled = await Promise.all(events);
      expect(settled.filter((e) => e.type === 'coop-data-error')).to.have.length(1);
      expect(settled[7].type).to.equal('coop-data-error');
      for (const [i, el] of els.entries()) {
        if (i !== 7) expect(shadow(el).querySelector('[part="base"]'), `widget ${i}`).to.exist;
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
