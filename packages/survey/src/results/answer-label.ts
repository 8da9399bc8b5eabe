import type { SurveyResultsKey } from './translations.js';
import * as v from 'valibot';
import type { Words } from '@devisus/core';
import { toText, type Question } from '../definition/model.js';
import { surveyText } from '../definition/schema.js';
import type { Count, Share } from './summaries/summary.js';

/** What naming a line of results takes: the interface's words, and survey texts in the reader's language. */
export type ResultsWords = Pick<Words<SurveyResultsKey>, 't' | 'localize'>;

/** The label of one line of results, in the reader's language: the survey's own wording, else ours. */
export function answerLabel(words: ResultsWords, question: Question, share: Share<Count>): string {
  const json = question.json;
  const own = (text: unknown, fallback: SurveyResultsKey) =>
    words.localize(v.is(surveyText, text) ? toText(text) : undefined) || words.t(fallback);
  switch (share.kind) {
    case 'other':
      return own(json.otherText, 'other');
    case 'none':
      return own(json.noneText, 'none');
    case 'true':
      return own(json.labelTrue, 'yes');
    case 'false':
      return own(json.labelFalse, 'no');
    default:
      return words.localize(share.text);
  }
}
