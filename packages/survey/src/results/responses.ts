import * as v from 'valibot';
import type { SurveyModel } from '../definition/model.js';
import type { Answers } from './summaries/summary.js';

/*
 * Responses as JSON: an array of response records as <devisus-survey> sends them,
 * `{ id, surveyId, locale, startedAt, completedAt, data }`, or an array of plain `data` objects
 * (SurveyJS's `survey.data`). `data` is shaped as SurveyJS keeps it: checkbox and ranking answers
 * are arrays, a matrix answer is `{ row: column }`, the text of an "other" answer is in `name-Comment`.
 * An item is read as a record when its `data` is an object and the survey has no question named `data`.
 * CSV exports are read into the same shape by csv/read-csv.ts.
 */

const record = v.looseObject({
  id: v.optional(v.union([v.string(), v.number()])),
  surveyId: v.optional(v.string()),
  locale: v.optional(v.string()),
  startedAt: v.optional(v.string()),
  completedAt: v.optional(v.string()),
  data: v.record(v.string(), v.unknown()),
});

/** A list of responses: records or plain data objects, in any mix. */
export const responsesSchema = v.array(v.union([record, v.record(v.string(), v.unknown())]));

/** The answers of each response, whether given as records or as plain data objects. */
export function toAnswers(model: SurveyModel, items: readonly Record<string, unknown>[]): Answers[] {
  const recordShaped = !model.questions.has('data');
  return items.map((item) =>
    recordShaped && item.data && typeof item.data === 'object' && !Array.isArray(item.data)
      ? (item.data as Answers)
      : item,
  );
}
