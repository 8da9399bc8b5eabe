import * as v from 'valibot';
import type { Question, SurveyModel } from '../definition/model.js';
import { baseRows } from './summaries/choice.js';
import type { Count, QuestionSummary, Share } from './summaries/summary.js';

/*
 * A collector's public summary (GET /surveys/{id}/summary, see the collector's summary.ts): counts
 * per question and answer, worked out there from every response, each count under `minCell` null.
 * Free text is never in it. Read here into the summaries the results show, labelled by the survey.
 */

const count = v.nullable(v.number());
const median = v.nullish(v.number());

export const publishedSchema = v.object({
  surveyId: v.string(),
  minCell: v.number(),
  responses: count,
  questions: v.array(
    v.object({
      name: v.string(),
      answered: count,
      counts: v.optional(v.record(v.string(), count)),
      matrix: v.optional(v.record(v.string(), v.record(v.string(), count))),
      ranks: v.optional(v.record(v.string(), v.object({ count, median }))),
      median,
    }),
  ),
});

type Figures = v.InferOutput<typeof publishedSchema>['questions'][number];

/** What the results show of a summary: its min-cell, how many responded, each question's figures. */
export interface Published {
  minCell: number;
  responses: Count;
  summaries: QuestionSummary<Count>[];
}

/** The summary's questions that the survey has, in the summary's order. */
export function readPublished(model: SurveyModel, summary: v.InferOutput<typeof publishedSchema>): Published {
  const summaries = summary.questions.flatMap((figures) => {
    const question = model.questions.get(figures.name);
    return question ? [toSummary(question, figures, summary.responses)] : [];
  });
  return { minCell: summary.minCell, responses: summary.responses, summaries };
}

function toSummary(question: Question, figures: Figures, responses: Count): QuestionSummary<Count> {
  const { answered } = figures;
  const base = { question, answered, unanswered: responses !== null && answered ? responses - answered : 0 };
  // The question's own lines, each with its published count: no bar (share 0) when it is hidden.
  const shares = (countOf: (key: string) => Count | undefined): Share<Count>[] =>
    baseRows(question).map((row) => {
      const shown = countOf(row.key) ?? null;
      return { ...row, count: shown, share: shown !== null && answered ? shown / answered : 0 };
    });
  switch (question.type) {
    case 'matrix': {
      const cell = (row: string | number, column: string | number) => figures.matrix?.[row]?.[column] ?? null;
      const counts = question.rows.map((row) => question.columns.map((column) => cell(row.value, column.value)));
      return { kind: 'matrix', ...base, rows: question.rows, columns: question.columns, counts };
    }
    case 'ranking': {
      const ranks = question.choices.map((choice) => {
        const key = `c:${choice.value}`;
        return { key, text: choice.text, count: null, mean: null, median: figures.ranks?.[key]?.median ?? null };
      });
      return { kind: 'ranking', ...base, first: shares((key) => figures.ranks?.[key]?.count), ranks };
    }
    case 'rating': {
      const stats = { count: null, mean: null, median: figures.median ?? null };
      return { kind: 'rating', ...base, rows: shares((key) => figures.counts?.[key]), stats };
    }
    default: {
      const rows = shares((key) => figures.counts?.[key]);
      return { kind: 'choice', ...base, multiple: question.type === 'checkbox', rows, others: [] };
    }
  }
}
