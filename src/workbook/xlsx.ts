/**
 * The workbook as an xlsx file, with exceljs: what SheetJS CE does not write. The header row is
 * frozen (and the columns that name a row), each header has its note, the kinds, roles and
 * languages are drop-down lists, the columns that name a row of another sheet offer that sheet's ids,
 * and every cell that holds text is formatted as text, so that Excel keeps `2017-11` and `007` as typed.
 */
import ExcelJS from 'exceljs';
import type { Language as Lang } from '../data/schema.js';
import { REFERS, SHEETS, type Column, type SheetKey } from './format.js';
import { headerOf, noteOf, pathsOf, sheetName } from './labels.js';
import type { Tables } from './tables.js';
import { UnwritableText } from './unwritable.js';

/** The rows that the drop-down lists and the text format cover. */
const LAST_ROW = 5000;

/** The characters an xlsx cell holds, at the most. */
export const MAX_CELL = 32_767;

/** A sheet's name in a formula, quoted. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * A sheet's data validations by range: exceljs 4.4 writes them (and squeezes ranges) but its types
 * know only a cell's own `dataValidation`, which would take one entry per cell.
 */
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

export async function writeXlsx(tables: Tables, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'cooperation-widgets';
  const keys = Object.keys(SHEETS) as SheetKey[];
  for (const key of keys) {
    const paths = pathsOf(key);
    const parents: readonly string[] = SHEETS[key].parents;
    const columns = new Map<string, Column>(SHEETS[key].columns.map((c: Column) => [c.path, c]));
    // The columns that say which row it is stay in view: the parents and the id.
    const frozen = paths.findIndex((p) => !parents.includes(p) && p !== 'id');
    const ws = book.addWorksheet(sheetName(key, lang), { views: [{ state: 'frozen', ySplit: 1, xSplit: Math.max(frozen, 0) }] });
    ws.columns = paths.map((path) => {
      const column = columns.get(path);
      const wide = column?.lang !== undefined;
      const asText = !column || column.type === 'text' || column.type === 'date' || column.type === 'list';
      return { key: path, width: wide ? 40 : 18, ...(asText ? { style: { numFmt: '@' } } : {}) };
    });
    const header = ws.getRow(1);
    paths.forEach((path, i) => {
      const cell = header.getCell(i + 1);
      cell.value = headerOf(key, path, lang);
      cell.note = noteOf(key, path, lang);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    for (const row of tables[key]) {
      // Excel refuses a file with a longer text in a cell (SheetJS refuses to write one): so do we.
      const long = Object.values(row).find((v) => typeof v === 'string' && v.length > MAX_CELL);
      if (typeof long === 'string') throw new UnwritableText('long', long.length);
      // A text that reads like xlsx's escape of a character (`_x003D_`) is written escaped, so that it stays as typed.
      ws.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? v.replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x') : v])));
    }
    paths.forEach((path, i) => {
      const letter = ws.getColumn(i + 1).letter;
      const refers = REFERS[`${key}:${path}`] ?? (parents.includes(path) ? REFERS[path] : undefined);
      const choices = columns.get(path)?.choices;
      let formula: string | undefined;
      if (refers) {
        const idColumn = ws.getColumn(pathsOf(refers).indexOf('id') + 1).letter;
        formula = `${quoted(sheetName(refers, lang))}!$${idColumn}$2:$${idColumn}$${LAST_ROW}`;
      } else if (choices) formula = `"${choices.join(',')}"`;
      if (!formula) return;
      validations(ws).add(`${letter}2:${letter}${LAST_ROW}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        // A reference may name a row that is added later: a warning, not a refusal.
        errorStyle: refers ? 'warning' : 'stop',
        error: noteOf(key, path, lang),
      });
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
