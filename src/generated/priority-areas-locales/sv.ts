// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/priority-areas/ and the shared modules it imports.

export const templates = {
  'errorTitle': `Uppgifterna om samarbetet kan inte visas.`,
  'loading': `Läser in uppgifter om samarbetet…`,
  'noAreas': `Inga prioriterade områden har publicerats för det här partnerskapet ännu.`,
  'priorityAreas': `Prioriterade områden`,
  'sectors': `Sektorer`,
  'sources': `Källor:`,
};
