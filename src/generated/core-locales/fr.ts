// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/base/states.ts.

export const templates = {
  'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
  'loading': `Chargement des données de coopération…`,
};
