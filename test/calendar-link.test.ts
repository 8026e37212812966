// The timeline's "Add to calendar" link: on the bundled data from the CDN build (dist/), it points
// to that build's iCalendar file in the widget's language; on other data, and in the npm modules
// (whose code a bundler moves away from dist/), there is none.
import { expect } from '@open-wc/testing';
import { AXE_OPTIONS } from './support/a11y-checks.js';
import { openFrame, type ProbedWindow } from './support/frames.js';
import { mount, shadow, smallDataset, until } from './support/helpers.js';

const ID = 'stockholm-ile-de-france';

/** A page beside dist/ (strict CSP) with the CDN bundle and a timeline; resolves once it has rendered. */
async function pasted(attrs: string) {
  const code = `<script type="module" src="./dist/cooperation-widgets.js"></script>\n<coop-agreement-timeline ${attrs}></coop-agreement-timeline>`;
  const id = await (await fetch('/__test/snippet', { method: 'POST', body: code })).text();
  const frame = await openFrame(`/snippet-page.html?id=${id}`, { width: 400, height: 300 });
  const win = frame.contentWindow as ProbedWindow;
  await until(() => win.__probe.events.length > 0, 'a data event', 8000);
  const el = win.document.querySelector('coop-agreement-timeline')!;
  return { win, el, link: el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="calendar"]') };
}

describe('<coop-agreement-timeline> calendar link', () => {
  for (const [lang, label] of [
    ['sv', 'Lägg till i kalendern'],
    ['fr', 'Ajouter au calendrier'],
    ['en', 'Add to calendar'],
  ] as const) {
    it(`CDN build, bundled data, ${lang}: “${label}” links to dist/calendar/${lang}/${ID}.ics, an iCalendar file`, async () => {
      const { win, el, link } = await pasted(`partnership="${ID}" lang="${lang}"`);
      expect(link, 'the link').to.exist;
      expect(link!.textContent).to.equal(label);
      expect(link!.href).to.equal(`${location.origin}/dist/calendar/${lang}/${ID}.ics`);
      const response = await fetch(link!.href);
      expect(response.status).to.equal(200);
      expect(await response.text()).to.match(/^BEGIN:VCALENDAR\r\n[\s\S]*BEGIN:VEVENT[\s\S]*END:VCALENDAR\r\n$/);
      expect(win.__probe.violations, 'CSP violations').to.deep.equal([]);
      const axe = await win.axe.run(win.document, AXE_OPTIONS);
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`), `axe in ${el.localName}'s page`).to.deep.equal([]);
    });
  }

  it('CDN build, data from the page: no link (the build has calendars of its own data only)', async () => {
    const inline = JSON.stringify(smallDataset()).replace(/</g, '\\u003c');
    const { win, link, el } = await pasted(`partnership="demo"><script type="application/json">${inline}</script`);
    expect(shadow(el).textContent).to.contain('Demo project');
    expect(link).to.equal(null);
    expect((await win.axe.run(win.document, AXE_OPTIONS)).violations).to.deep.equal([]);
  });

  it('npm modules (src/), bundled data: no link', async () => {
    const { el } = await mount('coop-agreement-timeline', { attrs: { partnership: ID } });
    expect(shadow(el).querySelector('[part="list"]'), 'the timeline rendered').to.exist;
    expect(shadow(el).querySelector('[part="calendar"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
