// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/region-facts/ and the shared modules it imports.
import { str } from '@lit/localize';

export const templates = {
  'countiesOne': str`${0} comté`,
  'countiesOther': str`${0} comtés`,
  'country': `Pays`,
  'departmentsOne': str`${0} département`,
  'departmentsOther': str`${0} départements`,
  'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
  'facts': `Faits`,
  'leader': `Dirigeant`,
  'loading': `Chargement des données de coopération…`,
  'municipalitiesOne': str`${0} commune`,
  'municipalitiesOther': str`${0} communes`,
  'noRegions': `Les données ne contiennent encore aucune région.`,
  'partnerships': `Partenariats`,
  'population': `Population`,
  'populationAbout': str`environ ${0}`,
  'populationOver': str`plus de ${0}`,
  'seat': `Siège`,
  'sources': `Sources :`,
  'subdivisions': `Subdivisions`,
};
