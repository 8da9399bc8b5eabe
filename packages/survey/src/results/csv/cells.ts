import type { Choice, Question } from '../../definition/model.js';
import { toNumber } from '../summaries/numbers.js';
import { fold } from '../summaries/tally.js';

// What one CSV cell says: a choice by its value or its text in any language, "other", "none",
// yes or no, a number with a decimal comma.

export { fold };

/** Every language's version of a text, SurveyJS-style (`"…"` or `{ "default": "…", "fr": "…" }`). */
export function texts(text: unknown): string[] {
  if (typeof text === 'string') return [text];
  return text && typeof text === 'object' ? Object.values(text).map(String) : [];
}

/** Every text a label may be given as: each language's, and the value itself. */
function labels(choice: Choice): string[] {
  return [String(choice.value), ...texts(choice.text)].map(fold);
}

/** The choice a cell names, by value first, then by its text in any language. */
export function matchChoice(choices: readonly Choice[], cell: string): Choice | undefined {
  const wanted = fold(cell);
  return (
    choices.find((choice) => fold(String(choice.value)) === wanted) ??
    choices.find((choice) => labels(choice).includes(wanted))
  );
}

const OTHER = /^(-oth-|other|other \(please specify\))$/i;
const NONE = /^(none|none of the above)$/i;

/** Whether a cell or a column names the question's "other" item: SurveyJS's, LimeSurvey's, SurveyMonkey's wording or the survey's own. */
export function isOther(question: Question, text: string): boolean {
  return (
    question.hasOther && (OTHER.test(text.trim()) || texts(question.json.otherText).map(fold).includes(fold(text)))
  );
}

/** Whether a cell or a column names the question's "none" item. */
export function isNone(question: Question, text: string): boolean {
  return question.hasNone && (NONE.test(text.trim()) || texts(question.json.noneText).map(fold).includes(fold(text)));
}

const YES = ['y', 'yes', 'true', '1', 'x', 'selected', 'checked'];
/** What a cell says for "not chosen" (an empty cell too). */
export const NO = ['n', 'no', 'false', '0', 'not selected', ''];

/** One cell's value for a single answer of `question`. */
export function cellValue(question: Question, cell: string): unknown {
  const text = cell.trim();
  if (!text) return undefined;
  const json = question.json;
  if (question.type === 'boolean') {
    const folded = fold(text);
    const yes = [...YES, String(json.valueTrue ?? 'true'), ...texts(json.labelTrue)].map(fold);
    const no = [...NO, String(json.valueFalse ?? 'false'), ...texts(json.labelFalse)].map(fold);
    if (yes.includes(folded)) return json.valueTrue ?? true;
    if (no.includes(folded)) return json.valueFalse ?? false;
    return text;
  }
  if (question.type === 'text' && json.inputType === 'number') return toNumber(text) ?? text;
  if (question.type === 'text' || question.type === 'comment') return text;
  const choice = matchChoice(question.choices, text);
  if (choice) return choice.value;
  if (isOther(question, text)) return 'other';
  if (isNone(question, text)) return 'none';
  if (question.type === 'rating') return toNumber(text) ?? text;
  return text;
}
