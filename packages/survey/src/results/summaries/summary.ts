import type { LocalizedText } from '@devisus/core';
import type { Choice, Question } from '../../definition/model.js';

// The shapes of the figures worked out from responses. Nothing here knows about the page, the
// language or Lit: labels stay LocalizedText and are resolved when they are shown.

/** One response's answers, keyed by question name, shaped as SurveyJS keeps them. */
export type Answers = Record<string, unknown>;

/**
 * A count shown: null when a collector's published summary hides it, being under its min-cell.
 * Figures counted here have numbers only (the default `C` below); what shows them takes `Count`.
 */
export type Count = number | null;

/**
 * What an answer is, for counting: one of the question's choices, its "other" or "none" item,
 * yes or no (boolean), or a value the survey does not list (kept so that nothing is silently lost).
 */
export type ShareKind = 'choice' | 'other' | 'none' | 'true' | 'false' | 'unknown';

/** One line of a choice question's results. */
export interface Share<C extends Count = number> {
  /** Stable key, used by the filter: `c:<value>` for a choice, `other`, `none`, `true`, `false`, `u:<value>`. */
  key: string;
  kind: ShareKind;
  /** The choice's label (choices), or the value as given (unknown values). */
  text?: LocalizedText;
  count: C;
  /** count / respondents who answered the question, from 0 to 1 (0 when either is hidden). */
  share: number;
}

export interface Stats<C extends Count = number> {
  /** How many numeric answers the mean and median are taken over (published summaries: null). */
  count: C;
  mean: number | null;
  median: number | null;
}

interface Base<C extends Count> {
  question: Question;
  /** Respondents who gave an answer to this question. */
  answered: C;
  /** Respondents who did not (0 when a published summary does not tell). */
  unanswered: number;
}

export interface ChoiceSummary<C extends Count = number> extends Base<C> {
  kind: 'choice';
  /** Several answers per respondent (checkbox): shares may add up to more than 100%. */
  multiple: boolean;
  rows: Share<C>[];
  /** The texts typed in the "other" box. */
  others: string[];
}

export interface RatingSummary<C extends Count = number> extends Base<C> {
  kind: 'rating';
  rows: Share<C>[];
  stats: Stats<C>;
}

export interface NumberSummary<C extends Count = number> extends Base<C> {
  kind: 'number';
  stats: Stats<C>;
}

export interface MatrixSummary<C extends Count = number> extends Base<C> {
  kind: 'matrix';
  rows: Choice[];
  columns: Choice[];
  /** counts[row][column]: respondents who gave that column to that row. */
  counts: C[][];
}

export interface RankSummary<C extends Count = number> {
  key: string;
  text: LocalizedText;
  /** Respondents who ranked the item (published summaries: null). */
  count: C;
  /** Average position, 1 being first; null when nobody ranked it. */
  mean: number | null;
  median: number | null;
}

export interface RankingSummary<C extends Count = number> extends Base<C> {
  kind: 'ranking';
  /** Which item respondents put first. */
  first: Share<C>[];
  ranks: RankSummary<C>[];
}

export interface TextSummary<C extends Count = number> extends Base<C> {
  kind: 'text';
  /** Every answer, in the order of the responses. */
  answers: string[];
}

export type QuestionSummary<C extends Count = number> =
  ChoiceSummary<C> | RatingSummary<C> | NumberSummary<C> | MatrixSummary<C> | RankingSummary<C> | TextSummary<C>;
