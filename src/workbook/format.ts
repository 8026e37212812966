/**
 * The workbook format (docs/workbook.md): one sheet per table, one row per item, one column per
 * language for each text. A column is a path into the item (`title.sv`, `population.value`); a
 * child table names its parent in its first columns (`partnership`, `area`). Pure data: the
 * reading and writing of files is in workbook.ts.
 */
import { EVENT_KINDS, LANGUAGES, ROLES, SUBDIVISION_KINDS, type Language as Lang } from '../data/schema.js';
import { PARTNERSHIP_KINDS } from '../data/kinds.js';

/** How a column's cells are read and written. */
export type CellType = 'text' | 'number' | 'boolean' | 'date' | 'list';

export interface Column {
  /** The column's header, and where its value goes in the item: `title.sv`, `population.sources`. */
  path: string;
  type: CellType;
  /** A list that the schema requires whenever its object is there (an empty cell is `[]`). */
  required?: boolean;
  /** The language of a text column (`title.sv`): its header and note are the text's, in that language. */
  lang?: Lang;
  /** The values a cell may hold, offered as a drop-down list. */
  choices?: readonly string[];
}

export interface Sheet {
  /** Columns that name the parent row (`partnership`, `area`): not part of the item. */
  parents: readonly string[];
  columns: readonly Column[];
}

const texts = (path: string): Column[] => LANGUAGES.map((lang) => ({ path: `${path}.${lang}`, type: 'text', lang }));
const col = (path: string, type: CellType = 'text', required = false): Column => ({ path, type, ...(required ? { required } : {}) });
const choice = (path: string, choices: readonly string[]): Column => ({ path, type: 'text', choices });
const BOOLEAN = ['TRUE', 'FALSE'] as const;

export const SHEETS = {
  sources: {
    parents: [],
    columns: [col('id'), ...texts('title'), ...texts('publisher'), col('date', 'date'), col('url'), choice('language', LANGUAGES)],
  },
  regions: {
    parents: [],
    columns: [
      col('id'), ...texts('name'), col('country'),
      col('population.value', 'number'), choice('population.qualifier', ['more-than', 'about']), col('population.year', 'number'), col('population.sources', 'list', true),
      col('subdivisions.count', 'number'), choice('subdivisions.kind', SUBDIVISION_KINDS), col('subdivisions.sources', 'list', true),
      ...texts('seat.name'), col('seat.sources', 'list', true),
      col('leader.name'), ...texts('leader.role'), col('leader.year', 'number'), col('leader.sources', 'list', true),
      col('sources', 'list', true),
    ],
  },
  regionFacts: { parents: ['region'], columns: [...texts('text'), col('sources', 'list', true)] },
  partnerships: {
    parents: [],
    columns: [
      col('id'), choice('kind', PARTNERSHIP_KINDS), ...texts('title'), ...texts('summary'), ...texts('participants'),
      col('dates.decided', 'date'), col('dates.signed', 'date'), col('dates.inForce', 'date'),
      col('dates.termYears', 'number'), col('dates.extensionYears', 'number'), col('dates.planned', 'list'),
      col('sources', 'list', true),
    ],
  },
  participation: { parents: ['partnership'], columns: [col('id'), choice('role', ROLES)] },
  priorityAreas: {
    parents: ['partnership'],
    columns: [col('id'), ...texts('title'), ...texts('description'), col('sources', 'list', true)],
  },
  sectors: { parents: ['partnership', 'area'], columns: texts('sector') },
  timeline: {
    parents: ['partnership'],
    columns: [
      col('id'), col('date', 'date'), col('end', 'date'), choice('kind', EVENT_KINDS), { ...col('planned', 'boolean'), choices: BOOLEAN }, { ...col('possible', 'boolean'), choices: BOOLEAN },
      ...texts('title'), ...texts('description'), col('sources', 'list', true),
    ],
  },
  links: { parents: ['partnership'], columns: [col('url'), ...texts('label')] },
} as const satisfies Record<string, Sheet>;

export type SheetKey = keyof typeof SHEETS;

/** A row as cells by header: strings, numbers and booleans as a spreadsheet holds them. */
export type Row = Record<string, string | number | boolean | undefined>;

/** The sheet whose ids a parent column (and a participation's region) names. */
export const REFERS: Readonly<Record<string, SheetKey>> = { partnership: 'partnerships', region: 'regions', area: 'priorityAreas', 'participation:id': 'regions' };
