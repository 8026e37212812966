
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0379fc73608ab971': `Genomfört`,
's0ee8b2b6da8431fb': str`Första avtalsperioden slut ${0} – kan förlängas till ${1}`,
's18d9277a5ac87167': `Deltagare`,
's1b528387ae29637a': `Förlängning`,
's26ffded369c392d1': `Källor:`,
's282049f502eac1de': `Projekt`,
's2850187dadb3df31': str`${0} prioriterade områden`,
's30b4e6b54a651371': `Kontor`,
's30c8af416f5f620f': `Periodens slut`,
's36c6af0aa015b071': str`${0} län`,
's3cda499ac7267adf': `Beslutat`,
's4627a9667a335f23': `Kommande`,
's4751ba9bb6e67d5d': `Milstolpe`,
's48287bbcb6ba7b8d': str`Avslutat ${0}`,
's4e26c99dfb400716': `Läser in uppgifter om samarbetet…`,
's5795f224d567f4c8': `Säte`,
's6144a4a2c984c772': `Befolkning`,
's680fc90489553ed6': `Tidslinje`,
's79e6755602e6c45b': `Bilateralt avtal`,
's7bd60ec66b815383': str`${0} kommun`,
's7c4c31ce1f4d169c': `Ikraftträdande`,
's7ef3271bd5b94ca5': str`I kraft sedan ${0}`,
's81dcab8920d11694': `Undertecknande`,
's82c6f66c4b98bbed': str`${0} departement`,
's8727afef684d2c52': str`Beslut: ${0} – ännu inte i kraft`,
's8ac0c0f9f9387923': `Nationellt partnerskap`,
's91cccfd28eb531cd': str`${0} län`,
's9a9147c0c1e6fc8c': `Uppgifterna innehåller inga regioner ännu.`,
's9b6b1422027158eb': `Utlåtande`,
's9cf7402fe920f7d1': `Land`,
's9eeba956f15c6e60': `Partnerskap`,
's9feb1a1345ccc3e5': `Nätverk`,
'sa149880b6218fae5': `Inga prioriterade områden har publicerats för det här partnerskapet ännu.`,
'sab8b4cbbb1fa71fa': `Pågår`,
'saf66ff27d4219d44': `Fakta`,
'sb35393ccfbc660cd': `Rapportering`,
'sb35c2b4f23e9c45f': `Indelning`,
'sb8c4091d3cf5c5c3': str`${0} kommuner`,
'sc1c16122aea44282': `Inga händelser har publicerats för det här partnerskapet ännu.`,
'sc25199bea55bbdac': str`cirka ${0}`,
'scb9bbe894c213c15': `Program`,
'sd0d058047486cd7a': str`${0} departement`,
'sd6aa5b1151aeedc4': `Ledning`,
'sdae8249d30d637d4': `Sektorer`,
'sdb4bf427fb5c96cf': `Parter`,
'sdc61e6505f8b4cba': `Uppgifterna om samarbetet kan inte visas.`,
'se1d5f48e1e69c1f8': str`${0} prioriterat område`,
'se70d731f3c518d79': str`drygt ${0}`,
'se92ca987cf7286ff': `Prioriterade områden`,
'sea2adb1f2047d144': `Period`,
'seba0175331a69e99': str`I kraft från ${0}`,
'sef92ffa038c78883': `Beslut`,
'sf22b76ecc1741ca7': `Organisation`,
'sf5e069b97e3bfcca': `Möjligt`,
'sfb3e2bd67f18c8de': `Uppgifterna innehåller inga partnerskap ännu.`,
    };
  