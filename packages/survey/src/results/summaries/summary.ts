import type { LocalizedText } from '@devisus/core';
import type { Choice, Question } from '../../definition/model.js';

// The shapes of the figures worked out from responses. Nothing here knows about the page, the
// language or Lit: labels stay LocalizedText and are resolved when they are shown.

/** One response's answers, keyed by question name, shaped as SurveyJS keeps them. */
export type Answers = Record<string, unknown>;

/**
 * What an answer is, for counting: one of the question's choices, its "other" or "none" item,
 * yes or no (boolean), or a value the survey does not list (kept so that nothing is silently lost).
 */
export type ShareKind = 'choice' | 'other' | 'none' | 'true' | 'false' | 'unknown';

/** One line of a choice question's results. */
export interface Share {
  /** Stable key, used by the filter: `c:<value>` for a choice, `other`, `none`, `true`, `false`, `u:<value>`. */
  key: string;
  kind: ShareKind;
  /** The choice's label (choices), or the value as given (unknown values). */
  text?: LocalizedText;
  count: number;
  /** count / respondents who answered the question, from 0 to 1. */
  share: number;
}

export interface Stats {
  /** How many numeric answers the mean and median are taken over. */
  count: number;
  mean: number | null;
  median: number | null;
}

interface Base {
  question: Question;
  /** Respondents who gave an answer to this question. */
  answered: number;
  /** Respondents who did not. */
  unanswered: number;
}

export interface ChoiceSummary extends Base {
  kind: 'choice';
  /** Several answers per respondent (checkbox): shares may add up to more than 100%. */
  multiple: boolean;
  rows: Share[];
  /** The texts typed in the "other" box. */
  others: string[];
}

export interface RatingSummary extends Base {
  kind: 'rating';
  rows: Share[];
  stats: Stats;
}

export interface NumberSummary extends Base {
  kind: 'number';
  stats: Stats;
}

export interface MatrixSummary extends Base {
  kind: 'matrix';
  rows: Choice[];
  columns: Choice[];
  /** counts[row][column]: respondents who gave that column to that row. */
  counts: number[][];
}

export interface RankSummary {
  key: string;
  text: LocalizedText;
  /** Respondents who ranked the item. */
  count: number;
  /** Average position, 1 being first; null when nobody ranked it. */
  mean: number | null;
  median: number | null;
}

export interface RankingSummary extends Base {
  kind: 'ranking';
  /** Which item respondents put first. */
  first: Share[];
  ranks: RankSummary[];
}

export interface TextSummary extends Base {
  kind: 'text';
  /** Every answer, in the order of the responses. */
  answers: string[];
}

export type QuestionSummary =
  ChoiceSummary | RatingSummary | NumberSummary | MatrixSummary | RankingSummary | TextSummary;
