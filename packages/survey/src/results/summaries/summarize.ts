import { answerable, type Question, type SurveyModel } from '../../definition/model.js';
import { summarizeChoice, summarizeRating } from './choice.js';
import { summarizeMatrix } from './matrix.js';
import { summarizeRanking } from './ranking.js';
import type { Answers, QuestionSummary } from './summary.js';
import { summarizeText } from './text.js';

/** The figures of one question over `responses`, by the kind of answer it takes. */
export function summarize(question: Question, responses: readonly Answers[]): QuestionSummary {
  switch (question.type) {
    case 'matrix':
      return summarizeMatrix(question, responses);
    case 'ranking':
      return summarizeRanking(question, responses);
    case 'rating':
      return summarizeRating(question, responses);
    case 'radiogroup':
    case 'dropdown':
    case 'checkbox':
    case 'boolean':
      return summarizeChoice(question, responses);
    default:
      return summarizeText(question, responses);
  }
}

/** The figures of every question that holds answers, in the survey's order. */
export function summarizeAll(model: SurveyModel, responses: readonly Answers[]): QuestionSummary[] {
  return answerable(model).map((question) => summarize(question, responses));
}
