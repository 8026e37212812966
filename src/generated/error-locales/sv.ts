// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output: the
// messages of src/base/error-state.ts, loaded with it.
import { str } from '@lit/localize';

export const templates = {
  's200846fa7abdf606': `Det tog för lång tid att läsa in datafilen.`,
  's23b4f18e1e1e407c': str`Datafilen kunde inte läsas in (servern svarade ${0}).`,
  's2f2332ea95bacae4': `Datafilen hittades inte.`,
  's4c2251760c5d2c55': str`och ${0} till`,
  's4eb22208f4bf62d2': `Källa: JSON-koden inuti elementet.`,
  's5a3877df895423f2': `Uppgifterna följer inte formatet för cooperation-widgets.`,
  's5dd6952a58cc9baf': `Datafilen är för stor.`,
  's69695b4176b75e26': `Datafilen kunde inte läsas in.`,
  's8e079c0dfc8d60ab': `Källa: de medföljande uppgifterna.`,
  's91e35b759940b346': `Källa:`,
  'sb5b767535040c3e3': str`Uppgifterna innehåller inget med id ”${0}”. Kontrollera attributet ${1}.`,
  'sb5e838649a1be18b': str`Attributet ${0} saknas: ange ett id som finns i uppgifterna.`,
  'sc733fb1d97b7d173': `Uppgifterna är inte giltig JSON.`,
  'sd327a1a16f3150e6': `Källa: egenskapen data.`,
};
