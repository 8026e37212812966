// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/priority-areas/ and the shared modules it imports.

export const templates = {
  'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
  'loading': `Chargement des données de coopération…`,
  'noAreas': `Aucun domaine prioritaire n’a encore été publié pour ce partenariat.`,
  'priorityAreas': `Domaines prioritaires`,
  'sectors': `Secteurs`,
  'sources': `Sources :`,
};
