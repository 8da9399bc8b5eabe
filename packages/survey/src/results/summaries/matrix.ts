import type { Question } from '../../definition/model.js';
import { same } from './answers.js';
import type { Answers, MatrixSummary } from './summary.js';

/** A matrix: for each row, how many respondents gave it each column. */
export function summarizeMatrix(question: Question, responses: readonly Answers[]): MatrixSummary {
  const counts = question.rows.map(() => question.columns.map(() => 0));
  let answered = 0;
  for (const response of responses) {
    const answer: unknown = response[question.name];
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) continue;
    const given = new Map(Object.entries(answer));
    let any = false;
    question.rows.forEach((row, rowIndex) => {
      const column = question.columns.findIndex((choice) => same(choice.value, given.get(String(row.value))));
      if (column < 0) return;
      counts[rowIndex][column]++;
      any = true;
    });
    if (any) answered++;
  }
  return {
    kind: 'matrix',
    question,
    rows: question.rows,
    columns: question.columns,
    counts,
    answered,
    unanswered: responses.length - answered,
  };
}
