
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'areaCountOne': str`${0} domaine prioritaire`,
'areaCountOther': str`${0} domaines prioritaires`,
'cardDecided': str`Décision : ${0} — pas encore en vigueur`,
'cardEnded': str`Terminé : ${0}`,
'cardExtension': str`Première période terminée : ${0} — prolongation possible jusqu’à ${1}`,
'cardInForce': str`En vigueur depuis ${0}`,
'cardUpcoming': str`En vigueur à partir de ${0}`,
'countiesOne': str`${0} comté`,
'countiesOther': str`${0} comtés`,
'country': `Pays`,
'decided': `Décidé`,
'departmentsOne': str`${0} département`,
'departmentsOther': str`${0} départements`,
'errorTitle': `Les informations sur la coopération ne peuvent pas être affichées.`,
'eventDecision': `Décision`,
'eventExtension': `Prolongation`,
'eventInForce': `Entrée en vigueur`,
'eventMilestone': `Étape`,
'eventNational': `Partenariat national`,
'eventOrganisation': `Organisation`,
'eventReport': `Rapport`,
'eventReporting': `Suivi`,
'eventSigning': `Signature`,
'eventTermEnd': `Fin de période`,
'facts': `Faits`,
'kindBilateral': `Accord bilatéral`,
'kindNetwork': `Réseau`,
'kindOffice': `Bureau`,
'kindProgramme': `Programme`,
'kindProject': `Projet`,
'leader': `Dirigeant`,
'loading': `Chargement des données de coopération…`,
'municipalitiesOne': str`${0} commune`,
'municipalitiesOther': str`${0} communes`,
'noAreas': `Aucun domaine prioritaire n’a encore été publié pour ce partenariat.`,
'noEvents': `Aucun événement n’a encore été publié pour ce partenariat.`,
'noPartnerships': `Les données ne contiennent encore aucun partenariat.`,
'noRegions': `Les données ne contiennent encore aucune région.`,
'participants': `Participants`,
'parties': `Parties`,
'partnerships': `Partenariats`,
'period': `Période`,
'population': `Population`,
'populationAbout': str`environ ${0}`,
'populationOver': str`plus de ${0}`,
'priorityAreas': `Domaines prioritaires`,
'seat': `Siège`,
'sectors': `Secteurs`,
'sources': `Sources :`,
'statusCurrent': `En cours`,
'statusDone': `Passé`,
'statusPossible': `Possible`,
'statusUpcoming': `À venir`,
'subdivisions': `Subdivisions`,
'timeline': `Chronologie`,
    };
  