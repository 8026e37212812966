// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/region-facts/ and the shared modules it imports.
import { str } from '@lit/localize';

export const templates = {
  'countiesOne': str`${0} län`,
  'countiesOther': str`${0} län`,
  'country': `Land`,
  'departmentsOne': str`${0} departement`,
  'departmentsOther': str`${0} departement`,
  'errorTitle': `Uppgifterna om samarbetet kan inte visas.`,
  'facts': `Fakta`,
  'leader': `Ledning`,
  'loading': `Läser in uppgifter om samarbetet…`,
  'municipalitiesOne': str`${0} kommun`,
  'municipalitiesOther': str`${0} kommuner`,
  'noRegions': `Uppgifterna innehåller inga regioner ännu.`,
  'partnerships': `Partnerskap`,
  'population': `Befolkning`,
  'populationAbout': str`cirka ${0}`,
  'populationOver': str`drygt ${0}`,
  'seat': `Säte`,
  'sources': `Källor:`,
  'subdivisions': `Indelning`,
};
