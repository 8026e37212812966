
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'areaCountOne': str`${0} prioriterat område`,
'areaCountOther': str`${0} prioriterade områden`,
'cardDecided': str`Beslut: ${0} – ännu inte i kraft`,
'cardEnded': str`Avslutat ${0}`,
'cardExtension': str`Första avtalsperioden slut ${0} – kan förlängas till ${1}`,
'cardInForce': str`I kraft sedan ${0}`,
'cardUpcoming': str`I kraft från ${0}`,
'countiesOne': str`${0} län`,
'countiesOther': str`${0} län`,
'country': `Land`,
'decided': `Beslutat`,
'departmentsOne': str`${0} departement`,
'departmentsOther': str`${0} departement`,
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
'facts': `Fakta`,
'kindBilateral': `Bilateralt avtal`,
'kindNetwork': `Nätverk`,
'kindOffice': `Kontor`,
'kindProgramme': `Program`,
'kindProject': `Projekt`,
'leader': `Ledning`,
'loading': `Läser in uppgifter om samarbetet…`,
'municipalitiesOne': str`${0} kommun`,
'municipalitiesOther': str`${0} kommuner`,
'noAreas': `Inga prioriterade områden har publicerats för det här partnerskapet ännu.`,
'noEvents': `Inga händelser har publicerats för det här partnerskapet ännu.`,
'noPartnerships': `Uppgifterna innehåller inga partnerskap ännu.`,
'noRegions': `Uppgifterna innehåller inga regioner ännu.`,
'participants': `Deltagare`,
'parties': `Parter`,
'partnerships': `Partnerskap`,
'period': `Period`,
'population': `Befolkning`,
'populationAbout': str`cirka ${0}`,
'populationOver': str`drygt ${0}`,
'priorityAreas': `Prioriterade områden`,
'seat': `Säte`,
'sectors': `Sektorer`,
'sources': `Källor:`,
'statusCurrent': `Pågår`,
'statusDone': `Genomfört`,
'statusPossible': `Möjligt`,
'statusUpcoming': `Kommande`,
'subdivisions': `Indelning`,
'timeline': `Tidslinje`,
    };
  