import * as v from 'valibot';
import { validate, type CoreKey, type Problem } from '@devisus/core';
import type { ImpactGridKey } from '../translations.js';
import type { Answers, AssessmentFile } from './answers.js';
import { indicatorsOf, type Framework, type Indicator } from './schema.js';

/** A sentence to show, as a translation key and its values. */
export interface Line {
  key: ImpactGridKey | CoreKey;
  values?: Record<string, unknown>;
}

/** An assessment file as read: its answers are checked one by one against the grid afterwards. */
export const assessmentInput = v.object({
  framework: v.object({ id: v.string(), version: v.string() }),
  date: v.string(),
  answers: v.record(v.string(), v.unknown()),
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TYPES = { scale: 'number', yesno: 'boolean', number: 'number', text: 'string' };

/** Why a value does not fit the indicator, if it does not: `ignored.<type>` or `ignored.level`. */
function valueProblem(indicator: Indicator, value: unknown): ImpactGridKey | undefined {
  if (value === undefined || value === '') return;
  if (typeof value !== TYPES[indicator.type] || (typeof value === 'number' && !Number.isFinite(value)))
    return `ignored.${indicator.type}`;
  if (indicator.levels && !indicator.levels.some((level) => level.value === value)) return 'ignored.level';
}

/**
 * The answers the grid can take from `raw`, and one line for each answer or value left out, and why:
 * an id the grid does not have, an answer that is not `{ value?, comment?, na?, revisit? }`, a value
 * of the wrong type or not one of the levels (the rest of that answer is kept).
 */
export function checkAnswers(framework: Framework, raw: unknown): { answers: Answers; ignored: Line[] } {
  const indicators = new Map(indicatorsOf(framework).map((item) => [item.id, item]));
  const answers: Answers = {};
  const ignored: Line[] = [];
  if (!isObject(raw)) return { answers, ignored: raw == null ? [] : [{ key: 'ignored.all' }] };
  for (const [id, answer] of Object.entries(raw)) {
    const indicator = indicators.get(id);
    const { value, comment, na, revisit } = isObject(answer) ? answer : {};
    let problem: ImpactGridKey | undefined = !indicator
      ? 'ignored.unknown'
      : !isObject(answer) ||
          ![comment, na, revisit].every(
            (item, index) => item === undefined || typeof item === ['string', 'boolean', 'boolean'][index],
          )
        ? 'ignored.shape'
        : undefined;
    const kept: Record<string, unknown> = problem ? {} : { ...(answer as object) };
    if (!problem) {
      problem = valueProblem(indicator!, value);
      if (problem) delete kept.value;
    }
    if (problem)
      ignored.push({
        key: problem,
        values: {
          id,
          value: JSON.stringify(value)?.slice(0, 60),
          levels: indicator?.levels?.map((level) => level.value).join(', '),
        },
      });
    if (Object.keys(kept).length) answers[id] = kept as Answers[string];
  }
  return { answers, ignored };
}

/**
 * An earlier assessment checked against the grid: refused (a line saying why: not an assessment,
 * another grid) or accepted with its usable answers and a line for each one left out. A different
 * version of the same grid is accepted; the caller notes it. `prefix` picks the sentences
 * (`files.*` for a file the reader chose, `compare.*` for the `comparison` property).
 */
export function checkAssessment(
  framework: Framework,
  raw: unknown,
  prefix: 'files' | 'compare',
  describe: (problem: Problem) => string,
): { file: AssessmentFile; ignored: Line[] } | Line {
  const result = validate(assessmentInput, raw);
  const file = result.ok ? result.value : undefined;
  // valibot's record takes an array (as an object of indices); a list of answers has lost their ids.
  const problem = !result.ok
    ? result.problem
    : Array.isArray((raw as { answers: unknown }).answers) && {
        key: 'error.type',
        path: 'answers',
        values: { expected: 'Object', received: 'Array' },
      };
  if (!file || problem) return { key: `${prefix}.invalid`, values: { problem: problem && describe(problem) } };
  if (file.framework.id !== framework.id) return { key: `${prefix}.otherFramework`, values: { id: file.framework.id } };
  const { answers, ignored } = checkAnswers(framework, file.answers);
  return { file: { ...file, answers }, ignored };
}
