
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0379fc73608ab971': `Passé`,
's0ee8b2b6da8431fb': str`Première période terminée : ${0} — prolongation possible jusqu’à ${1}`,
's18d9277a5ac87167': `Participants`,
's1b528387ae29637a': `Prolongation`,
's26ffded369c392d1': `Sources :`,
's282049f502eac1de': `Projet`,
's2850187dadb3df31': str`${0} domaines prioritaires`,
's30b4e6b54a651371': `Bureau`,
's30c8af416f5f620f': `Fin de période`,
's36c6af0aa015b071': str`${0} comté`,
's3cda499ac7267adf': `Décidé`,
's4627a9667a335f23': `À venir`,
's4751ba9bb6e67d5d': `Étape`,
's48287bbcb6ba7b8d': str`Terminé : ${0}`,
's4e26c99dfb400716': `Chargement des données de coopération…`,
's5795f224d567f4c8': `Siège`,
's6144a4a2c984c772': `Population`,
's680fc90489553ed6': `Chronologie`,
's79e6755602e6c45b': `Accord bilatéral`,
's7bd60ec66b815383': str`${0} commune`,
's7c4c31ce1f4d169c': `Entrée en vigueur`,
's7ef3271bd5b94ca5': str`En vigueur depuis ${0}`,
's81dcab8920d11694': `Signature`,
's82c6f66c4b98bbed': str`${0} département`,
's8727afef684d2c52': str`Décision : ${0} — pas encore en vigueur`,
's8ac0c0f9f9387923': `Partenariat national`,
's91cccfd28eb531cd': str`${0} comtés`,
's9a9147c0c1e6fc8c': `Les données ne contiennent encore aucune région.`,
's9b6b1422027158eb': `Rapport`,
's9cf7402fe920f7d1': `Pays`,
's9eeba956f15c6e60': `Partenariats`,
's9feb1a1345ccc3e5': `Réseau`,
'sa149880b6218fae5': `Aucun domaine prioritaire n’a encore été publié pour ce partenariat.`,
'sab8b4cbbb1fa71fa': `En cours`,
'saf66ff27d4219d44': `Faits`,
'sb35393ccfbc660cd': `Suivi`,
'sb35c2b4f23e9c45f': `Subdivisions`,
'sb8c4091d3cf5c5c3': str`${0} communes`,
'sc1c16122aea44282': `Aucun événement n’a encore été publié pour ce partenariat.`,
'sc25199bea55bbdac': str`environ ${0}`,
'scb9bbe894c213c15': `Programme`,
'sd0d058047486cd7a': str`${0} départements`,
'sd6aa5b1151aeedc4': `Dirigeant`,
'sdae8249d30d637d4': `Secteurs`,
'sdb4bf427fb5c96cf': `Parties`,
'sdc61e6505f8b4cba': `Les informations sur la coopération ne peuvent pas être affichées.`,
'se1d5f48e1e69c1f8': str`${0} domaine prioritaire`,
'se70d731f3c518d79': str`plus de ${0}`,
'se92ca987cf7286ff': `Domaines prioritaires`,
'sea2adb1f2047d144': `Période`,
'seba0175331a69e99': str`En vigueur à partir de ${0}`,
'sef92ffa038c78883': `Décision`,
'sf22b76ecc1741ca7': `Organisation`,
'sf5e069b97e3bfcca': `Possible`,
'sfb3e2bd67f18c8de': `Les données ne contiennent encore aucun partenariat.`,
    };
  