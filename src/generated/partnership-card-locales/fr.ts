// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/partnership-card/ and the shared modules it imports.
import { str } from '@lit/localize';

export const templates = {
  'areaCountOne': str`${0} domaine prioritaire`,
  'areaCountOther': str`${0} domaines prioritaires`,
  'cardDecided': str`Décision : ${0} — pas encore en vigueur`,
  'cardEnded': str`Terminé : ${0}`,
  'cardExtension': str`Première période terminée : ${0} — prolongation possible jusqu’à ${1}`,
  'cardInForce': str`En vigueur depuis ${0}`,
  'cardUpcoming': str`En vigueur à partir de ${0}`,
  'decided': `Décidé`,
  'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
  'kindBilateral': `Accord bilatéral`,
  'kindNetwork': `Réseau`,
  'kindOffice': `Bureau`,
  'kindProgramme': `Programme`,
  'kindProject': `Projet`,
  'loading': `Chargement des données de coopération…`,
  'noPartnerships': `Les données ne contiennent encore aucun partenariat.`,
  'participants': `Participants`,
  'parties': `Parties`,
  'period': `Période`,
  'priorityAreas': `Domaines prioritaires`,
  'sources': `Sources :`,
};
