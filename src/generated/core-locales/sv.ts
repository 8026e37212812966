// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/base/states.ts.

export const templates = {
  'errorTitle': `Uppgifterna om samarbetet kan inte visas.`,
  'loading': `Läser in uppgifter om samarbetet…`,
};
