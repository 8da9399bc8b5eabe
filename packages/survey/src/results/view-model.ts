import { answerable, type Question } from '../definition/model.js';
import type { SurveyResultsData } from './results-data.js';
import { classify, valuesOf } from './summaries/answers.js';
import { countShares } from './summaries/choice.js';
import { summarizeAll } from './summaries/summarize.js';
import type { Answers, Count, QuestionSummary, Share } from './summaries/summary.js';

/**
 * Results shown only for the responses whose answer to `question` is `answer`, a key of the
 * question's lines: `c:<choice value>`, `other`, `none`, `true` or `false` (yes/no questions), or
 * `u:<value>` for a value the survey does not list. Without `answer`, every response counts.
 */
export interface ResultsFilter {
  question: string;
  answer?: string;
}

/** The questions whose answers can filter the results: one choice, several choices, yes/no, rating. */
export const FILTER_TYPES: readonly string[] = ['radiogroup', 'dropdown', 'checkbox', 'boolean', 'rating'];

/** Whether a response's answer to `question` is the one keyed `key` (or, for checkboxes, includes it). */
export function matchesAnswer(question: Question, response: Answers, key: string): boolean {
  return valuesOf(question, response[question.name]).some((value) => classify(question, value).key === key);
}

/** The responses whose answer to `question` is `key`. */
export function filterResponses(question: Question, responses: readonly Answers[], key: string): Answers[] {
  return responses.filter((response) => matchesAnswer(question, response, key));
}

/** What the results show for some data and a filter; labels are resolved when shown. */
export interface ResultsViewModel {
  /** What it was worked out from. */
  data: SurveyResultsData;
  question?: string;
  answer?: string;
  /** The questions the filter offers. */
  filterable: Question[];
  /** The question filtered by, if it is one of those. */
  filterQuestion?: Question;
  /** The answers the filter offers for that question. */
  options: Share[];
  /** Whether an answer is picked, so that only some responses count. */
  active: boolean;
  /** How many responses count (a published summary's total, null when under its min-cell). */
  matched: Count;
  /** The figures of each question, for the responses that count. */
  summaries: QuestionSummary<Count>[];
}

/** The figures for `data` and `filter`, worked out again only when either changed since `previous`. */
export function viewModel(
  data: SurveyResultsData,
  filter?: ResultsFilter,
  previous?: ResultsViewModel,
): ResultsViewModel {
  const { question, answer } = filter ?? {};
  if (previous?.data === data && previous.question === question && previous.answer === answer) return previous;
  const { published } = data;
  // A summary counted elsewhere cannot be filtered: no filter is offered.
  if (published) {
    const { responses: matched, summaries } = published;
    return { data, filterable: [], options: [], active: false, matched, summaries };
  }
  const filterable = answerable(data.model).filter((candidate) => FILTER_TYPES.includes(candidate.type));
  const filterQuestion = filterable.find((candidate) => candidate.name === question);
  const options = filterQuestion ? countShares(filterQuestion, data.responses).rows : [];
  const picked = filterQuestion && answer && options.some((option) => option.key === answer) ? answer : undefined;
  const matched = filterQuestion && picked ? filterResponses(filterQuestion, data.responses, picked) : data.responses;
  return {
    data,
    question,
    answer,
    filterable,
    filterQuestion,
    options,
    active: picked !== undefined,
    matched: matched.length,
    summaries: summarizeAll(data.model, matched),
  };
}
