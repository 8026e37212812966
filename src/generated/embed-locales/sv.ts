// Do not modify this file by hand!
// Written by scripts/split-catalogs.mjs from the lit-localize output:
// the messages of src/embed/messages.ts.
import { str } from '@lit/localize';

export const templates = {
  'embedDataFrom': str`Uppgifter från ${0}:`,
  'embedFrameTitle': str`${0}: ${1}`,
  'embedInvalidSrc': str`”${0}” är ingen adress till en datafil: den måste vara en http- eller https-URL.`,
  'embedNameAreas': `Prioriterade områden`,
  'embedNameCard': `Partnerskapskort`,
  'embedNameFacts': `Fakta om regionen`,
  'embedNameTimeline': `Tidslinje för avtalet`,
  'embedNeedsScripts': `Den här widgeten visar uppgifter från en annan webbplats och behöver JavaScript för det.`,
  'embedOriginRefused': str`Den här inbäddningstjänsten visar inte uppgifter från ${0}. Den visar uppgifter från: ${1}.`,
  'embedUnknownElement': str`Det finns ingen widget som heter ”${0}”. Använd coop-partnership-card, coop-priority-areas, coop-agreement-timeline eller coop-region-facts.`,
  'embedUnknownLanguage': str`Språket ”${0}” är inte tillgängligt. Använd sv, fr eller en.`,
};
