import type { Answers, Answer } from '../framework/answers.js';
import type { Framework, Indicator } from '../framework/schema.js';

/** Scores on a 0-100 scale; null where nothing scored was answered. */
export interface Scores {
  overall: number | null;
  dimensions: Record<string, number | null>;
  criteria: Record<string, number | null>;
}

/**
 * An indicator's score in [0, 1], or null when it does not count: unanswered, not applicable,
 * a text, or a number without a distinct baseline and target.
 */
export function indicatorScore(indicator: Indicator, answer: Answer | undefined): number | null {
  if (!answer || answer.na || answer.value === undefined || answer.value === '') return null;
  const { value } = answer;
  switch (indicator.type) {
    case 'scale': {
      if (typeof value !== 'number' || !indicator.levels) return null;
      const values = indicator.levels.map((level) => level.value);
      const min = Math.min(...values);
      const max = Math.max(...values);
      return max === min ? null : (value - min) / (max - min);
    }
    case 'yesno':
      return typeof value === 'boolean' ? (value ? 1 : 0) : null;
    case 'number': {
      const { baseline, target } = indicator;
      if (typeof value !== 'number' || baseline === undefined || target === undefined || baseline === target)
        return null;
      return Math.min(1, Math.max(0, (value - baseline) / (target - baseline)));
    }
    default:
      return null;
  }
}

/** Weight-averages the non-null scores; null when none counts. */
function weightedMean(items: { score: number | null; weight?: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const { score, weight = 1 } of items) {
    if (score === null) continue;
    sum += score * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : null;
}

// Not rounded: sites compare these figures; rounding is for display only.
const percent = (score: number | null) => (score === null ? null : score * 100);

/** Criterion, dimension and overall scores, exactly as the documented rules say. */
export function computeScores(framework: Framework, answers: Answers): Scores {
  const scores: Scores = { overall: null, dimensions: {}, criteria: {} };
  const dimensionScores = framework.dimensions.map((dimension) => {
    const criterionScores = dimension.criteria.map((criterion) => {
      const score = weightedMean(
        criterion.indicators.map((indicator) => ({
          score: indicatorScore(indicator, answers[indicator.id]),
          weight: indicator.weight,
        })),
      );
      scores.criteria[criterion.id] = percent(score);
      return { score, weight: criterion.weight };
    });
    const score = weightedMean(criterionScores);
    scores.dimensions[dimension.id] = percent(score);
    return { score, weight: dimension.weight };
  });
  scores.overall = percent(weightedMean(dimensionScores));
  return scores;
}

/** Whether an indicator has been dealt with: answered, or marked not applicable. */
export function isAnswered(answer: Answer | undefined): boolean {
  return Boolean(answer && (answer.na || (answer.value !== undefined && answer.value !== '')));
}
