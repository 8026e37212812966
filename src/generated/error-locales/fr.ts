// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/base/error-state.ts.
import { str } from '@lit/localize';

export const templates = {
  'errorFetch': `Le fichier de données n’a pas pu être chargé.`,
  'errorFileNotFound': `Le fichier de données est introuvable.`,
  'errorFormat': `Les données ne respectent pas le format de cooperation-widgets.`,
  'errorJson': `Les données ne sont pas du JSON valide.`,
  'errorMore': str`et ${0} de plus`,
  'errorNoId': str`L’attribut ${0} manque : indiquez un identifiant présent dans les données.`,
  'errorNoSuchId': str`Les données ne contiennent rien avec l’identifiant « ${0} ». Vérifiez l’attribut ${1}.`,
  'errorServer': str`Le fichier de données n’a pas pu être chargé (le serveur a répondu ${0}).`,
  'errorTimeout': `Le chargement du fichier de données a pris trop de temps.`,
  'errorTooLarge': `Le fichier de données est trop volumineux.`,
  'sourceBundled': `Source : les données fournies avec les composants.`,
  'sourceInline': `Source : le JSON placé dans l’élément.`,
  'sourceProperty': `Source : la propriété data.`,
  'sourceUrl': `Source :`,
};
