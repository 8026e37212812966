/**
 * The workbook as a file: written as xlsx or ods, read from xlsx, ods or CSV (one file per sheet,
 * named after it, comma or semicolon separated, UTF-8 with or without a BOM), with SheetJS CE
 * (`@e965/xlsx`, a republish of SheetJS 0.20.3). Reading validates with the widgets' own validator
 * and tells every problem at its sheet and cell.
 */
import * as XLSX from '@e965/xlsx';
import type { Dataset } from '../data/schema.js';
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

/** The rows of a sheet, by header, each with where it is; problems of cells no value can come from. */
function readSheet(ws: XLSX.WorkSheet, name: string, issues: SheetIssue[]): ReadSheet {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1:A1');
  const columns: Record<string, string> = {};
  const headers: (string | undefined)[] = [];
  const known = new Set([...SHEETS[KEYS.find((k) => SHEETS[k].name === name)!].parents, ...SHEETS[KEYS.find((k) => SHEETS[k].name === name)!].columns.map((c) => c.path)]);
  for (let c = range.s.c; c <= range.e.c; c++) {
    const ref = XLSX.utils.encode_cell({ r: range.s.r, c });
    const header = ws[ref]?.v === undefined ? undefined : String(ws[ref].v).trim();
    headers[c] = header;
    if (header === undefined || header === '') continue;
    if (!known.has(header)) issues.push({ where: `${name}!${ref}`, message: `“${header}” is not a column of this sheet` });
    else columns[header] = XLSX.utils.encode_col(c);
  }
  const sheet: ReadSheet = { rows: [], at: [] };
  for (let r = range.s.r + 1; r <= range.e.r; r++) {
    const row: Row = {};
    let any = false;
    for (let c = range.s.c; c <= range.e.c; c++) {
      const header = headers[c];
      const ref = XLSX.utils.encode_cell({ r, c });
      const cell = ws[ref] as XLSX.CellObject | undefined;
      if (!cell || cell.v === undefined || cell.v === '' || !header || !columns[header]) continue;
      any = true;
      if (cell.t === 'e') {
        issues.push({ where: `${name}!${ref}`, message: `the formula gives an error (${cell.w ?? 'error'})` });
        continue;
      }
      // A date cell: its day as an ISO date (a text cell keeps its precision: `2017-11`, `2020`).
      if (cell.t === 'd' && cell.v instanceof Date) row[header] = `${cell.v.getUTCFullYear()}-${two(cell.v.getUTCMonth() + 1)}-${two(cell.v.getUTCDate())}`;
      else if (cell.t === 'n' && cell.z && XLSX.SSF.is_date(cell.z)) {
        const d = XLSX.SSF.parse_date_code(cell.v as number);
        row[header] = `${d.y}-${two(d.m)}-${two(d.d)}`;
      } else row[header] = cell.v as string | number | boolean;
    }
    if (!any) continue;
    sheet.rows.push(row);
    sheet.at.push({ sheet: name, row: r + 1, columns });
  }
  return sheet;
}

/** Reads the workbook (or CSV files), validates it, and gives the dataset or every problem at its cell. */
export function readWorkbook(files: readonly InputFile[]): { valid: true; data: Dataset } | { valid: false; issues: SheetIssue[] } {
  const issues: SheetIssue[] = [];
  const sheets = new Map<SheetKey, ReadSheet>();
  for (const file of files) {
    const csv = /\.csv$/i.test(file.name);
    // CSV: every cell as written (no guessing of numbers or dates), the separator found by SheetJS.
    // No more rows than MAX_ROWS (and the header) are parsed, however many a file claims.
    const rows = { sheetRows: MAX_ROWS + 2 };
    const book = csv
      ? XLSX.read(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''), { type: 'string', raw: true, ...rows })
      : XLSX.read(file.bytes, { type: 'array', cellDates: false, ...rows });
    const names = csv ? [file.name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '')] : book.SheetNames;
    book.SheetNames.forEach((sheetName, i) => {
      const name = names[i] ?? sheetName;
      const key = KEYS.find((k) => SHEETS[k].name === name);
      if (!key) {
        issues.push({ where: `${name}!A1`, message: `“${name}” is not a sheet of the format (${KEYS.map((k) => SHEETS[k].name).join(', ')})` });
        return;
      }
      const read = readSheet(book.Sheets[sheetName], name, issues);
      if (read.rows.length > MAX_ROWS) {
        issues.push({ where: `${name}!A${MAX_ROWS + 2}`, message: `more than ${MAX_ROWS} rows: the sheet was not read further` });
        read.rows.length = read.at.length = MAX_ROWS;
      }
      sheets.set(key, read);
    });
  }
  const tables: Partial<Tables> = Object.fromEntries([...sheets].map(([key, s]) => [key, s.rows]));
  const { data, cells, issues: linkIssues } = fromTables(tables, (key, i) => sheets.get(key)!.at[i]);
  issues.push(...linkIssues);
  const result = validateDataset(data);
  if (!result.valid) issues.push(...result.issues.map((i) => ({ where: cellAt(cells, i.path) ?? i.path, message: i.message })));
  return issues.length || !result.valid ? { valid: false, issues } : { valid: true, data: result.data };
}
