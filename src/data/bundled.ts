/**
 * The bundled dataset: written from the public Swedish source texts listed in
 * `sources`. Each fact names the document it comes from; a fact the sources do
 * not give is left out. Loaded as a separate chunk, only when an element
 * refers to it.
 */
import type { Dataset } from './schema.js';

export { distFolder } from './dist-folder.js';
export { bundledTexts } from './bundled-texts.js';

const PR = 'press-release-2020';
const BOARD = 'board-decision-2020';
const EU = 'eu-international-work';
const TVV = 'tillvaxtverket-eu';
const BLOG = 'blog-clusters-2017';
// Related posts listed on the same blog page (seed 004), where HIGHER is told about.
const BLOG_S3 = 'blog-s3-procurement-2018';
const BLOG_EXAMPLES = 'blog-good-examples-2018';
const BLOG_SUMMIT = 'blog-interregional-s3-2018';

export const bundledDataset: Dataset = {
  version: 1,
  sources: [
    {
      id: PR,
      title: { sv: 'Region Stockholm tecknar samarbetsavtal med franska regionen Île-de-France' },
      publisher: { sv: 'Region Stockholm' },
      date: '2020-02',
      language: 'sv',
    },
    {
      id: BOARD,
      title: { sv: 'Samarbetsavtal mellan Region Stockholm och Regionen Île-de-France' },
      publisher: { sv: 'Region Stockholm, regionstyrelsen' },
      date: '2020-01-09',
      language: 'sv',
    },
    {
      id: EU,
      title: { sv: 'EU och internationellt arbete' },
      publisher: { sv: 'Region Stockholm' },
      language: 'sv',
    },
    { id: TVV, title: { sv: 'Samverkan med EU' }, publisher: { sv: 'Tillväxtverket' }, language: 'sv' },
    { id: BLOG, title: { sv: 'EU satsar på kluster och interregional samverkan' }, date: '2017-11-27', language: 'sv' },
    { id: BLOG_S3, title: { sv: 'Smart specialisering och upphandling i fokus' }, date: '2018-04-13', language: 'sv' },
    { id: BLOG_EXAMPLES, title: { sv: 'Goda exempel på regional samverkan i Europa' }, date: '2018-03-14', language: 'sv' },
    { id: BLOG_SUMMIT, title: { sv: 'EU vill se mer samarbete mellan regioner kring smart specialisering' }, date: '2018-03-14', language: 'sv' },
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
        year: 2020,
        sources: [PR, BOARD],
      },
      facts: [
        {
          text: {
            sv: 'Sedan den 1 januari 2019 är Stockholms läns landsting Region Stockholm, med ett bredare ansvar för utvecklingen i hela regionen.',
            fr: 'Depuis le 1er janvier 2019, le conseil de comté de Stockholm est devenu Region Stockholm, avec une responsabilité élargie pour le développement de toute la région.',
            en: 'Since 1 January 2019 Stockholm County Council has been Region Stockholm, with a wider responsibility for developing the whole region.',
          },
          sources: [BOARD],
        },
        {
          text: {
            sv: 'Enligt EU:s Regional Competitiveness Index var Stockholm Europas mest konkurrenskraftiga region (2020).',
            fr: 'Selon l’indice de compétitivité régionale de l’UE (Regional Competitiveness Index), Stockholm était la région la plus compétitive d’Europe (2020).',
            en: 'According to the EU’s Regional Competitiveness Index, Stockholm was the most competitive region in Europe (2020).',
          },
          sources: [BOARD],
        },
        {
          text: {
            sv: 'Region Stockholms vision: en Stockholmsregion som är Europas mest attraktiva storstadsregion för dem som bor och arbetar där.',
            fr: 'La vision de Region Stockholm : faire de la région de Stockholm la métropole la plus attractive d’Europe pour y vivre, y travailler et s’y installer.',
            en: 'Region Stockholm’s vision is for the Stockholm region to be Europe’s most attractive metropolitan region to live, work and make a home in.',
          },
          sources: [BOARD, EU],
        },
        {
          text: {
            sv: 'Region Stockholm har åtta platser i strukturfondspartnerskapet för Stockholms län och står värd för dess sekretariat.',
            fr: 'Region Stockholm dispose de huit sièges au partenariat des fonds structurels du comté de Stockholm, dont elle accueille le secrétariat.',
            en: 'Region Stockholm has eight seats on the Stockholm County structural funds partnership and hosts its secretariat.',
          },
          sources: [EU],
        },
      ],
      sources: [PR, BOARD],
    },
    {
      id: 'ile-de-france',
      name: { sv: 'Région Île-de-France', fr: 'Région Île-de-France', en: 'Région Île-de-France' },
      country: 'FR',
      population: { value: 12_200_000, qualifier: 'more-than', year: 2020, sources: [PR] },
      subdivisions: { count: 8, kind: 'department', sources: [PR] },
      leader: {
        name: 'Valérie Pécresse',
        role: {
          sv: 'ordförande i regionfullmäktige',
          fr: 'présidente du conseil régional',
          en: 'president of the regional council',
        },
        year: 2020,
        sources: [PR],
      },
      facts: [
        {
          text: {
            sv: 'Den folkrikaste regionen i Frankrike.',
            fr: 'La région la plus peuplée de France.',
            en: 'France’s most populous region.',
          },
          sources: [PR],
        },
        {
          text: {
            sv: 'Av regionens åtta departement har staden Paris en särskilt framträdande roll.',
            fr: 'Parmi les huit départements de la région, la ville de Paris occupe une place à part.',
            en: 'Of the region’s eight departments, the city of Paris plays a particularly prominent part.',
          },
          sources: [PR],
        },
        {
          text: {
            sv: 'Mellan 2007 och 2012 var Valérie Pécresse först Frankrikes minister för högre utbildning, sedan budgetminister och regeringens talesperson.',
            fr: 'Entre 2007 et 2012, Valérie Pécresse a été ministre de l’Enseignement supérieur, puis ministre du Budget et porte-parole du Gouvernement.',
            en: 'Between 2007 and 2012 Valérie Pécresse was France’s minister for higher education, then budget minister and government spokesperson.',
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
        sv: 'Samarbetsavtal mellan Region Stockholm och Région Île-de-France',
        fr: 'Accord de coopération entre Region Stockholm et la Région Île-de-France',
        en: 'Cooperation agreement between Region Stockholm and Région Île-de-France',
      },
      summary: {
        sv: 'Ett avtal mellan Sveriges och Frankrikes huvudstadsregioner om partnerskap inom innovation, digital omvandling och gröna lösningar. Det ska bidra till hållbar tillväxt och till nya lösningar, affärsmodeller och kompetenser, som i sin tur ska ge nya jobb och värna den sociala sammanhållningen.',
        fr: 'Un accord entre les régions capitales de la Suède et de la France pour des partenariats en matière d’innovation, de transformation numérique et de solutions vertes. Il doit contribuer à une croissance durable, à des solutions innovantes, à de nouveaux modèles économiques et à de nouvelles compétences, afin de créer des emplois et de préserver la cohésion sociale.',
        en: 'An agreement between the capital regions of Sweden and France on partnerships in innovation, digital transformation and green solutions. It is to contribute to sustainable growth, innovative solutions, new business models and new skills, creating jobs and preserving social cohesion.',
      },
      regions: [
        { id: 'stockholm', role: 'party' },
        { id: 'ile-de-france', role: 'party' },
      ],
      // The sources report Region Stockholm's decision; the signing and the entry into force only as planned.
      dates: { decided: '2020-02-18', signed: '2020-02', inForce: '2020-02', termYears: 5, extensionYears: 5, planned: ['signed', 'inForce'] },
      priorityAreas: [
        {
          id: 'industry',
          title: { sv: 'Industri', fr: 'Industrie', en: 'Industry' },
          description: {
            sv: 'Nära tematiska partnerskap mellan kompetenscentra – kluster i Sverige, konkurrenskraftscentra i Frankrike – och andra institutioner och organisationer, så att kompetens lättare kan föras över och innovativa företag får stöd.',
            fr: 'Des partenariats thématiques étroits entre centres de compétences – pôles de compétitivité en France, clusters en Suède – et d’autres institutions et organisations, pour faciliter le transfert de compétences et soutenir les entreprises innovantes.',
            en: 'Close thematic partnerships between centres of expertise – competitiveness clusters in France, clusters in Sweden – and other institutions and organisations, to make it easier to pass on skills and to support innovative companies.',
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
            sv: 'Starkare samarbete mellan parterna för att göra båda regionerna mer attraktiva, genom gemensamma projekt och nya möjligheter att samarbeta.',
            fr: 'Une coopération renforcée entre les parties pour rendre les deux régions plus attractives, par des projets communs et de nouvelles possibilités de coopérer.',
            en: 'Stronger cooperation between the parties to make both regions more attractive, through joint projects and new opportunities to work together.',
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
            sv: 'Samarbete mellan offentliga aktörer om hållbar mobilitet och utbyte av erfarenheter av kollektivtrafiken i de båda regionerna.',
            fr: 'Des partenariats entre acteurs publics pour une mobilité durable, et des échanges d’expériences sur les transports en commun des deux régions.',
            en: 'Partnerships between public bodies for sustainable mobility, and exchanges of experience on public transport in both regions.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'environment',
          title: { sv: 'Miljö', fr: 'Environnement', en: 'Environment' },
          description: {
            sv: 'Erfarenhetsutbyte om förvaltning av naturresurser och om grön finansiering.',
            fr: 'Des échanges d’expériences sur la gestion des ressources naturelles et la finance verte.',
            en: 'Sharing experience of managing natural resources and of green finance.',
          },
          sources: [PR, BOARD],
        },
      ],
      timeline: [
        {
          id: 'national-partnership',
          date: '2017-11',
          kind: 'national-partnership',
          title: {
            sv: 'Strategiskt partnerskap mellan Sverige och Frankrike',
            fr: 'Partenariat stratégique franco-suédois',
            en: 'Swedish–French strategic partnership',
          },
          description: {
            sv: 'Sveriges och Frankrikes regeringar enas om ett strategiskt partnerskap med tre teman: innovation, digital omvandling och gröna lösningar.',
            fr: 'Les gouvernements suédois et français concluent un partenariat stratégique sur trois thèmes : l’innovation, la transformation numérique et les solutions vertes.',
            en: 'The Swedish and French governments agree on a strategic partnership with three themes: innovation, digital transformation and green solutions.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'region-stockholm-formed',
          date: '2019-01-01',
          kind: 'organisation',
          title: {
            sv: 'Landstinget blir Region Stockholm',
            fr: 'Le conseil de comté devient Region Stockholm',
            en: 'The county council becomes Region Stockholm',
          },
          description: {
            sv: 'Region Stockholm får ett bredare ansvar för utvecklingen i hela Stockholmsregionen.',
            fr: 'Region Stockholm reçoit une responsabilité élargie pour le développement de toute la région de Stockholm.',
            en: 'Region Stockholm takes on a wider responsibility for developing the whole Stockholm region.',
          },
          sources: [BOARD],
        },
        {
          id: 'director-report',
          date: '2020-01-09',
          kind: 'report',
          title: {
            sv: 'Regiondirektörens tjänsteutlåtande',
            fr: 'Rapport de la directrice générale de Region Stockholm',
            en: 'Report of Region Stockholm’s regional director',
          },
          description: {
            sv: 'Regionledningskontoret rekommenderar regionstyrelsen att godkänna samarbetsavtalet.',
            fr: 'Les services de la direction générale recommandent au comité exécutif régional d’approuver l’accord de coopération.',
            en: 'The regional executive office recommends that the regional executive board approve the cooperation agreement.',
          },
          sources: [BOARD],
        },
        {
          id: 'board-decision',
          date: '2020-02-18',
          kind: 'decision',
          title: {
            sv: 'Beslut i regionstyrelsen',
            fr: 'Décision du comité exécutif régional',
            en: 'Decision of the regional executive board',
          },
          description: {
            sv: 'Regionstyrelsen i Region Stockholm godkänner samarbetsavtalet.',
            fr: 'Le comité exécutif régional de Region Stockholm approuve l’accord de coopération.',
            en: 'Region Stockholm’s regional executive board approves the cooperation agreement.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'signing',
          date: '2020-02',
          kind: 'signing',
          planned: true,
          title: { sv: 'Undertecknande av avtalet', fr: 'Signature de l’accord', en: 'Signing of the agreement' },
          description: {
            sv: 'Irene Svenonius och Valérie Pécresse ska skriva under avtalet.',
            fr: 'L’accord doit être signé par Irene Svenonius et Valérie Pécresse.',
            en: 'Irene Svenonius and Valérie Pécresse are to sign the agreement.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'entry-into-force',
          date: '2020-02',
          kind: 'entry-into-force',
          planned: true,
          title: { sv: 'Avtalets ikraftträdande', fr: 'Entrée en vigueur de l’accord', en: 'Entry into force of the agreement' },
          description: {
            sv: 'Avtalet ska gälla från det att båda parter har undertecknat det och genomföras under fem år.',
            fr: 'L’accord doit entrer en vigueur dès sa signature par les deux parties, pour une mise en œuvre sur cinq ans.',
            en: 'The agreement is to take effect once both parties have signed it, and to be carried out over five years.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'annual-reporting',
          date: '2020-02',
          end: '2025-02',
          kind: 'reporting',
          planned: true,
          title: { sv: 'Årlig rapportering', fr: 'Bilan annuel de la mise en œuvre', en: 'Annual reporting' },
          description: {
            sv: 'Genomförandet ska redovisas en gång om året. Region Stockholm ska inrätta en särskild arbetsgrupp för genomförandet.',
            fr: 'La mise en œuvre doit faire l’objet d’un bilan chaque année. Un groupe de travail dédié doit être créé au sein de Region Stockholm pour la conduire.',
            en: 'Implementation is to be reported on once a year. A dedicated working group is to be set up within Region Stockholm to carry it out.',
          },
          sources: [PR, BOARD],
        },
        {
          id: 'first-term-end',
          date: '2025-02',
          kind: 'term-end',
          planned: true,
          title: { sv: 'Första avtalsperiodens slut', fr: 'Fin de la première période', en: 'End of the first term' },
          description: {
            sv: 'Den planerade genomförandefasen på fem år är över.',
            fr: 'La phase de mise en œuvre prévue sur cinq ans s’achève.',
            en: 'The planned five-year implementation phase ends.',
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
            sv: 'När de första fem åren har gått finns möjlighet att förlänga avtalet med ytterligare fem.',
            fr: 'Au terme des cinq premières années, l’accord peut être prolongé de cinq ans.',
            en: 'After the first five years, the agreement can be extended by another five.',
          },
          sources: [PR],
        },
      ],
      sources: [PR, BOARD, EU],
    },
    {
      id: 'cpmr',
      kind: 'network',
      // The organisation's English name, as the Swedish sources use it: shown in Swedish as English (lang="en").
      title: {
        fr: 'Conférence des régions périphériques maritimes (CRPM)',
        en: 'Conference of Peripheral and Maritime Regions (CPMR)',
      },
      summary: {
        sv: 'En organisation som följer EU:s politik och försöker påverka den. Region Stockholm arbetar där tillsammans med de andra medlemsregionerna, bland annat med sammanhållningspolitik, transporter, energi och klimat samt maritima frågor.',
        fr: 'Une organisation qui suit la politique de l’UE et cherche à l’influencer. Region Stockholm y travaille avec les autres régions membres, notamment sur la politique de cohésion, les transports, l’énergie et le climat, et les questions maritimes.',
        en: 'An organisation that follows EU policy and works to influence it. Region Stockholm works with the other member regions on cohesion policy, transport, energy and climate, and maritime affairs, among other issues.',
      },
      regions: [{ id: 'stockholm', role: 'member' }],
      sources: [EU],
    },
    {
      id: 'metrex',
      kind: 'network',
      title: {
        fr: 'Réseau des régions et aires métropolitaines européennes (METREX)',
        en: 'The Network of European Metropolitan Regions and Areas (METREX)',
      },
      summary: {
        sv: 'Ett nätverk för Europas storstadsregioner. Region Stockholm är medlem och deltar tillsammans med andra storstadsregioner i utbytet av kunskap och erfarenheter om regionplanering och storstadsfrågor.',
        fr: 'Un réseau des régions métropolitaines d’Europe. Membre du réseau, Region Stockholm coopère avec d’autres régions métropolitaines européennes et contribue aux échanges de savoirs et d’expériences sur la planification régionale et les enjeux métropolitains.',
        en: 'A network of Europe’s metropolitan regions. As a member, Region Stockholm works with other European metropolitan regions and contributes to the exchange of knowledge and experience on regional planning and metropolitan issues.',
      },
      regions: [{ id: 'stockholm', role: 'member' }],
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
        sv: 'Kontoret bevakar EU-frågor av betydelse för Stockholmsregionen, driver påverkansarbete och marknadsför regionen i Bryssel, tillsammans med regionens egna aktörer.',
        fr: 'Le bureau suit les dossiers européens importants pour la région de Stockholm, agit en amont pour les influencer et fait connaître la région à Bruxelles, en lien étroit avec les acteurs régionaux.',
        en: 'The office follows EU issues that matter to the Stockholm region, works actively to influence them and raises the region’s profile in Brussels, in close cooperation with actors in the region.',
      },
      regions: [{ id: 'stockholm', role: 'main-owner' }],
      participants: {
        sv: 'Stockholms stad och Storsthlm, även de huvudägare.',
        fr: 'La Ville de Stockholm et Storsthlm, également propriétaires principaux.',
        en: 'The City of Stockholm and Storsthlm, also main owners.',
      },
      sources: [EU],
    },
    {
      id: 'structural-fund-partnership',
      kind: 'funding-partnership',
      title: {
        sv: 'Strukturfondspartnerskapet i Stockholms län',
        fr: 'Partenariat des fonds structurels du comté de Stockholm',
        en: 'Structural Funds Partnership for Stockholm County',
      },
      summary: {
        sv: 'Partnerskapet rangordnar länets projekt när pengar ur Europeiska regionala utvecklingsfonden (Eruf) och Europeiska socialfonden+ (ESF+) ska fördelas. Region Stockholm har åtta platser i det, och sekretariatet finns hos regionen.',
        fr: 'Le partenariat décide quels projets du comté sont prioritaires pour les financements du Fonds européen de développement régional (FEDER) et du Fonds social européen plus (FSE+). Region Stockholm y occupe huit sièges et en accueille le secrétariat.',
        en: 'The partnership decides which of the county’s projects get priority for funding from the European Regional Development Fund (ERDF) and the European Social Fund Plus (ESF+). Region Stockholm holds eight seats on it and hosts its secretariat.',
      },
      regions: [{ id: 'stockholm', role: 'secretariat-host' }],
      sources: [EU],
    },
    {
      id: 'interreg-central-baltic',
      kind: 'programme',
      title: { en: 'Interreg Central Baltic' },
      summary: {
        sv: 'Programmet finansierar samarbetsprojekt mellan Sverige, Estland, Lettland och Finland med Åland, som en del av EU:s sammanhållningspolitik. De nationella kontaktpunkterna, som Region Stockholm och Region Östergötland är värdar för, förbinder de svenska aktörer som söker pengar med programsekretariatet i Åbo.',
        fr: 'Un programme européen de la politique de cohésion qui soutient la coopération par projets entre la Suède, l’Estonie, la Lettonie et la Finlande, Åland compris. Les points de contact nationaux, qu’accueillent Region Stockholm et Region Östergötland, font le lien entre les acteurs suédois qui demandent un financement et le secrétariat du programme à Turku.',
        en: 'An EU cohesion-policy programme that supports project cooperation between Sweden, Estonia, Latvia and Finland, including Åland. The national contact points, hosted by Region Stockholm and Region Östergötland, link Swedish applicants for funding with the programme secretariat in Turku.',
      },
      regions: [{ id: 'stockholm', role: 'contact-point-host' }],
      sources: [EU],
    },
    {
      id: 's3-platform',
      kind: 'platform',
      title: { sv: 'S3-plattformen', fr: 'Plateforme S3', en: 'S3 Platform' },
      summary: {
        sv: 'EU-kommissionens plattform för smart specialisering, i Sevilla, som hjälper regioner med kompletterande styrkeområden att hitta varandra och ger dem riktlinjer och stöd. Från Sverige är Dalarna, Gävleborg, Jämtland, Skåne, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro och Östergötland medlemmar.',
        fr: 'La plateforme de la Commission européenne pour la spécialisation intelligente, à Séville, où les régions aux points forts complémentaires peuvent identifier des partenaires et trouvent des lignes directrices et un appui. Membres suédois : Dalarna, Gävleborg, Jämtland, Scanie, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro et Östergötland.',
        en: 'The European Commission’s platform for smart specialisation in Seville, where regions with complementary strengths can find each other and get guidance and support. Swedish members: Dalarna, Gävleborg, Jämtland, Skåne, Stockholm, Södermanland, Värmland, Västerbotten, Västra Götaland, Örebro and Östergötland.',
      },
      regions: [{ id: 'stockholm', role: 'member' }],
      sources: [TVV, BLOG],
    },
    {
      id: 'vanguard-initiative',
      kind: 'network',
      title: { sv: 'Vanguard-initiativet', fr: 'Initiative Vanguard', en: 'Vanguard Initiative' },
      summary: {
        sv: 'Ett initiativ för att stärka den europeiska industrins konkurrenskraft i världen, där regioner samarbetar inom områden ur sina strategier för smart specialisering. Svenska medlemmar: Dalarna, Skåne, Värmland och Örebro.',
        fr: 'L’initiative vise à renforcer la compétitivité internationale de l’industrie européenne par la coopération entre régions, dans les domaines que leurs stratégies de spécialisation intelligente ont retenus. Membres suédois : Dalarna, Scanie, Värmland et Örebro.',
        en: 'The initiative is meant to strengthen the international competitiveness of European industry through cooperation between regions, in fields their smart specialisation strategies have singled out. Swedish members: Dalarna, Skåne, Värmland and Örebro.',
      },
      sources: [TVV],
    },
    {
      id: 'industrial-transition-pilot',
      kind: 'pilot',
      title: {
        sv: 'Pilot för industriell omvandling (DG REGIO)',
        fr: 'Action pilote pour la transition industrielle (DG REGIO)',
        en: 'Industrial transition pilot (DG REGIO)',
      },
      summary: {
        sv: 'En pilot från EU-kommissionen, med utgångspunkt i smart specialisering, som ska stödja regioner i deras industriella omvandling.',
        fr: 'Une action pilote de la Commission européenne, fondée sur la spécialisation intelligente, qui doit accompagner des régions dans leur transition industrielle.',
        en: 'A European Commission pilot, built on smart specialisation, meant to support regions in their industrial transition.',
      },
      participants: {
        sv: 'Norra Mellansverige, Piemonte, Sachsen, Vallonien och Hauts-de-France.',
        fr: 'Norra Mellansverige, le Piémont, la Saxe, la Wallonie et les Hauts-de-France.',
        en: 'Norra Mellansverige, Piedmont, Saxony, Wallonia and Hauts-de-France.',
      },
      timeline: [
        {
          id: 'regions-selected',
          date: '2017',
          kind: 'milestone',
          title: { sv: 'Fem regioner väljs ut', fr: 'Cinq régions sélectionnées', en: 'Five regions selected' },
          description: {
            sv: 'Mot slutet av året utser EU-kommissionen fem europeiska regioner till piloten, bland dem Norra Mellansverige.',
            fr: 'En fin d’année, la Commission européenne retient cinq régions européennes pour l’action pilote, dont Norra Mellansverige.',
            en: 'Late in the year the European Commission selects five European regions for the pilot, Norra Mellansverige among them.',
          },
          sources: [TVV],
        },
        {
          id: 'expert-support',
          date: '2018',
          end: '2019',
          kind: 'milestone',
          planned: true,
          title: {
            sv: 'Expertstöd till Norra Mellansverige',
            fr: 'Appui d’experts pour Norra Mellansverige',
            en: 'Expert support for Norra Mellansverige',
          },
          description: {
            sv: 'Norra Mellansverige ska få expertstöd anpassat efter regionen och genomföra åtgärder för en hållbar ekonomisk omställning.',
            fr: 'La région doit bénéficier d’un appui d’experts sur mesure et mener des actions pour une transition économique durable.',
            en: 'The region is to receive tailored expert support and carry out measures for a sustainable economic transition.',
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
        sv: 'Ett Interreg Europe-projekt om regionernas strategier för smart specialisering, med analyser, erfarenhetsutbyte och goda exempel som arbetssätt.',
        fr: 'Un projet Interreg Europe dans lequel des régions travaillent sur leurs stratégies de spécialisation intelligente, par des analyses, des échanges d’expériences et de bonnes pratiques.',
        en: 'An Interreg Europe project in which regions work on smart specialisation strategies, through analyses, exchanges of experience and good examples.',
      },
      participants: {
        sv: 'Stockholmsregionen, genom Nordregio, och åtta andra regioner från Portugal, Italien, Spanien, Grekland, England, Slovenien och Litauen.',
        fr: 'La région de Stockholm, par l’intermédiaire de Nordregio, et huit autres régions du Portugal, d’Italie, d’Espagne, de Grèce, d’Angleterre, de Slovénie et de Lituanie.',
        en: 'The Stockholm region, through Nordregio, and eight other regions from Portugal, Italy, Spain, Greece, England, Slovenia and Lithuania.',
      },
      timeline: [
        {
          id: 'innovation-summit',
          date: '2018-02-22',
          end: '2018-02-23',
          kind: 'milestone',
          title: { sv: 'Innovation Summit i Stockholm', fr: 'Innovation Summit à Stockholm', en: 'Innovation Summit in Stockholm' },
          description: {
            sv: 'Inom projektet står Nordregio som värd för en Innovation Summit i Stockholm.',
            fr: 'Nordregio organise un Innovation Summit à Stockholm dans le cadre du projet.',
            en: 'Nordregio holds an Innovation Summit in Stockholm as part of the project.',
          },
          sources: [BLOG_SUMMIT, BLOG_EXAMPLES],
        },
      ],
      sources: [BLOG_S3, BLOG_EXAMPLES],
    },
  ],
};

export default bundledDataset;
