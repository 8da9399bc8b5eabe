import { summarizeAll, type QuestionSummary, type SurveyModel } from '@devisus/survey/data';

/*
 * A survey's public figures: counts per question and answer, as <devisus-survey-results> works
 * them out, with every count under `minCell` suppressed (null), so that no cell points at a handful
 * of people. Free text never appears: text and comment questions, numbers typed in, "other" texts
 * and answers outside the survey's choices (which may be typed text) are left out.
 */

export type Count = number | null;

export interface PublicQuestion {
  name: string;
  type: string;
  /** Respondents who answered; null when under minCell (and then every count is null too). */
  answered: Count;
  /** By answer key, as the results element keys them: `c:<value>`, `other`, `none`, `true`, `false`. */
  counts?: Record<string, Count>;
  /** Matrix: by row value, then by column value. */
  matrix?: Record<string, Record<string, Count>>;
  /** Ranking: how many put each item first (counts), and each item's median rank. */
  ranks?: Record<string, { count: Count; median: number | null }>;
  /** Ratings: the median, when at least minCell gave a number. */
  median?: number | null;
}

export interface PublicSummary {
  surveyId: string;
  minCell: number;
  /** How many responses; null when under minCell (and then no question is listed). */
  responses: Count;
  questions: PublicQuestion[];
}

const hide = (count: number, minCell: number): Count => (count < minCell ? null : count);

/**
 * Counts under minCell become null. In a question with one answer per respondent, a single hidden
 * count could be worked out from the total: the smallest shown count is hidden with it.
 */
export function suppress(counts: readonly number[], minCell: number, complementary: boolean): Count[] {
  const shown: Count[] = counts.map((count) => hide(count, minCell));
  if (complementary && shown.filter((count) => count === null).length === 1) {
    let smallest = -1;
    shown.forEach((count, index) => {
      if (count !== null && (smallest < 0 || count < (shown[smallest] as number))) smallest = index;
    });
    if (smallest >= 0) shown[smallest] = null;
  }
  return shown;
}

function publicQuestion(summary: QuestionSummary, minCell: number): PublicQuestion | undefined {
  const { question } = summary;
  const base = { name: question.name, type: question.type, answered: hide(summary.answered, minCell) };
  const visible = base.answered !== null;
  const keyed = (keys: string[], counts: number[], complementary: boolean) => {
    const shown = visible ? suppress(counts, minCell, complementary) : counts.map(() => null);
    return Object.fromEntries(keys.map((key, index) => [key, shown[index]]));
  };
  switch (summary.kind) {
    case 'choice':
    case 'rating': {
      // Answers outside the choices (key `u:…`) may be typed text: never shown, never counted here.
      const rows = summary.rows.filter((row) => row.kind !== 'unknown');
      const single = question.type !== 'checkbox';
      const complete = rows.length === summary.rows.length;
      const counts = keyed(
        rows.map((row) => row.key),
        rows.map((row) => row.count),
        single && complete,
      );
      if (summary.kind === 'choice') return { ...base, counts };
      const median = visible && summary.stats.count >= minCell ? summary.stats.median : null;
      return { ...base, counts, median };
    }
    case 'matrix':
      return {
        ...base,
        matrix: Object.fromEntries(
          summary.rows.map((row, index) => [
            String(row.value),
            keyed(
              summary.columns.map((column) => String(column.value)),
              summary.counts[index],
              false,
            ),
          ]),
        ),
      };
    case 'ranking': {
      const first = keyed(
        summary.first.map((row) => row.key),
        summary.first.map((row) => row.count),
        false,
      );
      const ranks = Object.fromEntries(
        summary.ranks.map((rank) => [
          rank.key,
          { count: first[rank.key] ?? null, median: visible && rank.count >= minCell ? rank.median : null },
        ]),
      );
      return { ...base, ranks };
    }
    default:
      return undefined; // text, comment, numbers: free text or near enough
  }
}

export function publicSummary(
  surveyId: string,
  model: SurveyModel,
  answers: readonly Record<string, unknown>[],
  minCell: number,
): PublicSummary {
  const responses = hide(answers.length, minCell);
  if (responses === null) return { surveyId, minCell, responses, questions: [] };
  const questions = summarizeAll(model, answers)
    .map((summary) => publicQuestion(summary, minCell))
    .filter((question): question is PublicQuestion => question !== undefined);
  return { surveyId, minCell, responses, questions };
}
