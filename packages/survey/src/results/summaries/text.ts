import type { Question } from '../../definition/model.js';
import { isAnswered } from './answers.js';
import { stats, toNumber } from './numbers.js';
import type { Answers, NumberSummary, TextSummary } from './summary.js';

/** Whether a text question asks for a number (`inputType: "number"`), whose answers get a mean and median. */
export function isNumeric(question: Question): boolean {
  return question.type === 'text' && question.json.inputType === 'number';
}

/** A typed answer: a number question's mean and median, else every text given, in the order of the responses. */
export function summarizeText(question: Question, responses: readonly Answers[]): NumberSummary | TextSummary {
  const given = responses.map((response) => response[question.name]).filter(isAnswered);
  const base = { question, answered: given.length, unanswered: responses.length - given.length };
  if (isNumeric(question)) {
    return { kind: 'number', ...base, stats: stats(given.map(toNumber).filter((n) => n !== null)) };
  }
  const answers = given.map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value).trim()));
  return { kind: 'text', ...base, answers };
}
