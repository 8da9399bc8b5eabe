import type { LocalizedText, Words } from '@devisus/core';
import type { Question } from '../../definition/model.js';
import type { SurveyResultsKey } from '../translations.js';
import type { ReadAsKey } from '../infer/translations.js';
import type { Count, Share } from '../summaries/summary.js';
import type { ResultsFilter } from '../view-model.js';

/** What the results' templates need from the element: words, numbers, labels, and what their controls do. */
export interface ResultsContext extends Words<SurveyResultsKey> {
  /** The language to mark a label with, when it is not the reader's. */
  foreign(text: LocalizedText | undefined): string | undefined;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A count as shown: its number, or "fewer than <min-cell>" when a published summary hides it. */
  count(value: Count): string;
  answerLabel(question: Question, share: Share<Count>): string;
  /** What the results say about an export read without its survey (their own namespace, loaded with that code). */
  read(key: ReadAsKey, options?: Record<string, unknown>): string;
  /** Whether all the answers of a text list are shown. */
  expanded(key: string): boolean;
  /** Shows all the answers of a text list, or the first ones again. */
  toggle(key: string): void;
  setFilter(filter: ResultsFilter | undefined): void;
  download(): void;
}

/** A mean, a median or a rank with two decimals at most; a dash when there is none. */
export const figure = (context: ResultsContext, value: number | null): string =>
  value === null ? '–' : context.number(value, { maximumFractionDigits: 2 });
