import { expect } from '@open-wc/testing';
import { describeStates, mount, part, shadow } from './support/helpers.js';
import { FACTS } from './support/elements.js';

const TAG = 'coop-region-facts';

describeStates(FACTS);

function facts(el: Element): Record<string, string> {
  const result: Record<string, string> = {};
  for (const row of part(el, 'list').children) {
    result[row.querySelector('dt')!.textContent!.trim()] = row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim();
  }
  return result;
}

describe('coop-region-facts content', () => {
  const expected = {
    sv: { Land: 'Frankrike', Befolkning: 'drygt 12,2 miljoner', Indelning: '8 departement' },
    fr: { Pays: 'France', Population: 'plus de 12,2 millions', Subdivisions: '8 départements' },
    en: { Country: 'France', Population: 'over 12.2 million', Subdivisions: '8 departments' },
  };
  for (const [lang, rows] of Object.entries(expected)) {
    it(`shows Île-de-France in a <dl> with numbers and plurals in ${lang}`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'ile-de-france' }, lang });
      expect(part(el, 'list').localName).to.equal('dl');
      const f = facts(el);
      for (const [term, value] of Object.entries(rows)) expect(f[term], term).to.equal(value);
    });
  }

  it('names the leader with role and lists the partnerships the region is party to', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang: 'en' });
    const f = facts(el);
    expect(f.Country).to.equal('Sweden');
    expect(f.Leader).to.equal('Irene Svenonius, chair of the regional executive board');
    const partnerships = [...part(el, 'partnerships').children].map((li) => li.textContent!.trim());
    expect(partnerships).to.include('Cooperation agreement between Region Stockholm and Île-de-France');
    expect(partnerships).to.include('The Network of European Metropolitan Regions and Areas (METREX)');
    expect(partnerships).to.include('Interreg Central Baltic');
    expect(partnerships).not.to.include('Vanguard Initiative');
    expect(f.Facts).to.contain('most competitive region in Europe');
    expect(part(el, 'sources').textContent).to.contain('Samarbetsavtal mellan Region Stockholm och Regionen Île-de-France');
    await expect(el).to.be.accessible();
  });

  it('leaves out what the data does not give (no seat, no population for Stockholm)', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang: 'en' });
    const f = facts(el);
    expect(f).not.to.have.property('Seat');
    expect(f).not.to.have.property('Population');
    expect(shadow(el).textContent).not.to.contain('undefined');
  });

  it('renders the heading at heading-level', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'ile-de-france', 'heading-level': '4' }, lang: 'fr' });
    expect(part(el, 'heading').localName).to.equal('h4');
    expect(part(el, 'heading').textContent!.trim()).to.equal('Région Île-de-France');
  });
});
