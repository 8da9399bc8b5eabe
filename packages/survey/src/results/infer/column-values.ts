import { toNumber } from '../summaries/numbers.js';
import { fold, tally } from '../summaries/tally.js';

/*
 * What the answers of one column are, told from the data alone. The rules, in order (documented in
 * docs/survey/results.md and shown under each question):
 * - every answer a whole number from 0 or 1 up to at most 10: a rating on that scale;
 * - every answer a number: numbers (mean and median);
 * - every answer a date or a time stamp: dates;
 * - answers joined by the export's separator, whose parts mostly recur: several choices;
 * - few different answers, most given by more than one person: one choice;
 * - anything else: free text.
 * "Mostly" is at least 3 answers (or parts) in 5 belonging to a value given more than once.
 */

export type ValueKind =
  | { kind: 'rating'; min: number; max: number }
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'joined'; separator: string; choices: string[] }
  | { kind: 'single'; choices: string[] }
  | { kind: 'text' };

/** At least 3 in 5, in whole numbers so that 3 of 5 is not lost to rounding. */
const RECURRING_IN = 3;
const RECURRING_OF = 5;
/** Longer than this, an answer is a sentence someone wrote, not a label picked from a list. */
const LABEL_LENGTH = 100;
const MAX_CHOICES = 30;

const DATES = [
  /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?)?$/i,
  /^\d{4}\/\d{1,2}\/\d{1,2}( \d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?)?( [A-Z]{2,5}([+-]\d{1,4})?)?$/i,
  // What a JavaScript Date prints, as scripts that copy form answers write it.
  /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/,
];

export const isDate = (text: string) => DATES.some((pattern) => pattern.test(text));

/** Whether most of the items belong to a value given more than once. */
function recurring(items: readonly string[]): boolean {
  const repeated = tally(items)
    .filter((entry) => entry.count > 1)
    .reduce((sum, entry) => sum + entry.count, 0);
  return repeated * RECURRING_OF >= items.length * RECURRING_IN;
}

const choicesOf = (items: readonly string[]) => tally(items).map((entry) => entry.text);

/** What the answers given in one column are; `separator` is how the export joins several choices, if it does. */
export function valueKind(answers: readonly string[], separator?: string): ValueKind {
  const numbers = answers.map(toNumber);
  if (numbers.every((value) => value !== null)) {
    const values = numbers as number[];
    // Not Math.min(...values): a spread of a large export's answers overflows the call stack.
    const min = values.reduce((a, b) => Math.min(a, b));
    const max = values.reduce((a, b) => Math.max(a, b));
    if (values.every(Number.isInteger) && min >= 0 && min <= 1 && max <= 10) return { kind: 'rating', min, max };
    return { kind: 'number' };
  }
  if (answers.every(isDate)) return { kind: 'date' };
  const labels = answers.every((answer) => answer.length <= LABEL_LENGTH);
  if (separator && labels) {
    const split = answers.map((answer) => splitAnswer(answer, separator));
    const parts = split.flat();
    if (split.some((list) => list.length > 1) && recurring(parts) && tally(parts).length <= MAX_CHOICES)
      return { kind: 'joined', separator, choices: choicesOf(parts) };
  }
  if (labels && recurring(answers) && tally(answers).length <= MAX_CHOICES)
    return { kind: 'single', choices: choicesOf(answers) };
  return { kind: 'text' };
}

export function splitAnswer(answer: string, separator: string): string[] {
  return answer
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

const YES = new Set(['y', 'yes', '1', 'true', 'x', 'selected', 'checked', 'ja', 'oui', 'sí', 'si', 'sim', 'da', 'tak']);
// `N/A`: LimeSurvey's option not offered to this respondent, so not chosen.
const NO = new Set(['n', 'no', '0', 'false', 'not selected', 'nein', 'non', 'não', 'nao', 'nie', 'ne', 'n/a']);

/** Whether a cell of an option's column says the option was chosen (SurveyMonkey writes the option's own label). */
export function ticked(cell: string, option?: string): boolean | undefined {
  const text = fold(cell);
  if (!text) return false;
  if (YES.has(text) || (option !== undefined && text === fold(option))) return true;
  return NO.has(text) ? false : undefined;
}
