import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.js';

const DATE_KEYS = new Set(['date', 'end', 'decided', 'signed', 'inForce']);

/** `true` when a `YYYY-MM-DD` date (month 01–12, day 01–31) names a day that exists: no 30 February. */
export function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** One problem found in a dataset, with the JSON path where it is. */
export interface DataIssue {
  /** JSON path, e.g. `$.partnerships[0].title`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { valid: true; data: Dataset; issues: [] }
  | { valid: false; issues: DataIssue[] };

function toPath(keys: readonly unknown[]): string {
  return keys.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((x) => x && typeof x === 'object') : []);
const idOf = (value: Loose): string | undefined => (typeof value.id === 'string' ? value.id : undefined);

/**
 * What the schema cannot say: ids are unique, every reference points at
 * something that exists, and every date names a day that exists. Runs on the
 * raw input too, so that one pass reports every problem.
 */
function checkReferences(data: Loose): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = (items: Loose[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = idOf(item);
      if (id === undefined) return;
      if (seen.has(id)) issues.push({ path: `${path}[${i}].id`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
    return seen;
  };
  const sourceIds = ids(list(data.sources), '$.sources');
  const regionIds = ids(list(data.regions), '$.regions');
  ids(list(data.partnerships), '$.partnerships');

  // The path so far, one stack for the whole walk (a file of 1,000 events has tens of thousands of nodes).
  const keys: (string | number)[] = [];
  const walk = (value: unknown) => {
    const into = (key: string | number, child: unknown) => {
      keys.push(key);
      walk(child);
      keys.pop();
    };
    if (Array.isArray(value)) {
      value.forEach((item, i) => into(i, item));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (DATE_KEYS.has(key) && typeof child === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(child) && !isRealDay(child)) {
          issues.push({ path: toPath([...keys, key]), message: `"${child}" is not a real date` });
        } else if (key === 'sources' && keys.length > 1 && Array.isArray(child)) {
          child.forEach((ref, i) => {
            if (typeof ref === 'string' && !sourceIds.has(ref)) {
              issues.push({ path: toPath([...keys, key, i]), message: `unknown source id "${ref}"` });
            }
          });
        } else {
          into(key, child);
        }
      }
    }
  };
  walk({ sources: data.sources, regions: data.regions, partnerships: data.partnerships });

  list(data.partnerships).forEach((p, i) => {
    list(p.regions).forEach((taking, j) => {
      const id = idOf(taking);
      if (id !== undefined && !regionIds.has(id)) {
        issues.push({ path: `$.partnerships[${i}].regions[${j}].id`, message: `unknown region id "${id}"` });
      }
    });
    ids(list(p.priorityAreas), `$.partnerships[${i}].priorityAreas`);
    ids(list(p.timeline), `$.partnerships[${i}].timeline`);
    list(p.timeline).forEach((event, j) => {
      if (event.planned === true && event.possible === true) {
        issues.push({ path: `$.partnerships[${i}].timeline[${j}].planned`, message: 'an event is planned or possible, not both' });
      }
    });
  });
  return issues;
}

/** Plain words for the schema's terse messages about missing and unknown fields. */
function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of this format';
  if (issue.received === 'undefined' && issue.message.startsWith('Invalid key')) return 'is required';
  if (issue.message.startsWith('Invalid type: Expected (')) return `must be one of ${issue.expected}`;
  return issue.message;
}

/**
 * Validates anything against the dataset format and returns every problem
 * with its JSON path (it never stops at the first one and never throws).
 */
export function validateDataset(input: unknown): ValidationResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { valid: false, issues: [{ path: '$', message: 'must be a JSON object with version, sources, regions and partnerships' }] };
  }
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
  const issues: DataIssue[] = (result.issues ?? []).map((issue) => ({
    path: toPath(issue.path?.map((item) => item.key) ?? []),
    message: describe(issue),
  }));
  const seen = new Set(issues.map((i) => i.path));
  issues.push(...checkReferences(input as Loose).filter((i) => !seen.has(i.path)));
  if (result.success && !issues.length) return { valid: true, data: result.output, issues: [] };
  return { valid: false, issues };
}
