/**
 * The bundled dataset: written from the public Swedish source texts listed in
 * `sources`. Each fact names the document it comes from; a fact the sources do
 * not give is left out. Loaded as a separate chunk, only when an element
 * refers to it.
 */
import type { Dataset } from './schema.js';

export { calendarBase } from './calendars.js';
export { bundledTexts } from './bundled-texts.js';

const PR = 'press-release-2020';
const BOARD = 'board-decision-2020';
const EU = 'eu-international-work';
const TVV = 'tillvaxtverket-eu';
const BLOG = 'blog-clusters-2017';

export const bundledDataset: Dataset = {
  version: 1,
  sources: [
    {
      id: PR,
      title: { sv: 'Region Stockholm tecknar samarbetsavtal med franska regionen Île-de-France' },
      publisher: { sv: 'Region Stockholm' },
      language: 'sv',
    },
    {
      id: BOARD,
      title: { sv: 'Samarbetsavtal mellan Region Stockholm och Regionen Île-de-France' },
      publisher: { sv: 'Region Stockholm, regionstyrelsen' },
      language: 'sv',
    },
    {
      id: EU,
      title: { sv: 'EU och internationellt arbete' },
      publisher: { sv: 'Region Stockholm' },
      language: 'sv',
    },
    { id: TVV, title: { sv: 'Samverkan med EU' }, publisher: { sv: 'Tillväxtverket' }, language: 'sv' },
    {
      id: BLOG,
      title: { sv: 'EU satsar på kluster och interregional samverkan' },
      date: '2017-11-27',
      language: 'sv',
    },
  ],
  regions: [
    {
      id: 'stockholm',
      name: { sv: 'Region Stockholm', fr: 'Region Stockholm', en: 'Region Stockholm' },
      country: 'SE',
      leader: {
        name: 'Irene Svenonius',
        role: {
          sv: 'regionstyrelsens ordförande',
          fr: 'présidente du comité exécutif régional',
          en: 'chair of the regional executive board',
        },
        sources: [PR, BOARD],
      },
      facts: [
        {
          text: {
            sv: 'Stockholms läns landsting blev Region Stockholm den 1 januari 2019 och fick då ett bredare ansvar för hela regionens utveckling.',
            fr: 'Le 1er janvier 2019, le conseil général du comté de Stockholm est devenu Region Stockholm, avec une responsabilité élargie pour le développement de toute la région.',
            en: 'On 1 January 2019 Stockholm County Council became Region Stockholm, with a wider responsibility for developing the whole region.',
          },
          sources: [BOARD],
        },
        {
          text: {
            sv: 'Enligt EU:s Regional Competitiveness Index är Stockholm Europas mest konkurrenskraftiga region.',
            fr: 'Selon l’indice de compétitivité régionale de l’UE, Stockholm est la région la plus compétitive d’Europe.',
            en: 'The EU Regional Competitiveness Index ranks Stockholm as the most competitive region in Europe.',
          },
          sources: [BOARD],
        },
        {
          text: {
            sv: 'Målet är att Stockholm ska bli Europas mest attraktiva storstadsregion.',
            fr: 'Son objectif : faire de Stockholm la métropole la plus attractive d’Europe.',
            en: 'Its aim is for Stockholm to become the most attractive metropolitan region in Europe.',
          },
          sources: [BOARD, EU],
        },
        {
          text: {
            sv: 'Region Stockholm har åtta ledamöter i strukturfondspartnerskapet i Stockholms län och är värd för dess sekretariat.',
            fr: 'Region Stockholm compte huit membres au partenariat des fonds structurels du comté de Stockholm et en accueille le secrétariat.',
            en: 'Region Stockholm has eight members on the Stockholm County structural funds partnership and hosts its secretariat.',
          },
          sources: [EU],
        },
      ],
      sources: [PR, BOARD],
    },
    {
      id: 'ile-de-france',
      name: { sv: 'Regionen Île-de-France', fr: 'Région Île-de-France', en: 'Île-de-France Region' },
      country: 'FR',
      population: { value: 12_200_000, qualifier: 'more-than', sources: [PR] },
      subdivisions: { count: 8, kind: 'department', sources: [PR] },
      leader: {
        name: 'Valérie Pécresse',
        role: {
          sv: 'ordförande i regionfullmäktige',
          fr: 'présidente du conseil régional',
          en: 'president of the regional council',
        },
        sources: [PR],
      },
      facts: [
        {
          text: {
            sv: 'Frankrikes folkrikaste region.',
            fr: 'La région la plus peuplée de France.',
            en: 'The most populous region of France.',
          },
          sources: [PR],
        },
        {
          text: {
            sv: 'Bland de åtta departementen har staden Paris en särskilt framträdande roll.',
            fr: 'Parmi ses huit départements, la ville de Paris occupe une place particulièrement en vue.',
            en: 'Among its eight departments, the city of Paris holds a particularly prominent place.',
          },
          sources: [PR],
        },
        {
          text: {
            sv: 'Valérie Pécresse var under 2007–2012 minister för högre utbildning, sedan budgetminister och regeringens talesperson.',
            fr: 'Entre 2007 et 2012, Valérie Pécresse a été ministre de l’Enseignement supérieur, puis ministre du Budget et porte-parole du gouvernement.',
            en: 'Between 2007 and 2012 Valérie Pécresse was minister for higher education, then budget minister and government spokesperson.',
          },
          sources: [PR],
        },
      ],
      sources: [PR],
    },
  ],
  partnerships: [
    {
      id: 'stockholm-ile-de-france',
      kind: 'bilateral-agreement',
      title: {
        sv: 'Samarbetsavtal mellan Region Stockholm och Île-de-France',
        fr: 'Accord de coopération entre Region Stockholm et l’Île-de-France',
        en: 'Cooperation agreement between Region Stockholm and Île-de-France',
      },
      summary: {
        sv: 'Sveriges och Frankrikes huvudstadsregioner samarbetar om innovation, digital omställning och gröna lösningar. Partnerskapet ska ge hållbar tillväxt, innovativa lösningar, nya affärsmodeller och ny kompetens – och därmed nya jobb och bevarad social sammanhållning.',
        fr: 'Les régions capitales de la Suède et de la France coopèrent sur l’innovation, la transformation numérique et les solutions vertes. Le partenariat vise une croissance durable, des solutions innovantes, de nouveaux modèles d’affaires et de nouvelles compétences, pour créer des emplois tout en préservant la cohésion sociale.',
        en: 'The capital regions of Sweden and France work together on innovation, digital transformation and green solutions. The partnership aims at sustainable growth, innovative solutions, new business models and new skills, creating jobs while keeping society cohesive.',
      },
      parties: ['stockholm', 'ile-de-france'],
      dates: { decided: '2020-02-18', signed: '2020-02', inForce: '2020-02', termYears: 5, extensionYears: 5 },
      priorityAreas: [
        {
          id: 'industry',
          title: { sv: 'Industri', fr: 'Industrie', en: 'Industry' },
          description: {
            sv: 'Nära tematiska partnerskap mellan kluster, konkurrenskraftscentra, institutioner och organisationer, för att föra över kompetens och stödja innovativa företag.',
            fr: 'Des partenariats thématiques étroits entre clusters, pôles de compétitivité, institutions et organisations, pour transférer des compétences et soutenir les entreprises innovantes.',
            en: 'Close thematic partnerships between clusters, competitiveness centres, institutions and organisations, to transfer skills and support innovative companies.',
          },
          sectors: [
            { sv: 'Autonoma och uppkopplade fordon', fr: 'Véhicules autonomes et connectés', en: 'Autonomous and connected vehicles' },
            { sv: 'Ren energi', fr: 'Énergie propre', en: 'Clean energy' },
            { sv: 'Artificiell intelligens', fr: 'Intelligence artificielle', en: 'Artificial intelligence' },
            { sv: 'Bioteknik', fr: 'Biotechnologies', en: 'Biotechnology' },
          ],
          sources: [PR, BOARD],
        },
        {
          id: 'economy',
          title: { sv: 'Ekonomi och attraktionskraft', fr: 'Économie et attractivité', en: 'Economy and attractiveness' },
          description: {
            sv: 'Tätare samarbete som gör båda regionerna mer attraktiva, genom gemensamma projekt och nya samarbetsmöjligheter.',
            fr: 'Une coopération renforcée qui rend les deux régions plus attractives, grâce à des projets communs et à de nouvelles occasions de travailler ensemble.',
            en: 'Closer cooperation that makes both regions more attractive, through joint projects and new chances to work together.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'urban-planning',
          title: {
            sv: 'Stadsplanering och smarta städer',
            fr: 'Urbanisme et villes intelligentes',
            en: 'Urban planning and smart cities',
          },
          description: {
            sv: 'Partnerskap mellan offentliga aktörer för hållbar mobilitet, och utbyte av erfarenheter av kollektivtrafiken i respektive region.',
            fr: 'Des partenariats entre acteurs publics pour une mobilité durable, et des échanges d’expérience sur les transports publics de chaque région.',
            en: 'Partnerships between public bodies for sustainable mobility, and exchange of experience on each region’s public transport.',
          },
          sectors: [
            { sv: 'Hållbar mobilitet', fr: 'Mobilité durable', en: 'Sustainable mobility' },
            { sv: 'Kollektivtrafik', fr: 'Transports publics', en: 'Public transport' },
          ],
          sources: [PR, BOARD],
        },
        {
          id: 'environment',
          title: { sv: 'Miljö', fr: 'Environnement', en: 'Environment' },
          description: {
            sv: 'Utbyte av erfarenheter av att förvalta naturresurser och av grön finansiering.',
            fr: 'Des échanges d’expérience sur la gestion des ressources naturelles et la finance verte.',
            en: 'Sharing experience of managing natural resources and of green finance.',
          },
          sectors: [
            { sv: 'Naturresurser', fr: 'Ressources naturelles', en: 'Natural resources' },
            { sv: 'Grön finansiering', fr: 'Finance verte', en: 'Green finance' },
          ],
          sources: [PR, BOARD],
        },
      ],
      timeline: [
        {
          id: 'national-partnership',
          date: '2017-11',
          kind: 'national-partnership',
          title: {
            sv: 'Svensk-franskt strategiskt partnerskap',
            fr: 'Partenariat stratégique franco-suédois',
            en: 'Swedish–French strategic partnership',
          },
          description: {
            sv: 'Sveriges och Frankrikes regeringar ingår ett partnerskap för innovation, digital omställning och gröna lösningar.',
            fr: 'Les gouvernements suédois et français concluent un partenariat pour l’innovation, la transformation numérique et les solutions vertes.',
            en: 'The Swedish and French governments enter a partnership for innovation, digital transformation and green solutions.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'region-stockholm-formed',
          date: '2019-01-01',
          kind: 'organisation',
          title: { sv: 'Region Stockholm bildas', fr: 'Création de Region Stockholm', en: 'Region Stockholm is formed' },
          description: {
            sv: 'Stockholms läns landsting blir Region Stockholm, med ansvar för hela regionens utveckling.',
            fr: 'Le conseil général du comté de Stockholm devient Region Stockholm, chargée du développement de toute la région.',
            en: 'Stockholm County Council becomes Region Stockholm, responsible for developing the whole region.',
          },
          sources: [BOARD],
        },
        {
          id: 'director-report',
          date: '2020-01-09',
          kind: 'report',
          title: { sv: 'Regiondirektörens tjänsteutlåtande', fr: 'Rapport du directeur régional', en: 'Regional director’s report' },
          description: {
            sv: 'Regionledningskontoret föreslår att regionstyrelsen godkänner avtalet.',
            fr: 'L’administration régionale propose au comité exécutif d’approuver l’accord.',
            en: 'The regional administration proposes that the executive board approve the agreement.',
          },
          sources: [BOARD],
        },
        {
          id: 'board-decision',
          date: '2020-02-18',
          kind: 'decision',
          title: { sv: 'Regionstyrelsens beslut', fr: 'Décision du comité exécutif régional', en: 'Executive board decision' },
          description: {
            sv: 'Regionstyrelsen godkänner avtalet och ger regiondirektören i uppdrag att genomföra det.',
            fr: 'Le comité exécutif approuve l’accord et charge le directeur régional de sa mise en œuvre.',
            en: 'The executive board approves the agreement and tasks the regional director with carrying it out.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'signing',
          date: '2020-02',
          kind: 'signing',
          title: { sv: 'Undertecknande', fr: 'Signature', en: 'Signing' },
          description: {
            sv: 'Avtalet ska undertecknas av Irene Svenonius och Valérie Pécresse.',
            fr: 'L’accord doit être signé par Irene Svenonius et Valérie Pécresse.',
            en: 'The agreement is to be signed by Irene Svenonius and Valérie Pécresse.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'entry-into-force',
          date: '2020-02',
          kind: 'entry-into-force',
          title: { sv: 'Avtalet träder i kraft', fr: 'Entrée en vigueur', en: 'Entry into force' },
          description: {
            sv: 'En femårig genomförandefas börjar.',
            fr: 'Une phase de mise en œuvre de cinq ans commence.',
            en: 'A five-year implementation phase begins.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'annual-reporting',
          date: '2020-02',
          end: '2025-02',
          kind: 'reporting',
          title: { sv: 'Årlig rapportering', fr: 'Rapports annuels', en: 'Annual reporting' },
          description: {
            sv: 'Genomförandet rapporteras varje år. En arbetsgrupp inom Region Stockholm sköter genomförandet.',
            fr: 'La mise en œuvre fait l’objet d’un rapport chaque année. Un groupe de travail de Region Stockholm s’en charge.',
            en: 'Implementation is reported on every year. A working group within Region Stockholm carries it out.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'first-term-end',
          date: '2025-02',
          kind: 'term-end',
          title: { sv: 'Första avtalsperioden slutar', fr: 'Fin de la première période', en: 'End of the first term' },
          description: {
            sv: 'Den femåriga genomförandefasen är slut.',
            fr: 'La phase de mise en œuvre de cinq ans s’achève.',
            en: 'The five-year implementation phase ends.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'possible-extension',
          date: '2025-02',
          end: '2030-02',
          kind: 'extension',
          possible: true,
          title: { sv: 'Möjlig förlängning', fr: 'Prolongation possible', en: 'Possible extension' },
          description: {
            sv: 'Avtalet kan förlängas med ytterligare fem år.',
            fr: 'L’accord peut être prolongé de cinq ans.',
            en: 'The agreement can be extended by another five years.',
          },
          sources: [PR],
        },
      ],
      sources: [PR, BOARD, EU],
    },
    {
      id: 'cpmr',
      kind: 'network',
      title: {
        sv: 'Conference of Peripheral and Maritime Regions (CPMR)',
        fr: 'Conférence des régions périphériques maritimes (CRPM)',
        en: 'Conference of Peripheral and Maritime Regions (CPMR)',
      },
      summary: {
        sv: 'En organisation som bevakar och försöker påverka EU:s politik. Region Stockholm samverkar med de andra medlemsregionerna om bland annat sammanhållningspolitik, transport, energi och klimat samt maritima frågor.',
        fr: 'Une organisation qui suit la politique de l’UE et cherche à l’influencer. Region Stockholm y travaille avec les autres régions membres, entre autres sur la cohésion, les transports, l’énergie et le climat, et les questions maritimes.',
        en: 'An organisation that follows EU policy and works to influence it. Region Stockholm works with the other member regions on cohesion policy, transport, energy and climate, and maritime issues, among others.',
      },
      parties: ['stockholm'],
      sources: [EU],
    },
    {
      id: 'metrex',
      kind: 'network',
      title: { en: 'The Network of European Metropolitan Regions and Areas (METREX)' },
      summary: {
        sv: 'Region Stockholm är medlem och utbyter kunskap och erfarenheter om regionplanering och storstadsfrågor med andra europeiska storstadsregioner.',
        fr: 'Region Stockholm en est membre et partage savoirs et expériences sur la planification régionale et les enjeux métropolitains avec d’autres métropoles européennes.',
        en: 'Region Stockholm is a member and shares knowledge and experience of regional planning and metropolitan issues with other European metropolitan regions.',
      },
      parties: ['stockholm'],
      sources: [EU],
    },
    {
      id: 'stockholm-region-eu-office',
      kind: 'office',
      title: {
        sv: 'Stockholmsregionens Europakontor i Bryssel',
        fr: 'Bureau européen de la région de Stockholm à Bruxelles',
        en: 'Stockholm Region EU Office in Brussels',
      },
      summary: {
        sv: 'Bevakar EU-frågor som är viktiga för Stockholmsregionen, påverkar dem i ett tidigt skede och profilerar regionen i Bryssel, i nära samarbete med aktörerna i regionen.',
        fr: 'Suit les dossiers européens importants pour la région de Stockholm, agit en amont pour les influencer et fait connaître la région à Bruxelles, en lien étroit avec les acteurs régionaux.',
        en: 'Follows EU issues that matter to the Stockholm region, works to influence them early and raises the region’s profile in Brussels, in close cooperation with actors in the region.',
      },
      parties: ['stockholm'],
      participants: {
        sv: 'Huvudägare tillsammans med Region Stockholm: Stockholms stad och Storsthlm.',
        fr: 'Principaux propriétaires avec Region Stockholm : la ville de Stockholm et Storsthlm.',
        en: 'Main owners with Region Stockholm: the City of Stockholm and Storsthlm.',
      },
      sources: [EU],
    },
    {
      id: 'interreg-central-baltic',
      kind: 'programme',
      title: { en: 'Interreg Central Baltic' },
      summary: {
        sv: 'Ett EU-program inom sammanhållningspolitiken som stöder projektsamarbete mellan Sverige, Estland, Lettland och Finland med Åland. Region Stockholm och Region Östergötland är värdar för de nationella kontaktpunkterna, länken till programsekretariatet i Åbo.',
        fr: 'Un programme européen de la politique de cohésion qui soutient des projets communs entre la Suède, l’Estonie, la Lettonie et la Finlande avec Åland. Region Stockholm et la région d’Östergötland accueillent les points de contact nationaux, lien avec le secrétariat du programme à Turku.',
        en: 'An EU cohesion-policy programme that supports joint projects between Sweden, Estonia, Latvia and Finland including Åland. Region Stockholm and Region Östergötland host the national contact points, the link to the programme secretariat in Turku.',
      },
      parties: ['stockholm'],
      sources: [EU],
    },
    {
      id: 's3-platform',
      kind: 'network',
      title: { sv: 'S3-plattformen', fr: 'Plateforme S3', en: 'S3 Platform' },
      summary: {
        sv: 'EU-kommissionens plattform för smart specialisering, där regioner med kompletterande styrkor hittar varandra. Från Sverige är Dalarna, Gävleborg, Jämtland, Skåne, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro och Östergötland medlemmar.',
        fr: 'La plateforme de la Commission européenne pour la spécialisation intelligente, où les régions aux forces complémentaires se trouvent. Membres suédois : Dalarna, Gävleborg, Jämtland, Scanie, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro et Östergötland.',
        en: 'The European Commission’s platform for smart specialisation, where regions with complementary strengths find each other. Swedish members: Dalarna, Gävleborg, Jämtland, Skåne, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro and Östergötland.',
      },
      parties: ['stockholm'],
      sources: [TVV, BLOG],
    },
    {
      id: 'vanguard-initiative',
      kind: 'network',
      title: { sv: 'Vanguard-initiativet', fr: 'Initiative Vanguard', en: 'Vanguard Initiative' },
      summary: {
        sv: 'Främjar den europeiska industrins konkurrenskraft genom samarbete mellan regioner inom områden ur deras strategier för smart specialisering. Svenska medlemmar: Dalarna, Skåne, Värmland och Örebro.',
        fr: 'Renforce la compétitivité de l’industrie européenne par la coopération entre régions, dans des domaines tirés de leurs stratégies de spécialisation intelligente. Membres suédois : Dalarna, Scanie, Värmland et Örebro.',
        en: 'Strengthens the competitiveness of European industry through cooperation between regions in fields taken from their smart specialisation strategies. Swedish members: Dalarna, Skåne, Värmland and Örebro.',
      },
      sources: [TVV],
    },
    {
      id: 'industrial-transition-pilot',
      kind: 'programme',
      title: {
        sv: 'Pilot för industriell omvandling (DG REGIO)',
        fr: 'Projet pilote pour la transition industrielle (DG REGIO)',
        en: 'Industrial transition pilot (DG REGIO)',
      },
      summary: {
        sv: 'EU-kommissionens pilot, byggd på smart specialisering, som stöder regioner i industriell omvandling.',
        fr: 'Un projet pilote de la Commission européenne, fondé sur la spécialisation intelligente, qui aide des régions en transition industrielle.',
        en: 'A European Commission pilot, built on smart specialisation, that supports regions in industrial transition.',
      },
      participants: {
        sv: 'Norra Mellansverige, Piemonte, Sachsen, Vallonien och Hauts-de-France.',
        fr: 'Norra Mellansverige, Piémont, Saxe, Wallonie et Hauts-de-France.',
        en: 'Norra Mellansverige, Piedmont, Saxony, Wallonia and Hauts-de-France.',
      },
      timeline: [
        {
          id: 'regions-selected',
          date: '2017',
          kind: 'milestone',
          title: { sv: 'Fem regioner väljs ut', fr: 'Cinq régions sélectionnées', en: 'Five regions selected' },
          sources: [TVV],
        },
        {
          id: 'expert-support',
          date: '2018',
          end: '2019',
          kind: 'milestone',
          title: {
            sv: 'Expertstöd till Norra Mellansverige',
            fr: 'Appui d’experts pour Norra Mellansverige',
            en: 'Expert support for Norra Mellansverige',
          },
          sources: [TVV],
        },
      ],
      sources: [TVV],
    },
    {
      id: 'higher',
      kind: 'project',
      title: { en: 'HIGHER (Interreg Europe)' },
      summary: {
        sv: 'Ett Interreg Europe-projekt om strategier för smart specialisering, med analyser, erfarenhetsutbyte och goda exempel.',
        fr: 'Un projet Interreg Europe sur les stratégies de spécialisation intelligente : analyses, échanges d’expérience et bonnes pratiques.',
        en: 'An Interreg Europe project on smart specialisation strategies, through analyses, exchange of experience and good examples.',
      },
      participants: {
        sv: 'Stockholmsregionen, genom Nordregio, och regioner från Portugal, Italien, Spanien, Grekland, England, Slovenien och Litauen.',
        fr: 'La région de Stockholm, par l’intermédiaire de Nordregio, et des régions du Portugal, d’Italie, d’Espagne, de Grèce, d’Angleterre, de Slovénie et de Lituanie.',
        en: 'The Stockholm region, through Nordregio, and regions from Portugal, Italy, Spain, Greece, England, Slovenia and Lithuania.',
      },
      timeline: [
        {
          id: 'innovation-summit',
          date: '2018-02-22',
          end: '2018-02-23',
          kind: 'milestone',
          title: { sv: 'Innovation Summit i Stockholm', fr: 'Innovation Summit à Stockholm', en: 'Innovation Summit in Stockholm' },
          sources: [BLOG],
        },
      ],
      sources: [BLOG],
    },
  ],
};

export default bundledDataset;
