import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.js';

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

/** Checks that ids are unique and that every reference points at something that exists. */
function checkReferences(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const sourceIds = new Set<string>();
  const regionIds = new Set<string>();
  const unique = (seen: Set<string>, id: string, path: string) => {
    if (seen.has(id)) issues.push({ path, message: `duplicate id "${id}"` });
    seen.add(id);
  };
  data.sources.forEach((s, i) => unique(sourceIds, s.id, `$.sources[${i}].id`));
  data.regions.forEach((r, i) => unique(regionIds, r.id, `$.regions[${i}].id`));
  const partnershipIds = new Set<string>();
  data.partnerships.forEach((p, i) => unique(partnershipIds, p.id, `$.partnerships[${i}].id`));

  const walk = (value: unknown, keys: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...keys, i]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && keys.length > 0 && Array.isArray(child)) {
          child.forEach((ref, i) => {
            if (typeof ref === 'string' && !sourceIds.has(ref)) {
              issues.push({ path: toPath([...keys, key, i]), message: `unknown source id "${ref}"` });
            }
          });
        } else {
          walk(child, [...keys, key]);
        }
      }
    }
  };
  walk({ regions: data.regions, partnerships: data.partnerships }, []);

  data.partnerships.forEach((p, i) => {
    p.parties?.forEach((party, j) => {
      if (!regionIds.has(party)) {
        issues.push({ path: `$.partnerships[${i}].parties[${j}]`, message: `unknown region id "${party}"` });
      }
    });
    const seen = new Set<string>();
    p.priorityAreas?.forEach((a, j) => unique(seen, a.id, `$.partnerships[${i}].priorityAreas[${j}].id`));
    seen.clear();
    p.timeline?.forEach((e, j) => unique(seen, e.id, `$.partnerships[${i}].timeline[${j}].id`));
  });
  return issues;
}

/**
 * Validates anything against the dataset format and returns every problem
 * with its JSON path (it never stops at the first one and never throws).
 */
export function validateDataset(input: unknown): ValidationResult {
  const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
  if (!result.success) {
    return {
      valid: false,
      issues: result.issues.map((issue) => ({
        path: toPath(issue.path?.map((item) => item.key) ?? []),
        message: issue.message,
      })),
    };
  }
  const issues = checkReferences(result.output);
  return issues.length ? { valid: false, issues } : { valid: true, data: result.output, issues: [] };
}
