/**
 * The workbook format (docs/workbook.md): one sheet per table, one row per item, one column per
 * language for each text. A column is a path into the item (`title.sv`, `population.value`); a
 * child table names its parent in its first columns (`partnership`, `area`). Pure data: the
 * reading and writing of files is in workbook.ts.
 */
import { LANGUAGES } from '../data/schema.js';

/** How a column's cells are read and written. */
export type CellType = 'text' | 'number' | 'boolean' | 'date' | 'list';

export interface Column {
  /** The column's header, and where its value goes in the item: `title.sv`, `population.sources`. */
  path: string;
  type: CellType;
  /** A list that the schema requires whenever its object is there (an empty cell is `[]`). */
  required?: boolean;
}

export interface Sheet {
  /** The sheet's name. */
  name: string;
  /** Columns that name the parent row (`partnership`, `area`): not part of the item. */
  parents: readonly string[];
  columns: readonly Column[];
}

const texts = (path: string): Column[] => LANGUAGES.map((lang) => ({ path: `${path}.${lang}`, type: 'text' }));
const col = (path: string, type: CellType = 'text', required = false): Column => ({ path, type, ...(required ? { required } : {}) });

export const SHEETS = {
  sources: {
    name: 'sources',
    parents: [],
    columns: [col('id'), ...texts('title'), ...texts('publisher'), col('date', 'date'), col('url'), col('language')],
  },
  regions: {
    name: 'regions',
    parents: [],
    columns: [
      col('id'), ...texts('name'), col('country'),
      col('population.value', 'number'), col('population.qualifier'), col('population.year', 'number'), col('population.sources', 'list', true),
      col('subdivisions.count', 'number'), col('subdivisions.kind'), col('subdivisions.sources', 'list', true),
      ...texts('seat.name'), col('seat.sources', 'list', true),
      col('leader.name'), ...texts('leader.role'), col('leader.year', 'number'), col('leader.sources', 'list', true),
      col('sources', 'list', true),
    ],
  },
  regionFacts: { name: 'facts', parents: ['region'], columns: [...texts('text'), col('sources', 'list', true)] },
  partnerships: {
    name: 'partnerships',
    parents: [],
    columns: [
      col('id'), col('kind'), ...texts('title'), ...texts('summary'), ...texts('participants'),
      col('dates.decided', 'date'), col('dates.signed', 'date'), col('dates.inForce', 'date'),
      col('dates.termYears', 'number'), col('dates.extensionYears', 'number'), col('dates.planned', 'list'),
      col('sources', 'list', true),
    ],
  },
  participation: { name: 'participation', parents: ['partnership'], columns: [col('id'), col('role')] },
  priorityAreas: {
    name: 'areas',
    parents: ['partnership'],
    columns: [col('id'), ...texts('title'), ...texts('description'), col('sources', 'list', true)],
  },
  sectors: { name: 'sectors', parents: ['partnership', 'area'], columns: texts('sector') },
  timeline: {
    name: 'timeline',
    parents: ['partnership'],
    columns: [
      col('id'), col('date', 'date'), col('end', 'date'), col('kind'), col('planned', 'boolean'), col('possible', 'boolean'),
      ...texts('title'), ...texts('description'), col('sources', 'list', true),
    ],
  },
  links: { name: 'links', parents: ['partnership'], columns: [col('url'), ...texts('label')] },
} as const satisfies Record<string, Sheet>;

/** A row as cells by header: strings, numbers and booleans as a spreadsheet holds them. */
export type Row = Record<string, string | number | boolean | undefined>;
