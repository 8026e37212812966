/**
 * The dataset as a workbook file: ods with SheetJS CE (`@e965/xlsx`), xlsx with exceljs (xlsx.ts).
 */
import * as XLSX from '@e965/xlsx';
import type { Dataset, Language as Lang } from '../data/schema.js';
import { SHEETS, type SheetKey } from './format.js';
import { headerOf, noteOf, pathsOf, sheetName } from './labels.js';
import { toTables } from './tables.js';
import { UnwritableText, unwritableCharacter } from './unwritable.js';
import { writeXlsx } from './xlsx.js';

export { UnwritableText };

export type BookType = 'xlsx' | 'ods';

const KEYS = Object.keys(SHEETS) as SheetKey[];

/**
 * The dataset as a workbook file of `type`, its sheets and headers in `lang`, a note on every header.
 * An xlsx workbook (exceljs, xlsx.ts) also has its header row frozen and drop-down lists for the
 * kinds, roles and ids; SheetJS writes neither, so an ods workbook has the notes only.
 */
export async function writeWorkbook(d: Dataset, type: BookType, lang: Lang = 'en'): Promise<Uint8Array<ArrayBuffer>> {
  const tables = toTables(d);
  for (const rows of Object.values(tables)) {
    for (const row of rows) {
      for (const value of Object.values(row)) {
        const code = typeof value === 'string' ? unwritableCharacter(value) : undefined;
        if (code !== undefined) throw new UnwritableText('character', code);
      }
    }
  }
  if (type === 'xlsx') return writeXlsx(tables, lang);
  const book = XLSX.utils.book_new();
  for (const key of KEYS) {
    const paths = pathsOf(key);
    const ws = XLSX.utils.json_to_sheet(tables[key], { header: [...paths] });
    paths.forEach((path, c) => {
      const cell = ws[XLSX.utils.encode_cell({ r: 0, c })] as XLSX.CellObject;
      cell.v = headerOf(key, path, lang);
      cell.c = [{ a: 'cooperation-widgets', t: noteOf(key, path, lang) }];
      cell.c.hidden = true;
    });
    XLSX.utils.book_append_sheet(book, ws, sheetName(key, lang));
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: type, compression: true }) as ArrayBuffer);
}
