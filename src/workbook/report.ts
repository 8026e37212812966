/**
 * The translation report of a workbook that was read: for each language, the cells of the texts
 * that have another language but not this one, where a widget shows another language, marked
 * (the sources' titles and publishers, a document's own words, are left out).
 */
import type { Language as Lang } from '../data/schema.js';
import { SHEETS, type Column, type Row, type SheetKey } from './format.js';
import type { Located } from './tables.js';

/** For each language, where a text lacks it: `partnerships!F3`, or the row and column where the sheet has no such column. */
export type TranslationReport = Record<Lang, string[]>;

export function translationReport(sheets: ReadonlyMap<SheetKey, { rows: readonly Row[]; at: readonly Located[] }>): TranslationReport {
  const report: TranslationReport = { sv: [], fr: [], en: [] };
  for (const [key, { rows, at }] of sheets) {
    // A source's title and publisher are the document's own, in its language: not translated.
    if (key === 'sources') continue;
    const texts = new Map<string, Column[]>();
    for (const column of SHEETS[key].columns as readonly Column[]) {
      if (!column.lang) continue;
      const base = column.path.slice(0, -3);
      texts.set(base, [...(texts.get(base) ?? []), column]);
    }
    rows.forEach((row, i) => {
      for (const columns of texts.values()) {
        if (!columns.some((c) => row[c.path] !== undefined && row[c.path] !== '')) continue;
        for (const c of columns) {
          if (row[c.path] !== undefined && row[c.path] !== '') continue;
          const letter = at[i].columns[c.path];
          report[c.lang!].push(letter ? `${at[i].sheet}!${letter}${at[i].row}` : `${at[i].sheet}!${at[i].row}:${at[i].row} (${c.path})`);
        }
      }
    });
  }
  return report;
}
