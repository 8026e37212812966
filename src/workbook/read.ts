/**
 * A workbook read from xlsx, ods or CSV (one file per sheet, named after it, comma or semicolon
 * separated, UTF-8 with or without a BOM), with SheetJS CE
 * (`@e965/xlsx`, a republish of SheetJS 0.20.3). Reading validates with the widgets' own validator
 * and tells every problem at its sheet and cell.
 */
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Dataset, Language as Lang } from '../data/schema.js';
import { MAX_BYTES } from '../data/limits.js';
import { validateDataset } from '../data/validate.js';
import { SHEETS, type Row, type SheetKey } from './format.js';
import { columnName, columnOf, languageOf, sheetName, sheetOf, WORKBOOK_TEXTS } from './labels.js';
import { issueText } from './issue-texts.js';
import { cellAt, fromTables, type Located, type SheetIssue, type Tables } from './tables.js';
import { translationReport, type TranslationReport } from './report.js';

export type { SheetIssue, TranslationReport };

const KEYS = Object.keys(SHEETS) as SheetKey[];

/** Rows read from a sheet, at the most (far more than any dataset a widget reads, 2 MB, can hold). */
export const MAX_ROWS = 50_000;

/** A file to read: its name (`data.xlsx`, `timeline.csv`) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

interface ReadSheet {
  rows: Row[];
  at: Located[];
}

const two = (n: number) => String(n).padStart(2, '0');

/** Text as a message quotes it: at most 60 characters. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

const columnsOf = (type: string) => new Set(KEYS.flatMap((k) => SHEETS[k].columns.filter((c) => c.type === type).map((c) => c.path)));
const NUMBER_COLUMNS = columnsOf('number');
const BOOLEAN_COLUMNS = columnsOf('boolean');

/** A cell's value for its column: a date cell as its day, a number in a text column as shown, a formula's saved value. */
function valueOf(cell: XLSX.CellObject, header: string, date1904: boolean): Row[string] {
  if (cell.t === 'd' && cell.v instanceof Date) return `${cell.v.getUTCFullYear()}-${two(cell.v.getUTCMonth() + 1)}-${two(cell.v.getUTCDate())}`;
  if (cell.t === 'n' && cell.z && XLSX.SSF.is_date(cell.z)) {
    const d = XLSX.SSF.parse_date_code(cell.v as number, { date1904 });
    // A number no calendar has (-1, 1e308) stays what the cell shows, for the validator to tell at its cell.
    if (!d) return cell.w || String(cell.v);
    // The precision the cell shows (`yyyy-mm`: a month): a month typed as a date stays a month.
    const shown = String(cell.z).replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (!/d/i.test(shown)) return /m/i.test(shown) ? `${d.y}-${two(d.m)}` : `${d.y}`;
    return `${d.y}-${two(d.m)}-${two(d.d)}`;
  }
  // LibreOffice saves TRUE and FALSE as 1 and 0 formatted as booleans.
  if (cell.t === 'n' && BOOLEAN_COLUMNS.has(header) && (cell.v === 0 || cell.v === 1)) return cell.v === 1;
  // A number in a text or id column is what the cell shows (`007` with a format keeping the zeros).
  if (cell.t === 'n' && !NUMBER_COLUMNS.has(header) && !BOOLEAN_COLUMNS.has(header)) return cell.w ?? String(cell.v);
  return cell.v as string | number | boolean;
}

/**
 * The rows of a sheet, by header, each with where it is, and the problems of its headers and cells.
 * Only the cells the sheet has are visited, whatever range it claims.
 */
function readSheet(ws: XLSX.WorkSheet, name: string, key: SheetKey, date1904: boolean, issues: SheetIssue[], say: Messages): ReadSheet {
  const byRow = new Map<number, [number, XLSX.CellObject][]>();
  for (const ref of Object.keys(ws)) {
    if (ref.startsWith('!')) continue;
    const { r, c } = XLSX.utils.decode_cell(ref);
    const row = byRow.get(r);
    if (row) row.push([c, ws[ref] as XLSX.CellObject]);
    else byRow.set(r, [[c, ws[ref] as XLSX.CellObject]]);
  }
  const rowNumbers = [...byRow.keys()].sort((x, y) => x - y);
  const headerRow = rowNumbers[0] ?? 0;
  const headers = new Map<number, string>();
  const columns: Record<string, string> = {};
  for (const [c, cell] of byRow.get(headerRow) ?? []) {
    const ref = XLSX.utils.encode_cell({ r: headerRow, c });
    const text = cell.v === undefined ? '' : String(cell.w ?? cell.v).trim();
    if (text === '') continue;
    const header = columnOf(key, text);
    if (!header) issues.push({ where: `${name}!${ref}`, message: say.notAColumn(say.quote(clip(text))) });
    else if (columns[header]) issues.push({ where: `${name}!${ref}`, message: say.columnTwice(say.quote(clip(text)), columns[header]) });
    else {
      columns[header] = XLSX.utils.encode_col(c);
      headers.set(c, header);
    }
  }
  const sheet: ReadSheet = { rows: [], at: [] };
  const headless = new Set<number>();
  for (const r of rowNumbers.slice(1)) {
    const row: Row = {};
    let any = false;
    for (const [c, cell] of byRow.get(r)!.sort((x, y) => x[0] - y[0])) {
      const ref = XLSX.utils.encode_cell({ r, c });
      const header = headers.get(c);
      if (cell.f && (cell.v === undefined || cell.v === '')) {
        issues.push({ where: `${name}!${ref}`, message: say.noSavedValue });
        continue;
      }
      if (cell.v === undefined || cell.v === '') continue;
      if (!header) {
        // Data under no header (or under one that is not a column): told once per column, never dropped silently.
        const head = XLSX.utils.encode_cell({ r: headerRow, c });
        if (!headless.has(c) && !(byRow.get(headerRow) ?? []).some(([hc, h]) => hc === c && String(h.v ?? '').trim() !== '')) {
          issues.push({ where: `${name}!${head}`, message: say.headless });
        }
        headless.add(c);
        continue;
      }
      any = true;
      if (cell.t === 'e') {
        issues.push({ where: `${name}!${ref}`, message: say.formulaError(cell.w ?? '#') });
        continue;
      }
      row[header] = valueOf(cell, header, date1904);
    }
    if (!any) continue;
    sheet.rows.push(row);
    sheet.at.push({ sheet: name, row: r + 1, columns });
  }
  // SheetJS parses no more than sheetRows (MAX_ROWS + 2, blank rows included): a sheet that reaches
  // them is longer than a dataset can be, and is not read further.
  if (rowNumbers.at(-1)! >= headerRow + MAX_ROWS + 1) {
    issues.push({ where: `${name}!A${headerRow + MAX_ROWS + 2}`, message: say.tooManyRows(MAX_ROWS) });
    const keep = sheet.at.findIndex((at) => at.row > headerRow + MAX_ROWS + 1);
    if (keep >= 0) sheet.rows.length = sheet.at.length = keep;
  }
  return sheet;
}

/** What a workbook file (a zip) may hold at the most, unpacked: a workbook of the data a widget reads holds a few MB. */
export const ZIP_LIMITS = { entries: 500, megabytes: 200 };

/**
 * The problem with a workbook file, told from its zip's directory before anything is unpacked
 * (fflate lists the entries and skips them all): not a zip, too many entries, or more bytes
 * unpacked than ZIP_LIMITS allows (a file of a few KB can claim gigabytes).
 */
function zipProblem(bytes: Uint8Array): ((say: Messages) => string) | undefined {
  let entries = 0;
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries++;
        unpacked += entry.originalSize;
        return false;
      },
    });
  } catch {
    return (say) => say.notAWorkbook;
  }
  if (entries > ZIP_LIMITS.entries || unpacked > ZIP_LIMITS.megabytes * 1e6) return (say) => say.tooBigUnpacked(ZIP_LIMITS.megabytes);
  return undefined;
}

/** The separator of a CSV file: the one that splits its first line into the most columns the format knows. */
function separatorOf(text: string, key: SheetKey | undefined): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (!key) return first.split(';').length > first.split(',').length ? ';' : ',';
  const hits = (sep: string) => first.split(sep).filter((h) => columnOf(key, h.trim().replace(/^"|"$/g, ''))).length;
  return hits(';') > hits(',') ? ';' : ',';
}

/**
 * The sheet a CSV file holds, by its name: `timeline.csv`, or `facts-timeline.csv` as LibreOffice
 * names each sheet of a workbook it saves as CSV files.
 */
function csvSheet(file: string): string {
  const name = file.replace(/\.csv$/i, '');
  const suffix = name.slice(name.lastIndexOf('-') + 1);
  return sheetOf(name) || !sheetOf(suffix) ? name : suffix;
}

/**
 * Every sheet must be there (a workbook `sheet` writes has them all, with their headers): a sheet
 * left out would drop its rows without a word (a partnership's regions, a region's facts).
 */
const REQUIRED: readonly SheetKey[] = KEYS;

type Messages = (typeof WORKBOOK_TEXTS)[Lang]['messages'];

/**
 * Reads the workbook (or CSV files), its sheets and headers named in any language, validates it, and
 * gives the dataset or every problem at its cell, in `language` (else in the language its sheets are named in).
 */
export function readWorkbook(
  files: readonly InputFile[],
  language?: Lang,
): { valid: true; data: Dataset; missing: TranslationReport } | { valid: false; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const sheets = new Map<SheetKey, ReadSheet & { file: string }>();
  const books: { base: string; book: XLSX.WorkBook; names: readonly string[] }[] = [];
  /** Problems of whole files, told once the messages' language is known. */
  const refused: { where: string; message: (say: Messages) => string }[] = [];
  for (const file of files) {
    const csv = /\.csv$/i.test(file.name);
    const base = file.name.replace(/^.*[\\/]/, '');
    if (csv && (file.bytes[0] === 0xff && file.bytes[1] === 0xfe || file.bytes[0] === 0xfe && file.bytes[1] === 0xff)) {
      refused.push({ where: base, message: (say) => say.utf16 });
      continue;
    }
    const zip = csv ? undefined : zipProblem(file.bytes);
    if (zip) {
      refused.push({ where: base, message: zip });
      continue;
    }
    try {
      if (csv) {
        const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
        const name = csvSheet(base);
        // CSV as CSV (papaparse), whatever it looks like: every cell the text it holds, no more rows than MAX_ROWS and the header.
        const rows = Papa.parse<string[]>(text, { delimiter: separatorOf(text, sheetOf(name)), preview: MAX_ROWS + 2 }).data;
        books.push({ base, book: { SheetNames: [name], Sheets: { [name]: XLSX.utils.aoa_to_sheet(rows) } }, names: [name] });
      } else {
        // No more rows than MAX_ROWS (and the header) are parsed, however many a file claims.
        const book = XLSX.read(file.bytes, { type: 'array', cellDates: false, cellNF: true, sheetRows: MAX_ROWS + 2 });
        books.push({ base, book, names: book.SheetNames });
      }
    } catch (e) {
      const reason = clip(String((e as Error)?.message ?? e));
      refused.push({ where: base, message: (say) => say.unreadableFile(reason) });
    }
  }
  // The messages' language: the one asked for, else the workbook's own (its sheets' names).
  const lang = language ?? languageOf(books.flatMap((b) => b.names));
  const say = WORKBOOK_TEXTS[lang].messages;
  for (const { where, message } of refused) issues.push({ where, message: message(say) });
  for (const { base, book, names } of books) {
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    book.SheetNames.forEach((inBook, i) => {
      const name = names[i] ?? inBook;
      const key = sheetOf(name);
      if (!key) {
        issues.push({ where: `${name}!A1`, message: say.notASheet(say.quote(clip(name)), KEYS.map((k) => sheetName(k, lang)).join(', ')) });
        return;
      }
      if (sheets.has(key)) {
        issues.push({ where: `${name}!A1`, message: say.sheetTwice(say.quote(clip(name)), sheets.get(key)!.file, base) });
        return;
      }
      const ws = book.Sheets[inBook];
      if (!ws) {
        issues.push({ where: `${name}!A1`, message: say.unreadable });
        return;
      }
      sheets.set(key, { ...readSheet(ws, name, key, date1904, issues, say), file: base });
    });
  }
  // A file that could not be read at all is the one problem: its sheets are not told as missing too.
  if (!refused.length) for (const key of REQUIRED) if (!sheets.has(key)) issues.push({ where: `${sheetName(key, lang)}!A1`, message: say.missingSheet(say.quote(sheetName(key, lang))) });
  const tables: Partial<Tables> = Object.fromEntries([...sheets].map(([key, s]) => [key, s.rows]));
  // A row names a parent that is not there: told with the parent sheet's name as the workbook has it.
  const nameOf = (key: SheetKey) => sheets.get(key)?.at[0]?.sheet ?? sheetName(key, lang);
  const { data, cells, rows, issues: linkIssues } = fromTables(tables, (key, i) => sheets.get(key)!.at[i], (value, key) => say.notInSheet(say.quote(clip(value)), nameOf(key)));
  issues.push(...linkIssues);
  const result = validateDataset(data);
  if (!result.valid) issues.push(...result.issues.map((i) => located(cells, rows, i, lang)));
  if (!issues.length && result.valid && new TextEncoder().encode(JSON.stringify(result.data)).length > MAX_BYTES) {
    issues.push({ where: '$', message: say.tooLarge(MAX_BYTES / 1e6) });
  }
  return issues.length || !result.valid ? { valid: false, issues } : { valid: true, data: result.data, missing: translationReport(sheets) };
}

/**
 * A validator's problem at its cell: the value's own; else, in the row the value belongs to, the
 * cell of its column (named in the message, as the cell may be empty or the column missing).
 */
function located(cells: ReadonlyMap<string, string>, rows: ReadonlyMap<string, Located>, issue: { path: string; message: string }, lang: Lang): SheetIssue {
  const message = issueText(issue.message, lang);
  if (cells.has(issue.path)) return { where: cells.get(issue.path)!, message };
  let base: string | undefined;
  for (const p of rows.keys()) if ((issue.path.startsWith(`${p}.`) || issue.path === p) && (!base || p.length > base.length)) base = p;
  const near = cellAt(cells, issue.path);
  if (!base) return { where: near ?? issue.path, message };
  const at = rows.get(base)!;
  // Inside a value the row has (an id in its list of sources): that value's cell.
  const inside = [...cells.keys()].some((p) => p.length > base.length && (issue.path.startsWith(`${p}.`) || issue.path.startsWith(`${p}[`)) && p.startsWith(base));
  if (inside && near) return { where: near, message };
  const column = issue.path.slice(base.length).replace(/^\./, '').replace(/\[\d+\]$/, '');
  const letter = at.columns[column] ?? Object.entries(at.columns).find(([p]) => p.startsWith(`${column}.`))?.[1] ?? Object.values(at.columns)[0] ?? 'A';
  const key = sheetOf(at.sheet);
  const name = column && key ? (columnName(key, column, lang) ?? column) : column;
  return { where: `${at.sheet}!${letter}${at.row}`, message: name ? `${name}${WORKBOOK_TEXTS[lang].messages.colon}${message}` : message };
}
