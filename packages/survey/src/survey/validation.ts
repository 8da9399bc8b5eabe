// The checks of the answers, run when a page is sent: a chunk of their own, loaded with the survey
// (engine.ts), so that the element draws its first page without them.
import type { SurveyKey } from '../translations.js';
import { commentKey, isOther, type Question } from '../definition/model.js';
import type { SurveyText } from '../definition/schema.js';
import { isEmpty, isTrue, type CompiledExpression } from '../expressions/index.js';
import { toNumber } from './numbers.js';

/** A problem with one answer, as a translation key and its values. */
export interface AnswerProblem {
  key: SurveyKey;
  values?: Record<string, unknown>;
  /** The validator's own message, when the survey gives one. */
  custom?: SurveyText;
}

/** What an answer is checked against. */
export interface AnswerCheck {
  value: unknown;
  required: boolean;
  /** Every answer, which `expression` validators may read. */
  answers: Readonly<Record<string, unknown>>;
  /** The reader's language, for numbers. */
  language: string;
  /** An `expression` validator's text, compiled when the survey was checked. */
  expression(text: string): CompiledExpression | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks that a question type loaded on demand adds, by type (a multipletext checks each field). */
export const typeChecks = new Map<string, (question: Question, check: AnswerCheck) => AnswerProblem | undefined>();

/**
 * Checks one visible question: required first, then the survey's validators, as SurveyJS does. An
 * empty answer meets only `expression` validators, which may be about other answers.
 */
export function checkAnswer(
  question: Question,
  { value, required, answers, language, expression: compiled }: AnswerCheck,
): AnswerProblem | undefined {
  const empty = isEmpty(value);
  if (empty && required) return { key: 'errors.required' };
  if (
    !empty &&
    question.type === 'matrix' &&
    required &&
    question.rows.some((row) => isEmpty((value as Record<string, unknown>)[String(row.value)]))
  ) {
    return { key: 'errors.matrixRows' };
  }
  // The checks of a type whose code loads on demand come with it (types/).
  const own = typeChecks.get(question.type)?.(question, { value, required, answers, language, expression: compiled });
  if (own) return own;
  if (question.hasOther && isOther(value) && isEmpty(answers[commentKey(question.name)]))
    return { key: 'errors.otherText' };
  if (!empty && question.type === 'text' && question.json.inputType === 'email' && !EMAIL.test(String(value)))
    return { key: 'errors.email' };
  if (
    !empty &&
    question.type === 'text' &&
    question.json.inputType === 'number' &&
    Number.isNaN(toNumber(value, language))
  )
    return { key: 'errors.number' };
  for (const validator of question.json.validators ?? []) {
    const custom = validator.text;
    const text = String(value);
    const expression = String(validator.expression ?? '').trim();
    if (empty && validator.type != 'expression') continue;
    switch (validator.type) {
      case 'expression': {
        const condition = compiled(expression);
        if (condition && !isTrue(condition.evaluate(answers))) return { key: 'errors.expression', custom };
        break;
      }
      case 'numeric': {
        const number = toNumber(value, language);
        const { minValue: min, maxValue: max } = validator;
        if (Number.isNaN(number)) return { key: 'errors.number', custom };
        if (min !== undefined && number < min)
          return { key: max !== undefined ? 'errors.between' : 'errors.min', values: { min, max }, custom };
        if (max !== undefined && number > max)
          return { key: min !== undefined ? 'errors.between' : 'errors.max', values: { min, max }, custom };
        break;
      }
      case 'text': {
        const { minLength: min, maxLength: max } = validator;
        if (min !== undefined && text.length < min) return { key: 'errors.minLength', values: { count: min }, custom };
        if (max !== undefined && text.length > max) return { key: 'errors.maxLength', values: { count: max }, custom };
        break;
      }
      case 'email':
        if (!EMAIL.test(text)) return { key: 'errors.email', custom };
        break;
      case 'answercount': {
        // As in SurveyJS: the number of items of a list answer (checkbox, ranking…), none counted as no answer.
        const count = Array.isArray(value) ? value.length : 0;
        const { minCount: min, maxCount: max } = validator;
        if (count && min && count < min) return { key: 'errors.minCount', values: { count: min }, custom };
        if (count && max && count > max) return { key: 'errors.maxCount', values: { count: max }, custom };
        break;
      }
      case 'regex': {
        let pattern: RegExp | undefined;
        try {
          pattern = new RegExp(String(validator.regex ?? ''));
        } catch {
          pattern = undefined; // a broken pattern in the survey never blocks the respondent
        }
        if (pattern && !pattern.test(text)) return { key: 'errors.pattern', custom };
        break;
      }
    }
  }
  return undefined;
}
