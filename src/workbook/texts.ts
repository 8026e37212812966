/**
 * The workbook in the words of the person who keeps it, in Swedish, French and English: the sheets'
 * names, each column's header and the note on it, and the reader's messages. `import` knows a
 * sheet and a column by its name in any of the three languages, or by the format's own name
 * (format.ts), so a workbook made in one language can be filled in by a translator in another.
 */
import type { Language as Lang } from '../data/schema.js';
import type { SheetKey } from './format.js';

/** A column's header and the note that explains it. */
export interface Label {
  label: string;
  note: string;
}

export interface WorkbookTexts {
  sheets: Record<SheetKey, string>;
  /** How a text column's header and note name its language. */
  language: Record<Lang, { suffix: string; note: string }>;
  /** By the column's path without its language (`title`), or by `sheet:path` where a sheet means something else by it. */
  columns: Record<string, Label>;
  /** What the reader says of a cell, a sheet or a file. */
  messages: ReaderMessages;
}

export interface ReaderMessages {
  /** Text quoted in a message, with the language's quotation marks. */
  quote: (text: string) => string;
  /** What comes between a cell (or a column) and what is wrong with it: `: `, in French ` : `. */
  colon: string;
  notAColumn: (header: string) => string;
  columnTwice: (header: string, column: string) => string;
  noSavedValue: string;
  formulaError: (error: string) => string;
  headless: string;
  tooManyRows: (max: number) => string;
  utf16: string;
  notAWorkbook: string;
  tooBigUnpacked: (mb: number) => string;
  unreadableFile: (reason: string) => string;
  notASheet: (name: string, sheets: string) => string;
  sheetTwice: (name: string, first: string, second: string) => string;
  unreadable: string;
  missingSheet: (name: string) => string;
  notInSheet: (value: string, sheet: string) => string;
  tooLarge: (mb: number) => string;
}
