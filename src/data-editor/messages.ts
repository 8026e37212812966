/** The data editor page's words, in Swedish, French and English (one object per language, each complete). */
import type { Language as Lang } from '../data/schema.js';

export interface EditorTexts {
  title: string;
  intro: string;
  private: string;
  language: string;
  choose: string;
  pickHint: string;
  drop: string;
  example: string;
  exampleHint: string;
  reading: string;
  tooSlow: (seconds: number) => string;
  failed: string;
  notWritten: (reason: string) => string;
  tooLong: (size: number, max: number) => string;
  badCharacter: (code: number) => string;
  tooBig: (name: string, mb: number) => string;
  notAFile: (name: string) => string;
  mixed: string;
  notJson: (name: string) => string;
  problems: (n: number) => string;
  more: (n: number) => string;
  valid: (partnerships: number, regions: number, sources: number) => string;
  translations: string;
  complete: string;
  missing: (n: number) => string;
  download: string;
  downloadJson: string;
  downloadXlsx: string;
  downloadOds: string;
  preview: string;
  previewLanguage: string;
  /** The label of the list that picks what a widget shows, by its id attribute. */
  pick: Record<'partnership' | 'region', string>;
  everything: string;
  languages: Record<Lang, string>;
}

const sv: EditorTexts = {
  title: 'Samarbetsdata: kontrollera och förhandsgranska',
  intro: 'Välj arbetsboken (xlsx eller ods), CSV-filerna eller JSON-filen med uppgifterna om samarbetena. Sidan visar varje fel vid sitt blad och sin cell, widgetarna med uppgifterna på svenska, franska och engelska, och låter dig ladda ned JSON-filen som widgetarna läser.',
  private: 'Filerna läses här i webbläsaren: ingenting skickas någonstans.',
  language: 'Sidans språk',
  choose: 'Välj filer',
  pickHint: 'En arbetsbok, en CSV-fil per blad eller en JSON-fil. Du kan också släppa filerna på sidan.',
  drop: 'Släpp filerna här',
  example: 'Ladda ned exempelarbetsboken',
  exampleHint: 'Arbetsboken med de medföljande uppgifterna, med rubriker och förklaringar på svenska: en utgångspunkt för era egna.',
  reading: 'Läser filerna…',
  tooSlow: (s) => `Filerna lästes inte: det tog mer än ${s} sekunder. En arbetsbok med uppgifterna för widgetarna läses på en sekund eller två.`,
  notWritten: (reason) => `Arbetsboken kunde inte skrivas: ${reason}`,
  tooLong: (size, max) => `en text på ${size} tecken är längre än de ${max} som en cell i xlsx rymmer (välj ods)`,
  badCharacter: (code) => `en text innehåller tecknet U+${code.toString(16).toUpperCase().padStart(4, '0')}, som en arbetsboksfil inte kan rymma`,
  failed: 'Filerna kunde inte läsas (webbläsaren fick slut på minne eller avbröt läsningen).',
  tooBig: (name, mb) => `${name} är större än ${mb} MB och lästes inte.`,
  notAFile: (name) => `${name} är varken en arbetsbok (xlsx, ods), en CSV-fil eller en JSON-fil.`,
  mixed: 'Välj antingen en JSON-fil eller arbetsboken (eller CSV-filerna), inte båda.',
  notJson: (name) => `${name} är ingen giltig JSON.`,
  problems: (n) => (n === 1 ? '1 fel att rätta' : `${n} fel att rätta`),
  more: (n) => `… och ${n} till.`,
  valid: (p, r, s) => `Uppgifterna är giltiga: ${p} samarbeten, ${r} regioner, ${s} källor.`,
  translations: 'Översättningar',
  complete: 'alla texter finns',
  missing: (n) => (n === 1 ? '1 text saknas (widgetarna visar där ett annat språk, markerat):' : `${n} texter saknas (widgetarna visar där ett annat språk, markerat):`),
  download: 'Ladda ned',
  downloadJson: 'JSON-filen för widgetarna',
  downloadXlsx: 'arbetsboken (xlsx)',
  downloadOds: 'arbetsboken (ods)',
  preview: 'Förhandsgranskning',
  previewLanguage: 'Widgetarnas språk',
  pick: { partnership: 'Samarbete', region: 'Region' },
  everything: 'Allt',
  languages: { sv: 'svenska', fr: 'franska', en: 'engelska' },
};

const fr: EditorTexts = {
  title: 'Données de coopération : vérifier et prévisualiser',
  intro: 'Choisissez le classeur (xlsx ou ods), les fichiers CSV ou le fichier JSON qui décrit les coopérations. La page indique chaque erreur à sa feuille et à sa cellule, affiche les widgets avec ces données en suédois, en français et en anglais, et vous permet de télécharger le fichier JSON que lisent les widgets.',
  private: 'Les fichiers sont lus ici, dans le navigateur : rien n’est envoyé nulle part.',
  language: 'Langue de la page',
  choose: 'Choisir des fichiers',
  pickHint: 'Un classeur, un fichier CSV par feuille ou un fichier JSON. Vous pouvez aussi déposer les fichiers sur la page.',
  drop: 'Déposez les fichiers ici',
  example: 'Télécharger le classeur d’exemple',
  exampleHint: 'Le classeur des données fournies, avec en-têtes et explications en français : un point de départ pour les vôtres.',
  reading: 'Lecture des fichiers…',
  tooSlow: (s) => `Les fichiers n’ont pas été lus : cela prenait plus de ${s}\u00a0secondes. Un classeur des données des widgets se lit en une ou deux secondes.`,
  notWritten: (reason) => `Le classeur n’a pas pu être écrit\u00a0: ${reason}`,
  tooLong: (size, max) => `un texte de ${size}\u00a0caractères dépasse les ${max} qu’une cellule xlsx peut contenir (choisissez ods)`,
  badCharacter: (code) => `un texte contient le caractère U+${code.toString(16).toUpperCase().padStart(4, '0')}, qu’un fichier de classeur ne peut pas contenir`,
  failed: 'Les fichiers n’ont pas pu être lus (le navigateur a manqué de mémoire ou a interrompu la lecture).',
  tooBig: (name, mb) => `${name} dépasse ${mb} Mo et n’a pas été lu.`,
  notAFile: (name) => `${name} n’est ni un classeur (xlsx, ods), ni un fichier CSV, ni un fichier JSON.`,
  mixed: 'Choisissez soit un fichier JSON, soit le classeur (ou les fichiers CSV), pas les deux.',
  notJson: (name) => `${name} n’est pas un JSON valide.`,
  problems: (n) => (n === 1 ? '1 erreur à corriger' : `${n} erreurs à corriger`),
  more: (n) => `… et ${n} de plus.`,
  valid: (p, r, s) => `Les données sont valides : ${p} partenariats, ${r} régions, ${s} sources.`,
  translations: 'Traductions',
  complete: 'tous les textes sont là',
  missing: (n) => (n === 1 ? '1 texte manque (les widgets y affichent une autre langue, signalée) :' : `${n} textes manquent (les widgets y affichent une autre langue, signalée) :`),
  download: 'Télécharger',
  downloadJson: 'le fichier JSON des widgets',
  downloadXlsx: 'le classeur (xlsx)',
  downloadOds: 'le classeur (ods)',
  preview: 'Aperçu',
  previewLanguage: 'Langue des widgets',
  pick: { partnership: 'Partenariat', region: 'Région' },
  everything: 'Tout',
  languages: { sv: 'suédois', fr: 'français', en: 'anglais' },
};

const en: EditorTexts = {
  title: 'Cooperation data: check and preview',
  intro: 'Choose the workbook (xlsx or ods), the CSV files or the JSON file that holds the facts about the cooperations. The page shows every problem at its sheet and cell, shows the widgets with that data in Swedish, French and English, and lets you download the JSON file the widgets read.',
  private: 'The files are read here, in your browser: nothing is sent anywhere.',
  language: 'Page language',
  choose: 'Choose files',
  pickHint: 'A workbook, one CSV file per sheet, or a JSON file. You can also drop the files on the page.',
  drop: 'Drop the files here',
  example: 'Download the example workbook',
  exampleHint: 'The workbook of the bundled data, its headers and notes in English: a start for your own.',
  reading: 'Reading the files…',
  tooSlow: (s) => `The files were not read: it took over ${s} seconds. A workbook of the widgets' data is read in a second or two.`,
  notWritten: (reason) => `The workbook could not be written: ${reason}`,
  tooLong: (size, max) => `a text of ${size} characters is longer than the ${max} an xlsx cell holds (choose ods)`,
  badCharacter: (code) => `a text holds the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which a workbook file cannot hold`,
  failed: 'The files could not be read (the browser ran out of memory or stopped the reading).',
  tooBig: (name, mb) => `${name} is over ${mb} MB and was not read.`,
  notAFile: (name) => `${name} is not a workbook (xlsx, ods), a CSV file or a JSON file.`,
  mixed: 'Choose either a JSON file or the workbook (or the CSV files), not both.',
  notJson: (name) => `${name} is not valid JSON.`,
  problems: (n) => (n === 1 ? '1 problem to fix' : `${n} problems to fix`),
  more: (n) => `… and ${n} more.`,
  valid: (p, r, s) => `The data is valid: ${p} partnerships, ${r} regions, ${s} sources.`,
  translations: 'Translations',
  complete: 'every text is there',
  missing: (n) => (n === 1 ? '1 text missing (the widgets show another language there, marked):' : `${n} texts missing (the widgets show another language there, marked):`),
  download: 'Download',
  downloadJson: 'the JSON file for the widgets',
  downloadXlsx: 'the workbook (xlsx)',
  downloadOds: 'the workbook (ods)',
  preview: 'Preview',
  previewLanguage: 'Language of the widgets',
  pick: { partnership: 'Partnership', region: 'Region' },
  everything: 'Everything',
  languages: { sv: 'Swedish', fr: 'French', en: 'English' },
};

export const EDITOR_TEXTS: Readonly<Record<Lang, EditorTexts>> = { sv, fr, en };
