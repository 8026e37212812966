/**
 * The workbook as a file: written as xlsx or ods, read from xlsx, ods or CSV (one file per sheet,
 * named after it, comma or semicolon separated, UTF-8 with or without a BOM), with SheetJS CE
 * (`@e965/xlsx`, a republish of SheetJS 0.20.3). Reading validates with the widgets' own validator
 * and tells every problem at its sheet and cell.
 */
import * as XLSX from '@e965/xlsx';
import type { Dataset } from '../data/schema.js';
import { MAX_BYTES } from '../data/limits.js';
import { validateDataset } from '../data/validate.js';
import { SHEETS, type Row } from './format.js';
import { cellAt, fromTables, toTables, type Located, type SheetIssue, type SheetKey, type Tables } from './tables.js';

export type { SheetIssue };
export type BookType = 'xlsx' | 'ods';

const KEYS = Object.keys(SHEETS) as SheetKey[];

/** Rows read from a sheet, at the most (far more than any dataset a widget reads, 2 MB, can hold). */
export const MAX_ROWS = 50_000;

/** The dataset as a workbook file of `type`. */
export function writeWorkbook(d: Dataset, type: BookType): Uint8Array {
  const tables = toTables(d);
  const book = XLSX.utils.book_new();
  for (const key of KEYS) {
    const sheet = SHEETS[key];
    const header = [...sheet.parents, ...sheet.columns.map((c) => c.path)];
    XLSX.utils.book_append_sheet(book, XLSX.utils.json_to_sheet(tables[key], { header }), sheet.name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: type, compression: true }) as ArrayBuffer);
}

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

/** Text quoted in a message, at most 60 characters. */
const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** The format's sheet called `name`, and the headers it knows. */
const formatSheet = (key: SheetKey) => new Set<string>([...SHEETS[key].parents, ...SHEETS[key].columns.map((c) => c.path)]);
const NUMBER_COLUMNS = new Set(KEYS.flatMap((k) => SHEETS[k].columns.filter((c) => c.type === 'number' || c.type === 'boolean').map((c) => c.path)));

/** A cell's value for its column: a date cell as its day, a number in a text column as shown, a formula's saved value. */
function valueOf(cell: XLSX.CellObject, header: string, date1904: boolean): Row[string] {
  if (cell.t === 'd' && cell.v instanceof Date) return `${cell.v.getUTCFullYear()}-${two(cell.v.getUTCMonth() + 1)}-${two(cell.v.getUTCDate())}`;
  if (cell.t === 'n' && cell.z && XLSX.SSF.is_date(cell.z)) {
    const d = XLSX.SSF.parse_date_code(cell.v as number, { date1904 });
    return `${d.y}-${two(d.m)}-${two(d.d)}`;
  }
  // A number in a text or id column is what the cell shows (`007` with a format keeping the zeros).
  if (cell.t === 'n' && !NUMBER_COLUMNS.has(header)) return cell.w ?? String(cell.v);
  return cell.v as string | number | boolean;
}

/**
 * The rows of a sheet, by header, each with where it is, and the problems of its headers and cells.
 * Only the cells the sheet has are visited, whatever range it claims.
 */
function readSheet(ws: XLSX.WorkSheet, name: string, key: SheetKey, date1904: boolean, issues: SheetIssue[]): ReadSheet {
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
  const known = formatSheet(key);
  const headers = new Map<number, string>();
  const columns: Record<string, string> = {};
  for (const [c, cell] of byRow.get(headerRow) ?? []) {
    const ref = XLSX.utils.encode_cell({ r: headerRow, c });
    const header = cell.v === undefined ? '' : String(cell.w ?? cell.v).trim();
    if (header === '') continue;
    if (!known.has(header)) issues.push({ where: `${name}!${ref}`, message: `${quote(header)} is not a column of this sheet` });
    else if (columns[header]) issues.push({ where: `${name}!${ref}`, message: `${quote(header)} is already column ${columns[header]}` });
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
        issues.push({ where: `${name}!${ref}`, message: 'the formula has no saved value: open the file and save it again' });
        continue;
      }
      if (cell.v === undefined || cell.v === '') continue;
      if (!header) {
        // Data under no header (or under one that is not a column): told once per column, never dropped silently.
        const head = XLSX.utils.encode_cell({ r: headerRow, c });
        if (!headless.has(c) && !(byRow.get(headerRow) ?? []).some(([hc, h]) => hc === c && String(h.v ?? '').trim() !== '')) {
          issues.push({ where: `${name}!${head}`, message: 'this column has data but no header' });
        }
        headless.add(c);
        continue;
      }
      any = true;
      if (cell.t === 'e') {
        issues.push({ where: `${name}!${ref}`, message: `the formula gives an error (${cell.w ?? 'error'})` });
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
    issues.push({ where: `${name}!A${headerRow + MAX_ROWS + 2}`, message: `more than ${MAX_ROWS} rows: the sheet was not read further` });
    const keep = sheet.at.findIndex((at) => at.row > headerRow + MAX_ROWS + 1);
    if (keep >= 0) sheet.rows.length = sheet.at.length = keep;
  }
  return sheet;
}

/** The separator of a CSV file: the one that splits its first line into the most columns the format knows. */
function separatorOf(text: string, key: SheetKey | undefined): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (!key) return first.split(';').length > first.split(',').length ? ';' : ',';
  const known = formatSheet(key);
  const hits = (sep: string) => first.split(sep).filter((h) => known.has(h.trim().replace(/^"|"$/g, ''))).length;
  return hits(';') > hits(',') ? ';' : ',';
}

/** The sheets the data cannot be without. */
const REQUIRED: readonly SheetKey[] = ['sources', 'regions', 'partnerships'];

/** Reads the workbook (or CSV files), validates it, and gives the dataset or every problem at its cell. */
export function readWorkbook(files: readonly InputFile[]): { valid: true; data: Dataset } | { valid: false; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const sheets = new Map<SheetKey, ReadSheet & { file: string }>();
  const sheetName = (key: SheetKey) => SHEETS[key].name;
  for (const file of files) {
    const csv = /\.csv$/i.test(file.name);
    const base = file.name.replace(/^.*[\\/]/, '');
    if (csv && (file.bytes[0] === 0xff && file.bytes[1] === 0xfe || file.bytes[0] === 0xfe && file.bytes[1] === 0xff)) {
      issues.push({ where: base, message: 'a UTF-16 file: save it as CSV UTF-8 (comma or semicolon separated)' });
      continue;
    }
    // No more rows than MAX_ROWS (and the header) are parsed, however many a file claims.
    const rows = { sheetRows: MAX_ROWS + 2 };
    let book: XLSX.WorkBook;
    if (csv) {
      const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
      const key = KEYS.find((k) => sheetName(k) === base.replace(/\.csv$/i, ''));
      // Every cell as written (no guessing of numbers or dates), with the separator its header uses.
      book = XLSX.read(text, { type: 'string', raw: true, FS: separatorOf(text, key), ...rows });
    } else book = XLSX.read(file.bytes, { type: 'array', cellDates: false, cellNF: true, ...rows });
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    const names = csv ? [base.replace(/\.csv$/i, '')] : book.SheetNames;
    book.SheetNames.forEach((inBook, i) => {
      const name = names[i] ?? inBook;
      const key = KEYS.find((k) => sheetName(k) === name);
      if (!key) {
        issues.push({ where: `${name}!A1`, message: `${quote(name)} is not a sheet of the format (${KEYS.map(sheetName).join(', ')})` });
        return;
      }
      if (sheets.has(key)) {
        issues.push({ where: `${name}!A1`, message: `the sheet ${quote(name)} is given twice (${sheets.get(key)!.file} and ${base})` });
        return;
      }
      const ws = book.Sheets[inBook];
      if (!ws) {
        issues.push({ where: `${name}!A1`, message: 'the sheet could not be read' });
        return;
      }
      sheets.set(key, { ...readSheet(ws, name, key, date1904, issues), file: base });
    });
  }
  for (const key of REQUIRED) if (!sheets.has(key)) issues.push({ where: `${sheetName(key)}!A1`, message: `the sheet ${quote(sheetName(key))} is missing` });
  const tables: Partial<Tables> = Object.fromEntries([...sheets].map(([key, s]) => [key, s.rows]));
  const { data, cells, issues: linkIssues } = fromTables(tables, (key, i) => sheets.get(key)!.at[i]);
  issues.push(...linkIssues);
  const result = validateDataset(data);
  if (!result.valid) issues.push(...result.issues.map((i) => located(cells, i)));
  if (!issues.length && result.valid && new TextEncoder().encode(JSON.stringify(result.data)).length > MAX_BYTES) {
    issues.push({ where: '$', message: `the data is over the ${MAX_BYTES / 1e6} MB a widget reads` });
  }
  return issues.length || !result.valid ? { valid: false, issues } : { valid: true, data: result.data };
}

/** A validator's problem at its cell; where the value is missing, the message names the column it belongs in. */
function located(cells: ReadonlyMap<string, string>, issue: { path: string; message: string }): SheetIssue {
  const where = cellAt(cells, issue.path);
  if (!where) return issue.path === '$' ? { where: '$', message: issue.message } : { where: issue.path, message: issue.message };
  if (cells.has(issue.path)) return { where, message: issue.message };
  // The nearest recorded value is the row (or an object in it): say which column the problem is about.
  const column = issue.path.replace(/\[\d+\]$/, '').replace(/^.*\]\.?/, '');
  return { where, message: column ? `${column}: ${issue.message}` : issue.message };
}
