/**
 * The validator's messages (src/data/validate.ts, src/data/schema.ts and valibot's own) in Swedish
 * and French, for the people who read them at their cells: the data editor page and `readWorkbook`
 * in a language. The validator speaks English to developers and the widgets' error events; each
 * message it can give has its rule here (test/node/issue-texts.test.mjs checks that none is left
 * in English), and a message no rule knows stays as it is.
 */
import type { Language as Lang } from '../data/schema.js';

type Say = (...parts: string[]) => string;
/** A message's words in Swedish and French (and in English, where the validator's own are for developers). */
type Rule = [RegExp, { sv: Say; fr: Say; en?: Say }];

/** valibot's list of the values allowed, `("a" | "b")`, as a person reads it: `a, b`. */
const values = (list: string) => list.replace(/^\((.*)\)$/, '$1').split(' | ').map((v) => v.replace(/^"(.*)"$/, '$1')).join(', ');

/** valibot's names of the types it expected. */
const TYPES: Record<string, { sv: string; fr: string }> = {
  string: { sv: 'text', fr: 'du texte' },
  number: { sv: 'ett tal', fr: 'un nombre' },
  boolean: { sv: 'TRUE eller FALSE', fr: 'TRUE ou FALSE' },
  Array: { sv: 'en lista', fr: 'une liste' },
  Object: { sv: 'ett objekt', fr: 'un objet' },
};
const type = (name: string, lang: 'sv' | 'fr') => TYPES[name]?.[lang] ?? name;

const RULES: Rule[] = [
  [/^must not be empty$/, { sv: () => 'får inte vara tom', fr: () => 'ne doit pas être vide' }],
  [/^must not contain control characters$/, { sv: () => 'får inte innehålla styrtecken', fr: () => 'ne doit pas contenir de caractères de contrôle' }],
  [/^must be a kebab-case id \(a-z, 0-9, -\)$/, {
    sv: () => 'måste vara ett id av små bokstäver (a–z), siffror och bindestreck',
    fr: () => 'doit être un identifiant en lettres minuscules sans accent (a–z), chiffres et traits d’union',
  }],
  [/^must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, year 1000–9999$/, {
    sv: () => 'måste vara ett datum: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, år 1000–9999',
    fr: () => 'doit être une date\u00a0: AAAA, AAAA-MM ou AAAA-MM-JJ, année 1000 à 9999',
  }],
  [/^must be an http\(s\) URL, with no user name or password in it$/, {
    sv: () => 'måste vara en webbadress som börjar med https:// (eller http://), utan användarnamn eller lösenord',
    fr: () => 'doit être une adresse web commençant par https:// (ou http://), sans nom d’utilisateur ni mot de passe',
  }],
  [/^needs at least one of sv, fr, en$/, { sv: () => 'behöver minst ett av språken sv, fr, en', fr: () => 'doit exister dans au moins une des langues sv, fr, en' }],
  [/^needs at least one source id$/, { sv: () => 'behöver minst en källa', fr: () => 'doit citer au moins une source' }],
  [/^must be an ISO 3166-1 alpha-2 code, e\.g\. SE$/, {
    sv: () => 'måste vara en landskod med två bokstäver (ISO 3166-1), till exempel SE',
    fr: () => 'doit être un code de pays à deux lettres (ISO 3166-1), par exemple SE',
  }],
  [/^("\d{4}-\d{2}-\d{2}") is not a real date$/, { sv: (d) => `${d} är inget datum som finns`, fr: (d) => `${d} n’est pas une date qui existe` }],
  [/^duplicate id (".*")$/, { sv: (id) => `id ${id} finns redan`, fr: (id) => `l’identifiant ${id} est déjà pris` }],
  [/^unknown source id (".*")$/, { sv: (id) => `det finns ingen källa med id ${id}`, fr: (id) => `aucune source n’a l’identifiant ${id}` }],
  [/^unknown region id (".*")$/, { sv: (id) => `det finns ingen region med id ${id}`, fr: (id) => `aucune région n’a l’identifiant ${id}` }],
  [/^region (".*") is already listed as (".*")$/, {
    sv: (id, role) => `regionen ${id} står redan med rollen ${role}`,
    fr: (id, role) => `la région ${id} figure déjà avec le rôle ${role}`,
  }],
  [/^(".*") is listed twice$/, { sv: (x) => `${x} står två gånger`, fr: (x) => `${x} figure deux fois` }],
  [/^there is no (decided|signed|inForce) date to be planned$/, {
    sv: (name) => `det finns inget datum ${name} som kan vara planerat`,
    fr: (name) => `il n’y a pas de date ${name} qui puisse être prévue`,
  }],
  [/^an event is planned or possible, not both$/, {
    sv: () => 'en händelse är planerad eller möjlig, inte båda',
    fr: () => 'un événement est prévu ou possible, pas les deux',
  }],
  [/^is not a field of this format$/, { sv: () => 'hör inte till formatet', fr: () => 'ne fait pas partie du format' }],
  [/^is required$/, { sv: () => 'måste fyllas i', fr: () => 'doit être rempli' }],
  [/^must be one of (.*)$/, {
    sv: (list) => `måste vara något av: ${values(list)}`,
    fr: (list) => `doit être l’une de ces valeurs\u00a0: ${values(list)}`,
    en: (list) => `must be one of: ${values(list)}`,
  }],
  [/^Invalid type: Expected (.*) but received (.*)$/, {
    sv: (expected, got) => `måste vara ${type(expected, 'sv')}, inte ${got}`,
    fr: (expected, got) => `doit être ${type(expected, 'fr')}, pas ${got}`,
  }],
  [/^Invalid integer: Received (.*)$/, { sv: (got) => `måste vara ett heltal, inte ${got}`, fr: (got) => `doit être un nombre entier, pas ${got}` }],
  [/^Invalid value: Expected >=(.*) but received (.*)$/, { sv: (min, got) => `måste vara minst ${min}, inte ${got}`, fr: (min, got) => `doit valoir au moins ${min}, pas ${got}` }],
  [/^Invalid value: Expected <=(.*) but received (.*)$/, { sv: (max, got) => `får vara högst ${max}, inte ${got}`, fr: (max, got) => `doit valoir au plus ${max}, pas ${got}` }],
  [/^must be a JSON object with version, sources, regions and partnerships$/, {
    sv: () => 'måste vara ett JSON-objekt med version, sources, regions och partnerships',
    fr: () => 'doit être un objet JSON avec version, sources, regions et partnerships',
  }],
  [/^is format version (.*); this release of cooperation-widgets reads version (.*)$/, {
    sv: (v, ours) => `är formatversion ${v}; den här versionen av cooperation-widgets läser version ${ours}`,
    fr: (v, ours) => `est au format version ${v}\u00a0; cette version de cooperation-widgets lit la version ${ours}`,
  }],
  [/^could not be read: reading one of its values failed$/, { sv: () => 'kunde inte läsas', fr: () => 'n’a pas pu être lu' }],
  [/^has more than (.*) values; data this large is not read$/, {
    sv: (n) => `har fler än ${n} värden; så stora data läses inte`,
    fr: (n) => `a plus de ${n} valeurs\u00a0; des données aussi grandes ne sont pas lues`,
  }],
  [/^has a list of (.*) items; data this large is not read$/, {
    sv: (n) => `har en lista med ${n} poster; så stora data läses inte`,
    fr: (n) => `a une liste de ${n} éléments\u00a0; des données aussi grandes ne sont pas lues`,
  }],
];

/** The validator's `message` in `lang`; undefined when no rule knows it. */
export function translateIssue(message: string, lang: Lang): string | undefined {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (!m) continue;
    if (lang === 'en') return say.en ? say.en(...m.slice(1)) : message;
    return say[lang](...m.slice(1));
  }
  return lang === 'en' ? message : undefined;
}

/** The validator's `message` in `lang`, or as it is when no rule knows it. */
export const issueText = (message: string, lang: Lang) => translateIssue(message, lang) ?? message;
