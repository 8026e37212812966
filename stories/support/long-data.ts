import type { Dataset } from '../../dist/lib/index.js';

const long = (n: number, words: string) => Array.from({ length: n }, () => words).join(' ');

/** Made-up stress data for layout only (long words, long texts, many items); not facts. */
export const longDataset: Dataset = {
  version: 1,
  sources: [{ id: 'example', title: { en: 'Layout test data (not a real source)', sv: 'Testdata för layout (ingen riktig källa)', fr: 'Données de test de mise en page (pas une vraie source)' } }],
  regions: [
    {
      id: 'long',
      name: {
        en: 'Region with an exceptionally long name: Donaudampfschifffahrtsgesellschaftskapitänsregion',
        sv: 'Region med ett ovanligt långt namn: Donaudampfschifffahrtsgesellschaftskapitänsregion',
        fr: 'Région au nom exceptionnellement long : Donaudampfschifffahrtsgesellschaftskapitänsregion',
      },
      country: 'SE',
      population: { value: 123_456_789, qualifier: 'about', year: 2024, sources: ['example'] },
      subdivisions: { count: 1, kind: 'county', sources: ['example'] },
      seat: { name: { en: 'Seat town', sv: 'Residensstad', fr: 'Chef-lieu' }, sources: ['example'] },
      leader: { name: 'Firstname Verylonglastnamewithoutanybreaks', role: { en: 'layout test role', sv: 'testroll', fr: 'rôle de test' }, sources: ['example'] },
      facts: Array.from({ length: 6 }, () => ({
        text: { en: long(12, 'A long fact sentence for layout.'), sv: long(12, 'En lång faktamening för layout.'), fr: long(12, 'Une longue phrase pour la mise en page.') },
        sources: ['example'],
      })),
      sources: ['example'],
    },
  ],
  partnerships: [
    {
      id: 'long',
      kind: 'programme',
      title: {
        en: 'A partnership title that goes on and on to test wrapping: Interregionalzusammenarbeitsvereinbarung',
        sv: 'En partnerskapstitel som fortsätter länge för att testa radbrytning: Interregionalsamarbetsöverenskommelse',
        fr: 'Un titre de partenariat très long pour tester le retour à la ligne : Interregionalzusammenarbeitsvereinbarung',
      },
      summary: { en: long(20, 'Long summary text for layout.'), sv: long(20, 'Lång sammanfattning för layout.'), fr: long(20, 'Long résumé pour la mise en page.') },
      regions: [{ id: 'long', role: 'member' }],
      dates: { decided: '2024-01-15', inForce: '2024-03', termYears: 10, extensionYears: 5 },
      priorityAreas: Array.from({ length: 8 }, (_, i) => ({
        id: `area-${i}`,
        title: { en: `Priority area ${i + 1} with a rather long title`, sv: `Prioriterat område ${i + 1} med en ganska lång titel`, fr: `Domaine prioritaire ${i + 1} au titre assez long` },
        description: { en: long(8, 'Description text.'), sv: long(8, 'Beskrivande text.'), fr: long(8, 'Texte descriptif.') },
        sectors: Array.from({ length: 5 }, (_, j) => ({ en: `Sector ${j + 1}`, sv: `Sektor ${j + 1}`, fr: `Secteur ${j + 1}` })),
        sources: ['example'],
      })),
      timeline: Array.from({ length: 12 }, (_, i) => ({
        id: `event-${i}`,
        date: `${2024 + i}-03`,
        kind: 'milestone' as const,
        title: { en: `Milestone ${i + 1} with a long title for wrapping`, sv: `Milstolpe ${i + 1} med lång titel`, fr: `Étape ${i + 1} au titre long` },
        description: { en: long(6, 'Event description.'), sv: long(6, 'Händelsebeskrivning.'), fr: long(6, 'Description.') },
        sources: ['example'],
      })),
      sources: ['example'],
    },
  ],
};
