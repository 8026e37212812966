// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/agreement-timeline/ and the shared modules it imports.

export const templates = {
  'errorTitle': `Uppgifterna om samarbetet kan inte visas.`,
  'eventDecision': `Beslut`,
  'eventExtension': `Förlängning`,
  'eventInForce': `Ikraftträdande`,
  'eventMilestone': `Milstolpe`,
  'eventNational': `Nationellt partnerskap`,
  'eventOrganisation': `Organisation`,
  'eventReport': `Utlåtande`,
  'eventReporting': `Rapportering`,
  'eventSigning': `Undertecknande`,
  'eventTermEnd': `Periodens slut`,
  'loading': `Läser in uppgifter om samarbetet…`,
  'noEvents': `Inga händelser har publicerats för det här partnerskapet ännu.`,
  'sources': `Källor:`,
  'statusCurrent': `Pågår`,
  'statusDone': `Genomfört`,
  'statusPossible': `Möjligt`,
  'statusUpcoming': `Kommande`,
  'timeline': `Tidslinje`,
};
