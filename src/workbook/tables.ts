/**
 * A dataset as the workbook's tables (format.ts) and back. Going back keeps, for every value, the
 * cell it came from, so that a problem the validator finds is told at its sheet and cell.
 */
import type { Dataset } from '../data/schema.js';
import { SHEETS, type Column, type Row, type Sheet, type SheetKey } from './format.js';

export type { SheetKey };
export type Tables = Record<SheetKey, Row[]>;
type Obj = Record<string, unknown>;

const get = (item: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Obj)[key] : undefined), item);

/** The cell of `value` in a column of `type`: a list as ids separated by a comma and a space. */
function cellOf(value: unknown, column: Column): Row[string] {
  if (value === undefined) return undefined;
  if (column.type === 'list') return (value as unknown[]).join(', ');
  return value as string | number | boolean;
}

function rowOf(sheet: Sheet, item: unknown, parents: Record<string, string> = {}): Row {
  const row: Row = { ...parents };
  for (const column of sheet.columns) {
    const cell = cellOf(get(item, column.path), column);
    if (cell !== undefined && cell !== '') row[column.path] = cell;
    // An empty list is kept as an empty cell: it reads back as [] where the schema requires a list.
  }
  return row;
}

/** The dataset as one list of rows per sheet. */
export function toTables(d: Dataset): Tables {
  const t: Tables = { sources: [], regions: [], regionFacts: [], partnerships: [], participation: [], priorityAreas: [], sectors: [], timeline: [], links: [] };
  t.sources = d.sources.map((s) => rowOf(SHEETS.sources, s));
  for (const r of d.regions) {
    t.regions.push(rowOf(SHEETS.regions, r));
    for (const f of r.facts ?? []) t.regionFacts.push(rowOf(SHEETS.regionFacts, f, { region: r.id }));
  }
  for (const p of d.partnerships) {
    t.partnerships.push(rowOf(SHEETS.partnerships, p));
    for (const x of p.regions ?? []) t.participation.push(rowOf(SHEETS.participation, x, { partnership: p.id }));
    for (const a of p.priorityAreas ?? []) {
      t.priorityAreas.push(rowOf(SHEETS.priorityAreas, a, { partnership: p.id }));
      for (const s of a.sectors ?? []) t.sectors.push(rowOf(SHEETS.sectors, { sector: s }, { partnership: p.id, area: a.id }));
    }
    for (const e of p.timeline ?? []) t.timeline.push(rowOf(SHEETS.timeline, e, { partnership: p.id }));
    for (const l of p.links ?? []) t.links.push(rowOf(SHEETS.links, l, { partnership: p.id }));
  }
  return t;
}

/** Where a row of the tables is: its sheet, its row number (1 is the header) and its cells' columns. */
export interface Located {
  sheet: string;
  row: number;
  /** The column letter of each header. */
  columns: Readonly<Record<string, string>>;
}

/** A problem at a cell (`timeline!C7`), or at a JSON path where no cell applies. */
export interface SheetIssue {
  where: string;
  message: string;
}

/** Reads a cell of `column`'s type; a value of the wrong type is kept as it is, for the validator to name. */
function valueOf(cell: Row[string], column: Column): unknown {
  if (cell === undefined || cell === '') return column.type === 'list' && column.required ? [] : undefined;
  switch (column.type) {
    case 'number':
      return typeof cell === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : cell;
    case 'boolean':
      // TRUE and FALSE as an English, Swedish (SANT, FALSKT) or French (VRAI, FAUX) spreadsheet writes them in CSV.
      if (typeof cell === 'string' && /^(true|false|sant|falskt|vrai|faux)$/i.test(cell.trim())) return /^(true|sant|vrai)$/i.test(cell.trim());
      return cell;
    case 'list':
      return String(cell).split(/[,;]/).map((s) => s.trim()).filter(Boolean);
    default:
      return typeof cell === 'number' ? String(cell) : cell;
  }
}

function set(item: Obj, path: string, value: unknown) {
  const keys = path.split('.');
  let o = item;
  for (const key of keys.slice(0, -1)) o = (o[key] ??= Object.create(null) as Obj) as Obj;
  o[keys.at(-1)!] = value;
}

/** The item of a row, and the cell of each value it has, by its path in the item. */
function itemOf(sheet: Sheet, row: Row, at: Located, base: string, cells: Map<string, string>, rows: Map<string, Located>): Obj {
  const item: Obj = Object.create(null) as Obj;
  const cell = (path: string) => `${at.sheet}!${at.columns[path] ?? 'A'}${at.row}`;
  cells.set(base, cell(sheet.columns[0].path));
  rows.set(base, at);
  // Values first; then the lists the schema requires, only in objects the row has (a region without a population has no population.sources).
  for (const column of sheet.columns) {
    const value = valueOf(row[column.path], column);
    if (value === undefined || (Array.isArray(value) && !value.length && column.path.includes('.'))) continue;
    set(item, column.path, value);
    cells.set(`${base}.${column.path}`, cell(column.path));
  }
  for (const column of sheet.columns) {
    const parent = column.path.split('.').slice(0, -1).join('.');
    if (column.required && parent && get(item, parent) !== undefined && get(item, column.path) === undefined) {
      set(item, column.path, []);
      cells.set(`${base}.${column.path}`, cell(column.path));
    }
  }
  return item;
}

/**
 * The tables as a dataset (not yet validated), with the cell of every value by its JSON path, and
 * the problems of rows that name a parent the tables do not have.
 */
export function fromTables(
  tables: Partial<Tables>,
  located: (key: SheetKey, index: number) => Located,
  notIn: (parent: string, sheet: SheetKey) => string,
) {
  const cells = new Map<string, string>();
  /** The row of each item, by its JSON path. */
  const rows = new Map<string, Located>();
  const issues: SheetIssue[] = [];
  const read = (key: SheetKey, base: (i: number) => string) =>
    (tables[key] ?? []).map((row, i) => itemOf(SHEETS[key], row, located(key, i), base(i), cells, rows));
  const sources = read('sources', (i) => `$.sources[${i}]`);
  const regions = read('regions', (i) => `$.regions[${i}]`);
  const partnerships = read('partnerships', (i) => `$.partnerships[${i}]`);
  /**
   * Adds the rows of a child sheet to their parents' `field`, in the sheet's order. A row whose
   * parent is not there is told at the column that names it (`blame`: the first parent column by default).
   */
  const attach = (
    key: SheetKey,
    parentSheet: SheetKey,
    field: string,
    parentOf: (row: Row) => Obj | undefined,
    wrap = (x: Obj) => x as unknown,
    blame: (row: Row) => [string, SheetKey] = () => [(SHEETS[key].parents as readonly string[])[0] ?? '', parentSheet],
  ) => {
    (tables[key] ?? []).forEach((row, i) => {
      const at = located(key, i);
      const parent = parentOf(row);
      if (!parent) {
        const [column, sheet] = blame(row);
        issues.push({ where: `${at.sheet}!${at.columns[column] ?? 'A'}${at.row}`, message: notIn(String(row[column] ?? ''), sheet) });
        return;
      }
      const list = ((parent[field] as unknown[] | undefined) ?? (parent[field] = [])) as unknown[];
      const path = `${pathOf.get(parent)}.${field}[${list.length}]`;
      list.push(wrap(itemOf(SHEETS[key], row, at, path, cells, rows)));
    });
  };
  const pathOf = new Map<Obj, string>();
  regions.forEach((r, i) => pathOf.set(r, `$.regions[${i}]`));
  partnerships.forEach((p, i) => pathOf.set(p, `$.partnerships[${i}]`));
  // Parents by id (the first of a duplicated id: the validator names the duplicate); a cell holding a number names it as text.
  const byId = (items: Obj[]) => {
    const index = new Map<string, Obj>();
    for (const item of items) if (typeof item.id === 'string' && !index.has(item.id)) index.set(item.id, item);
    return (row: Row, column: string) => (row[column] === undefined ? undefined : index.get(String(row[column])));
  };
  const region = byId(regions);
  const partnership = byId(partnerships);
  attach('regionFacts', 'regions', 'facts', (row) => region(row, 'region'));
  attach('participation', 'partnerships', 'regions', (row) => partnership(row, 'partnership'));
  attach('priorityAreas', 'partnerships', 'priorityAreas', (row) => partnership(row, 'partnership'));
  // Sectors belong to an area of a partnership.
  for (const p of partnerships) ((p.priorityAreas as Obj[] | undefined) ?? []).forEach((a, i) => pathOf.set(a, `${pathOf.get(p)}.priorityAreas[${i}]`));
  attach('sectors', 'priorityAreas', 'sectors', (row) => {
    const p = partnership(row, 'partnership');
    return ((p?.priorityAreas as Obj[] | undefined) ?? []).find((a) => a.id === String(row.area));
  }, (x) => x.sector, (row) => (partnership(row, 'partnership') ? ['area', 'priorityAreas'] : ['partnership', 'partnerships']));
  attach('timeline', 'partnerships', 'timeline', (row) => partnership(row, 'partnership'));
  attach('links', 'partnerships', 'links', (row) => partnership(row, 'partnership'));
  return { data: { version: 1, sources, regions, partnerships }, cells, rows, issues };
}

/** The cell a validator's JSON path points at: the value's own, else its nearest recorded neighbour. */
export function cellAt(cells: ReadonlyMap<string, string>, path: string): string | undefined {
  if (cells.has(path)) return cells.get(path);
  let best: string | undefined;
  for (const p of cells.keys()) {
    // A value inside a recorded one (`….sources[2]` in `….sources`), or the first one inside the path.
    if (path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) {
      if (!best || p.length > best.length) best = p;
    }
  }
  if (best) return cells.get(best);
  for (const [p, cell] of cells) if (p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) return cell;
  return undefined;
}
