// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/agreement-timeline/ and the shared modules it imports.

export const templates = {
  'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
  'eventDecision': `Décision`,
  'eventExtension': `Prolongation`,
  'eventInForce': `Entrée en vigueur`,
  'eventMilestone': `Étape`,
  'eventNational': `Partenariat national`,
  'eventOrganisation': `Organisation`,
  'eventReport': `Rapport`,
  'eventReporting': `Suivi`,
  'eventSigning': `Signature`,
  'eventTermEnd': `Fin de période`,
  'loading': `Chargement des données de coopération…`,
  'noEvents': `Aucun événement n’a encore été publié pour ce partenariat.`,
  'sources': `Sources :`,
  'statusCurrent': `En cours`,
  'statusDone': `Passé`,
  'statusPossible': `Possible`,
  'statusUpcoming': `À venir`,
  'timeline': `Chronologie`,
};
