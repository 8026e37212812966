// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/embed/messages.ts.
import { str } from '@lit/localize';

export const templates = {
  'embedDataFrom': str`Données provenant de ${0} :`,
  'embedFrameTitle': str`${0} : ${1}`,
  'embedInvalidSrc': str`« ${0} » n’est pas l’adresse d’un fichier de données : il faut une URL http ou https.`,
  'embedNameAreas': `Domaines prioritaires`,
  'embedNameCard': `Fiche de partenariat`,
  'embedNameFacts': `Fiche région`,
  'embedNameTimeline': `Chronologie de l’accord`,
  'embedNeedsScripts': `Ce widget affiche des données d’un autre site et a besoin de JavaScript pour cela.`,
  'embedOriginRefused': str`Ce service d’intégration n’affiche pas de données provenant de ${0}. Il affiche les données provenant de : ${1}.`,
  'embedUnknownElement': str`Il n’existe pas de widget nommé « ${0} ». Utilisez coop-partnership-card, coop-priority-areas, coop-agreement-timeline ou coop-region-facts.`,
  'embedUnknownLanguage': str`La langue « ${0} » n’est pas disponible. Utilisez sv, fr ou en.`,
};
