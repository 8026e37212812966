// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output: the
// messages of src/base/error-state.ts, loaded with it.
import { str } from '@lit/localize';

export const templates = {
  's200846fa7abdf606': `Le chargement du fichier de données a pris trop de temps.`,
  's23b4f18e1e1e407c': str`Le fichier de données n’a pas pu être chargé (le serveur a répondu ${0}).`,
  's2f2332ea95bacae4': `Le fichier de données est introuvable.`,
  's4c2251760c5d2c55': str`et ${0} de plus`,
  's4eb22208f4bf62d2': `Source : le JSON placé dans l’élément.`,
  's5a3877df895423f2': `Les données ne respectent pas le format de cooperation-widgets.`,
  's5dd6952a58cc9baf': `Le fichier de données est trop volumineux.`,
  's69695b4176b75e26': `Le fichier de données n’a pas pu être chargé.`,
  's8e079c0dfc8d60ab': `Source : les données fournies avec les composants.`,
  's91e35b759940b346': `Source :`,
  'sb5b767535040c3e3': str`Les données ne contiennent rien avec l’identifiant « ${0} ». Vérifiez l’attribut ${1}.`,
  'sb5e838649a1be18b': str`L’attribut ${0} manque : indiquez un identifiant présent dans les données.`,
  'sc733fb1d97b7d173': `Les données ne sont pas du JSON valide.`,
  'sd327a1a16f3150e6': `Source : la propriété data.`,
};
