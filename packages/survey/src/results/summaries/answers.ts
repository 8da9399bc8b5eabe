import type { Choice, Question } from '../../definition/model.js';
import type { ShareKind } from './summary.js';

// What one answer value is: given or not, which of a question's lines it counts on.

/** Whether a value counts as an answer: not empty, not an empty list, not an empty object. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isAnswered);
  if (typeof value === 'object') return Object.values(value).some(isAnswered);
  return true;
}

/** Values compare as given or as text: a CSV's `"4"` is the survey's `4`. */
export const same = (a: unknown, b: unknown): boolean => a === b || String(a) === String(b);

export function findChoice(choices: readonly Choice[], value: unknown): Choice | undefined {
  return choices.find((choice) => same(choice.value, value));
}

/** What a single answer value is for `question`: its key and kind. */
export function classify(question: Question, value: unknown): { key: string; kind: ShareKind } {
  if (question.type === 'boolean') {
    const json = question.json;
    if (value === true || same(value, json.valueTrue ?? true)) return { key: 'true', kind: 'true' };
    if (value === false || same(value, json.valueFalse ?? false)) return { key: 'false', kind: 'false' };
  }
  const choice = findChoice(question.choices, value);
  if (choice) return { key: `c:${choice.value}`, kind: 'choice' };
  if (question.hasNone && same(value, question.json.noneValue ?? 'none')) return { key: 'none', kind: 'none' };
  // SurveyJS keeps "other" as the value `other` and the text in `name-Comment`; with
  // storeOthersAsComment: false the text itself is the value, which no choice matches.
  if (question.hasOther) return { key: 'other', kind: 'other' };
  return { key: `u:${String(value)}`, kind: 'unknown' };
}

/** The values a response gave to a choice question: one, or several (checkbox); a ranking counts its first. */
export function valuesOf(question: Question, answer: unknown): unknown[] {
  if (!isAnswered(answer)) return [];
  if (Array.isArray(answer)) {
    const values = answer.filter(isAnswered);
    return question.type === 'ranking' ? values.slice(0, 1) : values;
  }
  return [answer];
}
