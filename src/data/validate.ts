import * as v from 'valibot';
import { DatasetSchema, FORMAT_VERSION, type Dataset } from './schema.js';
import { FIND_ISSUES, MAX_ISSUES, MAX_ITEMS, MAX_NODES } from './limits.js';
import { shorten } from '../util/text.js';

const DATE_KEYS = new Set(['date', 'end', 'decided', 'signed', 'inForce']);
/** The partnership dates `dates.planned` may name. */
const DATE_NAMES = { decided: true, signed: true, inForce: true };

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
  /**
   * At most MAX_ISSUES problems; `more`: how many others were found; `stopped`: the check stopped
   * after FIND_ISSUES problems, so there may be others. `version`: the data's own format version,
   * when it is a number this release does not read.
   */
  | { valid: false; issues: DataIssue[]; more: number; version?: number; stopped?: boolean };

/** A key as a path step: `.name`, or `["…"]` for any other key (shortened, control characters escaped). */
const step = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= 60 ? `.${key}` : `["${shorten(key).replace(/"/g, '\\"')}"]`);

function toPath(keys: readonly unknown[]): string {
  return keys.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}${step(String(key))}`), '$');
}

type Loose = Record<string, unknown>;

/** A node of the input on the walk's stack: its key under its parent, and how deep it is. */
interface Node {
  value: unknown;
  key: string | number;
  depth: number;
  parent?: Node;
}

/** The JSON path of `node`'s child `more…`, e.g. `$.partnerships[0].sources[1]`; thousands of levels deep, its two ends. */
function pathOf(node: Node, ...more: (string | number)[]): string {
  const keys: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent) keys.push(n.key);
  keys.reverse().push(...more);
  return keys.length > 40 ? `${toPath(keys.slice(0, 20))}…${toPath(keys.slice(-20)).slice(1)}` : toPath(keys);
}

const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.filter((x) => x && typeof x === 'object') : []);
const idOf = (value: Loose): string | undefined => (typeof value.id === 'string' ? value.id : undefined);

/**
 * What the schema cannot say: ids are unique, every reference points at
 * something that exists, every date names a day that exists, a region takes
 * part in a partnership once per role, `dates.planned` names each date once and
 * only dates that are there, and no event is both planned and possible. Runs on
 * the raw input too, so that one pass reports every problem. Its walk over the
 * input also says (`tooLarge`) when the input is larger than any data file a
 * widget reads can be (MAX_BYTES of JSON): more than MAX_NODES values, or a list
 * longer than MAX_ITEMS (a `.data` object can claim a length of 2³¹); such input
 * is not checked further, by this or by the schema.
 */
function checkReferences(data: Loose): { issues: DataIssue[]; dropped: number; tooLarge?: DataIssue } {
  const found: DataIssue[] = [];
  let dropped = 0;
  // The first MAX_ISSUES spelled out, the others only counted: neither time nor memory grows with how
  // many there are or how deep they lie (a path costs as much as its depth).
  const add = (path: () => string, message: () => string) => (found.length < MAX_ISSUES ? found.push({ path: path(), message: message() }) : dropped++);
  const tooLarge = (message: string) => ({ issues: [], dropped: 0, tooLarge: { path: '$', message: `${message}; data this large is not read` } });

  // A loop over a stack of nodes, not recursion: no depth of nesting in the input can overflow the call
  // stack. Each node knows its parent, so a path is only spelled out for a node with a problem.
  // Each object once: a `.data` object may share parts or hold cycles, which JSON cannot.
  const stack: Node[] = [{ value: { sources: data.sources, regions: data.regions, partnerships: data.partnerships }, key: '$', depth: 0 }];
  const walked = new WeakSet<object>();
  /** The lists of source ids met on the way, checked once the dataset's source ids are known. */
  const references: { node: Node; key: string; ids: unknown[] }[] = [];
  let values = 0;
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (++values > MAX_NODES) return tooLarge(`has more than ${MAX_NODES} values`);
    const { value, depth } = node;
    if (value && typeof value === 'object') {
      if (walked.has(value)) continue;
      walked.add(value);
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_ITEMS) return tooLarge(`has a list of ${value.length} items`);
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, depth: depth + 1, parent: node });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let e = entries.length - 1; e >= 0; e--) {
        const [key, child] = entries[e];
        if (DATE_KEYS.has(key) && typeof child === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(child) && !isRealDay(child)) {
          add(() => pathOf(node, key), () => `"${child}" is not a real date`);
        } else if (key === 'sources' && depth > 1 && Array.isArray(child)) {
          if (child.length > MAX_ITEMS) return tooLarge(`has a list of ${child.length} items`);
          values += child.length;
          references.push({ node, key, ids: child });
        } else {
          stack.push({ value: child, key, depth: depth + 1, parent: node });
        }
      }
    }
  }

  const ids = (items: Loose[], path: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const id = idOf(item);
      if (id === undefined) return;
      if (seen.has(id)) add(() => `${path}[${i}].id`, () => `duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  };
  const sourceIds = ids(list(data.sources), '$.sources');
  const regionIds = ids(list(data.regions), '$.regions');
  ids(list(data.partnerships), '$.partnerships');
  for (const { node, key, ids: refs } of references) {
    refs.forEach((ref, i) => {
      if (typeof ref === 'string' && !sourceIds.has(ref)) add(() => pathOf(node, key, i), () => `unknown source id "${ref}"`);
    });
  }

  list(data.partnerships).forEach((p, i) => {
    const taking = new Set<string>();
    list(p.regions).forEach((entry, j) => {
      const id = idOf(entry);
      if (id === undefined) return;
      if (!regionIds.has(id)) add(() => `$.partnerships[${i}].regions[${j}].id`, () => `unknown region id "${id}"`);
      // A role that is not a string is the schema's problem (and may not even turn into one).
      if (typeof entry.role !== 'string') return;
      const pair = `${id} ${entry.role}`;
      if (taking.has(pair)) add(() => `$.partnerships[${i}].regions[${j}]`, () => `region "${id}" is already listed as "${entry.role}"`);
      taking.add(pair);
    });
    const dates = p.dates && typeof p.dates === 'object' ? (p.dates as Loose) : {};
    const named = new Set<string>();
    (Array.isArray(dates.planned) ? dates.planned : []).forEach((name, j) => {
      const path = `$.partnerships[${i}].dates.planned[${j}]`;
      if (typeof name !== 'string') return;
      if (named.has(name)) add(() => path, () => `"${name}" is listed twice`);
      else if (Object.hasOwn(DATE_NAMES, name) && dates[name] === undefined) add(() => path, () => `there is no ${name} date to be planned`);
      named.add(name);
    });
    ids(list(p.priorityAreas), `$.partnerships[${i}].priorityAreas`);
    ids(list(p.timeline), `$.partnerships[${i}].timeline`);
    list(p.timeline).forEach((event, j) => {
      if (event.planned === true && event.possible === true) {
        add(() => `$.partnerships[${i}].timeline[${j}].planned`, () => 'an event is planned or possible, not both');
      }
    });
  });
  return { issues: found, dropped };
}

/** Plain words for the schema's terse messages about missing and unknown fields. */
function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of this format';
  if (issue.received === 'undefined' && issue.message.startsWith('Invalid key')) return 'is required';
  if (issue.message.startsWith('Invalid type: Expected (')) return `must be one of ${issue.expected}`;
  return issue.message;
}

/**
 * The schema's checks (valibot), every problem up to FIND_ISSUES, then it stops as `abortEarly` would:
 * a 2 MB file can hold a million problems, and valibot keeps about 600 bytes for each. valibot
 * reads its configuration's `lang` once for every problem it records and `abortEarly` after each,
 * so the configuration given to the schema's run counts them and says when to stop
 * (test/node/fuzz.test.mjs holds the worst file under a 256 MB heap). `safeParse` copies its
 * configuration, so the schema's `~run` is called as `safeParse` calls it; package.json pins
 * valibot's exact version for that.
 */
function schemaCheck(input: unknown) {
  let found = 0;
  const config = {
    get lang() {
      found++;
      return undefined;
    },
    get abortEarly() {
      return found >= FIND_ISSUES;
    },
  };
  const dataset = DatasetSchema['~run']({ value: input }, config);
  return { success: !dataset.issues, output: dataset.value, issues: dataset.issues, stopped: found >= FIND_ISSUES };
}

/**
 * Validates anything against the dataset format and returns its problems
 * with their JSON paths: every one up to MAX_ISSUES, then how many more (it
 * never stops at the first one and never throws). Paths and messages quote
 * what the input says shortened, with control characters escaped.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return check(input);
  } catch {
    // Only a `.data` object can get here (a getter or a proxy that throws): JSON cannot. What it threw is not read either.
    return { valid: false, issues: [{ path: '$', message: 'could not be read: reading one of its values failed' }], more: 0 };
  }
}

function check(input: unknown): ValidationResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { valid: false, issues: [{ path: '$', message: 'must be a JSON object with version, sources, regions and partnerships' }], more: 0 };
  }
  // Another version of the format: its other fields may mean something else, so that is the one problem.
  const { version } = input as Loose;
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    const message = `is format version ${version}; this release of cooperation-widgets reads version ${FORMAT_VERSION}`;
    return { valid: false, issues: [{ path: '$.version', message }], more: 0, version };
  }
  // First: its walk ends at input too large to check, which the schema would walk for ever.
  const references = checkReferences(input as Loose);
  if (references.tooLarge) return { valid: false, issues: [references.tooLarge], more: 0 };
  const result = schemaCheck(input);
  const issues: DataIssue[] = (result.issues ?? []).map((issue) => ({
    path: toPath(issue.path?.map((item) => item.key) ?? []),
    message: describe(issue),
  }));
  const seen = new Set(issues.map((i) => i.path));
  // A loop, not push(...list): a list of 100,000 problems would overflow the call stack as arguments.
  for (const issue of references.issues) if (!seen.has(issue.path)) issues.push(issue);
  if (result.success && !issues.length) return { valid: true, data: result.output as Dataset, issues: [] };
  // A path thousands of levels deep keeps its two ends.
  const clip = (path: string) => (path.length > 400 ? `${path.slice(0, 199)}…${path.slice(-200)}` : path);
  const listed = issues.slice(0, MAX_ISSUES).map(({ path, message }) => ({ path: clip(path), message: shorten(message, 300) }));
  return { valid: false, issues: listed, more: issues.length - listed.length + references.dropped, stopped: result.stopped };
}
