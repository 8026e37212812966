/**
 * The names of the workbook's sheets and columns in each language (texts.ts), both ways: the
 * header and note a column is written with, and the column a header read in any language (or as
 * the format's own path) is.
 */
import '../i18n/all-languages.js';
import { LANGUAGES, type EventKind, type Language as Lang, type PartnershipKind, type Role } from '../data/schema.js';
import { eventKindLabel } from '../base/event-labels.js';
import { partnershipKindLabel } from '../base/kinds.js';
import { roleTerm } from '../base/roles.js';
import { withLocale } from '../i18n/localization.js';
import { SHEETS, type Column, type SheetKey } from './format.js';
import type { Label, WorkbookTexts } from './texts.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { sv } from './sv.js';

export const WORKBOOK_TEXTS: Readonly<Record<Lang, WorkbookTexts>> = { sv, fr, en };

const KEYS = Object.keys(SHEETS) as SheetKey[];

/** The sheet's name in `lang`. */
export const sheetName = (key: SheetKey, lang: Lang = 'en') => WORKBOOK_TEXTS[lang].sheets[key];

/** Names are compared without case, accents' composition or surrounding space. */
const fold = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('en');

const SHEET_BY_NAME = new Map<string, SheetKey>(LANGUAGES.flatMap((lang) => KEYS.map((key) => [fold(sheetName(key, lang)), key] as const)));

/** The sheet a workbook's sheet (or a CSV file) of this name is, in any language. */
export const sheetOf = (name: string): SheetKey | undefined => SHEET_BY_NAME.get(fold(name));

/** The language a workbook's sheets are named in: the one that names the most of them only in its own words (English when none does). */
export function languageOf(names: readonly string[]): Lang {
  const counts = new Map<Lang, number>();
  for (const name of names) {
    const langs = LANGUAGES.filter((lang) => KEYS.some((key) => fold(sheetName(key, lang)) === fold(name)));
    if (langs.length === 1) counts.set(langs[0], (counts.get(langs[0]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/** The label of a column (a parent's name or a column's path) of a sheet, in `lang`. */
function labelOf(key: SheetKey, path: string, lang: Lang): { label: Label; column?: Column } {
  const column = SHEETS[key].columns.find((c: Column) => c.path === path);
  const base = column?.lang ? path.slice(0, -3) : path;
  const { columns } = WORKBOOK_TEXTS[lang];
  const label = columns[`${key}:${base}`] ?? columns[base];
  if (!label) throw new Error(`no ${lang} label for ${key}:${path}`);
  return { label, column };
}

/** The header of a column in `lang`: `Titre (suédois)`. */
export function headerOf(key: SheetKey, path: string, lang: Lang): string {
  const { label, column } = labelOf(key, path, lang);
  return column?.lang ? `${label.label} (${WORKBOOK_TEXTS[lang].language[column.lang].suffix})` : label.label;
}

/** The words the widgets show for each value of a drop-down list, by sheet and column. */
const VALUE_LABELS: Readonly<Record<string, (value: string, lang: Lang) => string>> = {
  'partnerships:kind': (value) => partnershipKindLabel(value as PartnershipKind),
  'timeline:kind': (value) => eventKindLabel(value as EventKind),
  'participation:role': (value, lang) => roleTerm(value as Role, 1, lang),
};

/** The note on a column's header in `lang`: what goes in it, and for a list of kinds what each one is, as the widgets say it. */
export function noteOf(key: SheetKey, path: string, lang: Lang): string {
  const { label, column } = labelOf(key, path, lang);
  if (column?.lang) return `${label.note} ${WORKBOOK_TEXTS[lang].language[column.lang].note}`;
  const words = VALUE_LABELS[`${key}:${path}`];
  if (!words || !column?.choices) return label.note;
  return withLocale(lang, () => `${label.note}\n${column.choices!.map((value) => `${value}: ${words(value, lang)}`).join('\n')}`);
}

/** How a message names a column of a sheet (`kind`, or `title` for all its languages) in `lang`; undefined for no column. */
export function columnName(key: SheetKey, path: string, lang: Lang): string | undefined {
  if (pathsOf(key).includes(path)) return headerOf(key, path, lang);
  const { columns } = WORKBOOK_TEXTS[lang];
  const isText = SHEETS[key].columns.some((c: Column) => c.lang && c.path.slice(0, -3) === path);
  return isText ? (columns[`${key}:${path}`] ?? columns[path])?.label : undefined;
}

/** A sheet's headers, parents first, as paths. */
export const pathsOf = (key: SheetKey): readonly string[] => [...SHEETS[key].parents, ...SHEETS[key].columns.map((c: Column) => c.path)];

const COLUMN_BY_HEADER = new Map<SheetKey, Map<string, string>>(
  KEYS.map((key) => [key, new Map(pathsOf(key).flatMap((path) => [[fold(path), path], ...LANGUAGES.map((lang) => [fold(headerOf(key, path, lang)), path] as const)]))]),
);

/** The column a header of a sheet names, in any language or as its path. */
export const columnOf = (key: SheetKey, header: string): string | undefined => COLUMN_BY_HEADER.get(key)!.get(fold(header));
