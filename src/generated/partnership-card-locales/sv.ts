// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/partnership-card/ and the shared modules it imports.
import { str } from '@lit/localize';

export const templates = {
  'areaCountOne': str`${0} prioriterat område`,
  'areaCountOther': str`${0} prioriterade områden`,
  'cardDecided': str`Beslut: ${0} – ännu inte i kraft`,
  'cardEnded': str`Avslutat ${0}`,
  'cardExtension': str`Första avtalsperioden slut ${0} – kan förlängas till ${1}`,
  'cardInForce': str`I kraft sedan ${0}`,
  'cardUpcoming': str`I kraft från ${0}`,
  'decided': `Beslutat`,
  'errorTitle': `Uppgifterna om samarbetet kan inte visas.`,
  'kindBilateral': `Bilateralt avtal`,
  'kindNetwork': `Nätverk`,
  'kindOffice': `Kontor`,
  'kindProgramme': `Program`,
  'kindProject': `Projekt`,
  'loading': `Läser in uppgifter om samarbetet…`,
  'noPartnerships': `Uppgifterna innehåller inga partnerskap ännu.`,
  'participants': `Deltagare`,
  'parties': `Parter`,
  'period': `Period`,
  'priorityAreas': `Prioriterade områden`,
  'sources': `Källor:`,
};
