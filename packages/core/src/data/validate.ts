import { safeParse, type BaseIssue, type GenericSchema } from 'valibot';
import type { Problem } from './problem.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Validates `input` against `schema` and turns the first issue into a readable problem. */
export function validate<T>(schema: GenericSchema<unknown, T>, input: unknown): Validation<T> {
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const [first, ...rest] = result.issues;
  return { ok: false, problem: { ...describeIssue(deepest(first)), more: rest.length } };
}

/**
 * A union ("an array, or an object with a list") fails as a whole; the reader is better served by
 * the failure of the branch that got furthest into the data, e.g. `[1].country`.
 */
function deepest(issue: BaseIssue<unknown>): BaseIssue<unknown> {
  if (issue.type !== 'union' || !issue.issues?.length) return issue;
  // Issues inside a union may carry no path of their own: they sit where the union sits.
  const branches = issue.issues.map((branch) => deepest(branch.path ? branch : { ...branch, path: issue.path }));
  return branches.reduce((best, next) => ((next.path?.length ?? 0) > (best.path?.length ?? 0) ? next : best));
}

/** `dimensions[2].criteria[0].id`: array positions in brackets, keys joined by dots. */
export function formatPath(issue: BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key as PropertyKey;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  return path;
}

function describeIssue(issue: BaseIssue<unknown>): Problem {
  const path = formatPath(issue);
  const values = { expected: issue.expected ?? '', received: issue.received };
  if (issue.kind === 'schema' && issue.received === 'undefined') return { key: 'error.missing', path, values };
  if (issue.kind === 'schema') return { key: 'error.type', path, values };
  // A schema's own check names a translation key as its message, e.g. check(unique, 'error.duplicateId').
  if (issue.type === 'check' || issue.type === 'raw_check')
    return { key: issue.message, path, values: { ...values, ...issue } };
  return { key: 'error.invalid', path, values };
}
