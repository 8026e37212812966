import { expect } from '@open-wc/testing';
import { LANGS, describeStates, mount, part, shadow } from './support/helpers.js';
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
    sv: { Land: 'Frankrike', Befolkning: 'drygt 12,2 miljoner (2020)', Indelning: '8 departement' },
    fr: { Pays: 'France', Population: 'plus de 12,2 millions (2020)', Subdivisions: '8 départements' },
    en: { Country: 'France', Population: 'over 12.2 million (2020)', Subdivisions: '8 departments' },
  };
  for (const [lang, rows] of Object.entries(expected)) {
    it(`shows Île-de-France in a <dl> with numbers and plurals in ${lang}`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'ile-de-france' }, lang });
      expect(part(el, 'list').localName).to.equal('dl');
      const f = facts(el);
      for (const [term, value] of Object.entries(rows)) expect(f[term], term).to.equal(value);
    });
  }

  it('names the leader with role and year, and lists the partnerships the region takes part in with its role in each', async () => {
    const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang: 'en' });
    const f = facts(el);
    expect(f.Country).to.equal('Sweden');
    expect(f['Political leadership']).to.equal('Irene Svenonius, chair of the regional executive board (2020)');
    const partnerships = [...part(el, 'partnerships').children].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(partnerships).to.deep.equal([
      'Cooperation agreement between Region Stockholm and Région Île-de-France – party',
      'Conference of Peripheral and Maritime Regions (CPMR) – member',
      'The Network of European Metropolitan Regions and Areas (METREX) – member',
      'Stockholm Region EU Office in Brussels – main owner',
      'Structural Funds Partnership for Stockholm County – hosts the secretariat',
      'Interreg Central Baltic – hosts a national contact point',
      'S3 Platform – member',
    ]);
    expect(f.Facts).to.contain('most competitive region in Europe');
    expect(part(el, 'sources').textContent, 'the board papers under their own title').to.contain('Samarbetsavtal mellan Region Stockholm och Regionen Île-de-France');
    await expect(el).to.be.accessible();
  });

  const roles = {
    sv: ['Deltar i', 'Samarbetsavtal mellan Region Stockholm och Région Île-de-France – avtalspart', 'S3-plattformen – medlem', 'Stockholmsregionens Europakontor i Bryssel – huvudägare', 'Interreg Central Baltic – värd för nationell kontaktpunkt'],
    fr: ['Participe à', 'Accord de coopération entre Region Stockholm et la Région Île-de-France – partie à l’accord', 'Plateforme S3 – membre', 'Bureau européen de la région de Stockholm à Bruxelles – propriétaire principal', 'Interreg Central Baltic – accueille un point de contact national'],
    en: ['Takes part in', 'Cooperation agreement between Region Stockholm and Région Île-de-France – party', 'S3 Platform – member', 'Stockholm Region EU Office in Brussels – main owner', 'Interreg Central Baltic – hosts a national contact point'],
  };
  for (const lang of LANGS) {
    it(`says Region Stockholm’s role in each partnership in ${lang}, in the sources’ words`, async () => {
      const { el } = await mount(TAG, { attrs: { region: 'stockholm' }, lang });
      const [term, ...items] = roles[lang];
      expect(facts(el)).to.have.property(term);
      const listed = [...part(el, 'partnerships').children].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(listed).to.include.members(items);
      await expect(el).to.be.accessible();
    });
  }

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
