// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/base/error-state.ts.
import { str } from '@lit/localize';

export const templates = {
  'errorFetch': `Datafilen kunde inte läsas in.`,
  'errorFileNotFound': `Datafilen hittades inte.`,
  'errorFormat': `Uppgifterna följer inte formatet för cooperation-widgets.`,
  'errorJson': `Uppgifterna är inte giltig JSON.`,
  'errorMore': str`och ${0} till`,
  'errorNoId': str`Attributet ${0} saknas: ange ett id som finns i uppgifterna.`,
  'errorNoSuchId': str`Uppgifterna innehåller inget med id ”${0}”. Kontrollera attributet ${1}.`,
  'errorServer': str`Datafilen kunde inte läsas in (servern svarade ${0}).`,
  'errorTimeout': `Det tog för lång tid att läsa in datafilen.`,
  'errorTooLarge': `Datafilen är för stor.`,
  'sourceBundled': `Källa: de medföljande uppgifterna.`,
  'sourceInline': `Källa: JSON-koden inuti elementet.`,
  'sourceProperty': `Källa: egenskapen data.`,
  'sourceUrl': `Källa:`,
};
