import type { Lang, StateConfig } from './helpers.js';

/** What each element's state tests look for (test/support/helpers.ts `describeStates`), in one place. */
export const CARD: StateConfig = {
  tag: 'coop-partnership-card',
  idAttr: 'partnership',
  id: 'stockholm-ile-de-france',
  root: 'article',
  loadedText: { sv: 'Samarbetsavtal mellan Region Stockholm', fr: 'Accord de coopération', en: 'Cooperation agreement' },
  emptyText: {
    sv: 'Uppgifterna innehåller inga partnerskap ännu.',
    fr: 'Les données ne contiennent encore aucun partenariat.',
    en: 'The data holds no partnerships yet.',
  },
};

export const AREAS: StateConfig = {
  tag: 'coop-priority-areas',
  idAttr: 'partnership',
  id: 'stockholm-ile-de-france',
  root: 'section',
  loadedText: { sv: 'Prioriterade områden', fr: 'Domaines prioritaires', en: 'Priority areas' },
  emptyText: {
    sv: 'Inga prioriterade områden har publicerats',
    fr: 'Aucun domaine prioritaire n’a encore été publié',
    en: 'No priority areas have been published',
  },
  // CPMR is in the bundled data but has no priority areas.
  emptyData: () => ({ attrs: { partnership: 'cpmr' } }),
};

export const TIMELINE: StateConfig = {
  tag: 'coop-agreement-timeline',
  idAttr: 'partnership',
  id: 'stockholm-ile-de-france',
  root: 'section',
  loadedText: { sv: 'Tidslinje', fr: 'Chronologie', en: 'Timeline' },
  emptyText: {
    sv: 'Inga händelser har publicerats',
    fr: 'Aucun événement n’a encore été publié',
    en: 'No events have been published',
  },
  // METREX is in the bundled data but has no timeline.
  emptyData: () => ({ attrs: { partnership: 'metrex' } }),
};

export const FACTS: StateConfig = {
  tag: 'coop-region-facts',
  idAttr: 'region',
  id: 'ile-de-france',
  root: 'section',
  loadedText: { sv: 'Indelning', fr: 'Pays', en: 'Country' },
  emptyText: {
    sv: 'Uppgifterna innehåller inga regioner ännu.',
    fr: 'Les données ne contiennent encore aucune région.',
    en: 'The data holds no regions yet.',
  },
};

export const LIST: StateConfig = {
  tag: 'coop-cooperation-list',
  idAttr: 'region',
  id: 'stockholm',
  root: 'section',
  loadedText: { sv: 'Nätverk', fr: 'Réseaux', en: 'Networks' },
  emptyText: {
    sv: 'Här finns inga samarbeten att visa ännu.',
    fr: 'Il n’y a encore aucune coopération à présenter ici.',
    en: 'There is no cooperation to list here yet.',
  },
};

export const ELEMENTS = [CARD, AREAS, TIMELINE, FACTS, LIST];

/** The card's status on a given date (`now`), in a given language, once the sources report the agreement in force (`reportedDataset`). */
export const CARD_STATUSES: [now: string, lang: Lang, expected: string][] = [
  ['2019-06-01', 'en', 'In force from February 2020'],
  ['2022-06-01', 'sv', 'I kraft sedan februari 2020'],
  ['2022-06-01', 'fr', 'En vigueur depuis février 2020'],
  ['2026-11-21', 'en', 'First term ended February 2025 — extension possible until February 2030'],
  ['2026-11-21', 'sv', 'Första avtalsperioden har löpt ut (februari 2025) – avtalet kan förlängas till februari 2030'],
  ['2031-01-01', 'fr', 'Terminé : février 2025'],
];

/** The card's status on the bundled data, whose sources give the entry into force only as planned: the same on any date. */
export const CARD_PLANNED: Record<Lang, string> = {
  sv: 'Ikraftträdande planerat till februari 2020',
  fr: 'Entrée en vigueur prévue : février 2020',
  en: 'Entry into force planned for February 2020',
};
