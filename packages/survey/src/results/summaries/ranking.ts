import type { Question } from '../../definition/model.js';
import { findChoice, isAnswered } from './answers.js';
import { countShares } from './choice.js';
import { mean, median } from './numbers.js';
import type { Answers, RankingSummary } from './summary.js';

/** A ranking: which item respondents put first, and each item's average and median place. */
export function summarizeRanking(question: Question, responses: readonly Answers[]): RankingSummary {
  const { rows: first, answered } = countShares(question, responses);
  const positions = new Map<string, number[]>(question.choices.map((choice) => [`c:${choice.value}`, []]));
  for (const response of responses) {
    const answer = response[question.name];
    if (!Array.isArray(answer)) continue;
    answer.filter(isAnswered).forEach((value, index) => {
      const choice = findChoice(question.choices, value);
      if (choice) positions.get(`c:${choice.value}`)?.push(index + 1);
    });
  }
  const ranks = question.choices.map((choice) => {
    const key = `c:${choice.value}`;
    const given = positions.get(key) ?? [];
    return { key, text: choice.text, count: given.length, mean: mean(given), median: median(given) };
  });
  return { kind: 'ranking', question, first, ranks, answered, unanswered: responses.length - answered };
}
