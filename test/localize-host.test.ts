// The npm entry beside a host app's own @lit/localize: configured before our
// import or after it, the host's messages and ours are both right (we never
// install @lit/localize's page-wide msg; src/i18n/localization.ts).
import { expect } from '@open-wc/testing';
import { openFrame } from './support/frames.js';
import { until } from './support/helpers.js';

type HostWindow = Window & { __host?: string; __probe: { errors: string[]; events: { type: string }[] } };

async function open(order: 'before' | 'after'): Promise<HostWindow> {
  const win = (await openFrame(`/localize-host.html?order=${order}`, { height: 150 })).contentWindow as HostWindow;
  await until(() => win.__host !== undefined && win.__probe.events.length >= 3, `the host app (${order})`, 8000);
  return win;
}

for (const order of ['before', 'after'] as const) {
  it(`the host configures @lit/localize ${order} importing the widgets: both speak their languages`, async () => {
    const win = await open(order);
    expect(win.__host).to.equal('ready');
    expect(win.__probe.errors).to.deep.equal([]);
    const doc = win.document;
    expect(doc.querySelector('#host')!.textContent, "the host's own message, in its locale").to.equal('Willkommen auf unserer Seite');
    const text = (id: string) => doc.getElementById(id)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text('sv')).to.contain('Befolkning').and.to.contain('drygt 12,2 miljoner');
    expect(text('fr')).to.contain('plus de 12,2 millions');
    // The page is German, a language the widgets do not have: English, as for any unknown language.
    expect(text('page')).to.contain('Population').and.to.contain('over 12.2 million');
  });
}
