import { commentKey, type Question } from '../../definition/model.js';
import { classify, isAnswered, same, valuesOf } from './answers.js';
import { stats, toNumber } from './numbers.js';
import type { Answers, ChoiceSummary, RatingSummary, Share } from './summary.js';

// Questions answered with choices (one, several, yes/no, a rating): how many gave each line.

/** The lines every choice question starts from: its choices, then yes/no, "other", "none" as it has them. */
export function baseRows(question: Question): Share[] {
  if (question.type === 'boolean') {
    return [
      { key: 'true', kind: 'true', count: 0, share: 0 },
      { key: 'false', kind: 'false', count: 0, share: 0 },
    ];
  }
  const rows: Share[] = question.choices.map((choice) => ({
    key: `c:${choice.value}`,
    kind: 'choice',
    text: choice.text,
    count: 0,
    share: 0,
  }));
  if (question.hasOther) rows.push({ key: 'other', kind: 'other', count: 0, share: 0 });
  if (question.hasNone) rows.push({ key: 'none', kind: 'none', count: 0, share: 0 });
  return rows;
}

/** Counts the answers of a choice question; shares are over the respondents who answered. */
export function countShares(
  question: Question,
  responses: readonly Answers[],
): { rows: Share[]; others: string[]; answered: number } {
  const rows = baseRows(question);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const others: string[] = [];
  let answered = 0;
  for (const response of responses) {
    const values = valuesOf(question, response[question.name]);
    if (!values.length) continue;
    answered++;
    const seen = new Set<string>();
    for (const value of values) {
      const { key, kind } = classify(question, value);
      if (seen.has(key)) continue; // a respondent counts once per line
      seen.add(key);
      let row = byKey.get(key);
      if (!row) {
        row = { key, kind, text: String(value), count: 0, share: 0 };
        rows.push(row);
        byKey.set(key, row);
      }
      row.count++;
      if (kind === 'other') {
        const comment = response[commentKey(question.name)];
        const text = isAnswered(comment) ? String(comment) : same(value, 'other') ? '' : String(value);
        if (text.trim()) others.push(text.trim());
      }
    }
  }
  for (const row of rows) row.share = answered ? row.count / answered : 0;
  return { rows, others, answered };
}

/** One choice, several choices or yes/no: the share of each line and the texts typed for "other". */
export function summarizeChoice(question: Question, responses: readonly Answers[]): ChoiceSummary {
  const { rows, others, answered } = countShares(question, responses);
  const multiple = question.type === 'checkbox';
  return { kind: 'choice', question, multiple, rows, others, answered, unanswered: responses.length - answered };
}

/** A rating: the share of each value, and the mean and median of the values. */
export function summarizeRating(question: Question, responses: readonly Answers[]): RatingSummary {
  const { rows, answered } = countShares(question, responses);
  const numbers = responses.map((response) => toNumber(response[question.name])).filter((n) => n !== null);
  return { kind: 'rating', question, rows, stats: stats(numbers), answered, unanswered: responses.length - answered };
}
