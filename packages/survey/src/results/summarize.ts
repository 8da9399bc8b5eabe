import { csvCell } from '@devisus/core/files';
import type { LocalizedText } from '@devisus/core';
import { answerable, commentKey, type Choice, type Question, type SurveyModel } from '../definition/model.js';

// Pure functions that turn response data into per-question figures. Nothing here knows about the
// page, the language or Lit: labels stay LocalizedText and are resolved when they are shown.

/** One response's answers, keyed by question name, shaped as SurveyJS keeps them. */
export type Answers = Record<string, unknown>;

/**
 * What an answer is, for counting: one of the question's choices, its "other" or "none" item,
 * yes or no (boolean), or a value the survey does not list (kept so that nothing is silently lost).
 */
export type ShareKind = 'choice' | 'other' | 'none' | 'true' | 'false' | 'unknown';

/** One line of a choice question's results. */
export interface Share {
  /** Stable key, used by the filter: `c:<value>` for a choice, `other`, `none`, `true`, `false`, `u:<value>`. */
  key: string;
  kind: ShareKind;
  /** The choice's label (choices), or the value as given (unknown values). */
  text?: LocalizedText;
  count: number;
  /** count / respondents who answered the question, from 0 to 1. */
  share: number;
}

export interface Stats {
  /** How many numeric answers the mean and median are taken over. */
  count: number;
  mean: number | null;
  median: number | null;
}

interface Base {
  question: Question;
  /** Respondents who gave an answer to this question. */
  answered: number;
  /** Respondents who did not. */
  unanswered: number;
}

export interface ChoiceSummary extends Base {
  kind: 'choice';
  /** Several answers per respondent (checkbox): shares may add up to more than 100%. */
  multiple: boolean;
  rows: Share[];
  /** The texts typed in the "other" box. */
  others: string[];
}

export interface RatingSummary extends Base {
  kind: 'rating';
  rows: Share[];
  stats: Stats;
}

export interface NumberSummary extends Base {
  kind: 'number';
  stats: Stats;
}

export interface MatrixSummary extends Base {
  kind: 'matrix';
  rows: Choice[];
  columns: Choice[];
  /** counts[row][column]: respondents who gave that column to that row. */
  counts: number[][];
}

export interface RankSummary {
  key: string;
  text: LocalizedText;
  /** Respondents who ranked the item. */
  count: number;
  /** Average position, 1 being first; null when nobody ranked it. */
  mean: number | null;
  median: number | null;
}

export interface RankingSummary extends Base {
  kind: 'ranking';
  /** Which item respondents put first. */
  first: Share[];
  ranks: RankSummary[];
}

export interface TextSummary extends Base {
  kind: 'text';
  /** Every answer, in the order of the responses. */
  answers: string[];
}

export type QuestionSummary =
  ChoiceSummary | RatingSummary | NumberSummary | MatrixSummary | RankingSummary | TextSummary;

/** The questions whose answers can filter the results: one choice, several choices, yes/no, rating. */
export const FILTER_TYPES: readonly string[] = ['radiogroup', 'dropdown', 'checkbox', 'boolean', 'rating'];

export { commentKey };

/** Whether a value counts as an answer: not empty, not an empty list, not an empty object. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isAnswered);
  if (typeof value === 'object') return Object.values(value).some(isAnswered);
  return true;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function stats(values: readonly number[]): Stats {
  return { count: values.length, mean: mean(values), median: median(values) };
}

/** A number out of an answer: numbers as they are, numeric strings (`"4"`, `"3,5"`) read; anything else null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$/.test(value)) return null;
  return Number(value.trim().replace(',', '.'));
}

const same = (a: unknown, b: unknown) => a === b || String(a) === String(b);

function findChoice(choices: readonly Choice[], value: unknown): Choice | undefined {
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

/** The values a response gave to a choice question: one, or several (checkbox). */
function valuesOf(question: Question, answer: unknown): unknown[] {
  if (!isAnswered(answer)) return [];
  if (Array.isArray(answer)) {
    const values = answer.filter(isAnswered);
    return question.type === 'ranking' ? values.slice(0, 1) : values;
  }
  return [answer];
}

/** The lines every choice question starts from: its choices, then yes/no, "other", "none" as it has them. */
function baseRows(question: Question): Share[] {
  if (question.type === 'boolean') {
    return [
      { key: 'true', kind: 'true', count: 0, share: 0 },
      { key: 'false', kind: 'false', count: 0, share: 0 },
    ];
  }
  const rows: Share[] = question.choices.map((choice) => ({
    key: `c:${choice.value}`,
    kind: 'choice',
    text: choice.text,
    count: 0,
    share: 0,
  }));
  if (question.hasOther) rows.push({ key: 'other', kind: 'other', count: 0, share: 0 });
  if (question.hasNone) rows.push({ key: 'none', kind: 'none', count: 0, share: 0 });
  return rows;
}

/** Counts the answers of a choice question; shares are over the respondents who answered. */
function countShares(
  question: Question,
  responses: readonly Answers[],
): { rows: Share[]; others: string[]; answered: number } {
  const rows = baseRows(question);
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const others: string[] = [];
  let answered = 0;
  for (const response of responses) {
    const values = valuesOf(question, response[question.name]);
    if (!values.length) continue;
    answered++;
    const seen = new Set<string>();
    for (const value of values) {
      const { key, kind } = classify(question, value);
      if (seen.has(key)) continue; // a respondent counts once per line
      seen.add(key);
      let row = byKey.get(key);
      if (!row) {
        row = { key, kind, text: String(value), count: 0, share: 0 };
        rows.push(row);
        byKey.set(key, row);
      }
      row.count++;
      if (kind === 'other') {
        const comment = response[commentKey(question.name)];
        const text = isAnswered(comment) ? String(comment) : same(value, 'other') ? '' : String(value);
        if (text.trim()) others.push(text.trim());
      }
    }
  }
  for (const row of rows) row.share = answered ? row.count / answered : 0;
  return { rows, others, answered };
}

function summarizeMatrix(question: Question, responses: readonly Answers[]): MatrixSummary {
  const counts = question.rows.map(() => question.columns.map(() => 0));
  let answered = 0;
  for (const response of responses) {
    const answer = response[question.name];
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) continue;
    let any = false;
    question.rows.forEach((row, rowIndex) => {
      const given = (answer as Record<string, unknown>)[String(row.value)];
      const column = question.columns.findIndex((choice) => same(choice.value, given));
      if (column < 0) return;
      counts[rowIndex][column]++;
      any = true;
    });
    if (any) answered++;
  }
  return {
    kind: 'matrix',
    question,
    rows: question.rows,
    columns: question.columns,
    counts,
    answered,
    unanswered: responses.length - answered,
  };
}

function summarizeRanking(question: Question, responses: readonly Answers[]): RankingSummary {
  const { rows: first, answered } = countShares(question, responses);
  const positions = new Map<string, number[]>(question.choices.map((choice) => [`c:${choice.value}`, []]));
  for (const response of responses) {
    const answer = response[question.name];
    if (!Array.isArray(answer)) continue;
    answer.filter(isAnswered).forEach((value, index) => {
      const choice = findChoice(question.choices, value);
      if (choice) positions.get(`c:${choice.value}`)!.push(index + 1);
    });
  }
  const ranks = question.choices.map((choice) => {
    const given = positions.get(`c:${choice.value}`)!;
    return {
      key: `c:${choice.value}`,
      text: choice.text,
      count: given.length,
      mean: mean(given),
      median: median(given),
    };
  });
  return { kind: 'ranking', question, first, ranks, answered, unanswered: responses.length - answered };
}

/** Whether a text question asks for a number (`inputType: "number"`), whose answers get a mean and median. */
export function isNumeric(question: Question): boolean {
  return question.type === 'text' && question.json.inputType === 'number';
}

/** The figures of one question over `responses`. */
export function summarize(question: Question, responses: readonly Answers[]): QuestionSummary {
  const total = responses.length;
  switch (question.type) {
    case 'matrix':
      return summarizeMatrix(question, responses);
    case 'ranking':
      return summarizeRanking(question, responses);
    case 'rating': {
      const { rows, answered } = countShares(question, responses);
      const numbers = responses.map((response) => toNumber(response[question.name])).filter((n) => n !== null);
      return { kind: 'rating', question, rows, stats: stats(numbers), answered, unanswered: total - answered };
    }
    case 'radiogroup':
    case 'dropdown':
    case 'checkbox':
    case 'boolean': {
      const { rows, others, answered } = countShares(question, responses);
      const multiple = question.type === 'checkbox';
      return { kind: 'choice', question, multiple, rows, others, answered, unanswered: total - answered };
    }
    default: {
      const given = responses.map((response) => response[question.name]).filter(isAnswered);
      if (isNumeric(question)) {
        const numbers = given.map(toNumber).filter((n) => n !== null);
        return {
          kind: 'number',
          question,
          stats: stats(numbers),
          answered: given.length,
          unanswered: total - given.length,
        };
      }
      const answers = given.map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value).trim()));
      return { kind: 'text', question, answers, answered: given.length, unanswered: total - given.length };
    }
  }
}

/** The figures of every question that holds answers, in the survey's order. */
export function summarizeAll(model: SurveyModel, responses: readonly Answers[]): QuestionSummary[] {
  return answerable(model).map((question) => summarize(question, responses));
}

/** Whether a response's answer to `question` is the one keyed `key` (or, for checkboxes, includes it). */
export function matchesAnswer(question: Question, response: Answers, key: string): boolean {
  return valuesOf(question, response[question.name]).some((value) => classify(question, value).key === key);
}

/** The responses whose answer to `question` is `key`. */
export function filterResponses(question: Question, responses: readonly Answers[], key: string): Answers[] {
  return responses.filter((response) => matchesAnswer(question, response, key));
}

/** How the CSV export names things in the reader's language. */
export interface CsvLabels {
  title: (question: Question) => string;
  answer: (question: Question, share: Share) => string;
  text: (text: LocalizedText) => string;
}

const round = (value: number | null | undefined, digits = 4) =>
  value === null || value === undefined ? '' : String(Math.round(value * 10 ** digits) / 10 ** digits);
const percentage = (share: number) => round(share * 100, 1);

/**
 * The summary as CSV: question, title, answer, count, percentage, mean, median. Each question
 * starts with a row with an empty answer: the respondents who answered (the base of the
 * percentages), with the mean and median of ratings and numbers. Then one row per answer; a matrix
 * has one per "row: column" (percentage within the row), a ranking one per item (count and
 * percentage of first places, mean and median rank). Text answers are not listed.
 */
export function summaryCsv(summaries: readonly QuestionSummary[], labels: CsvLabels): string {
  const lines: string[][] = [['question', 'title', 'answer', 'count', 'percentage', 'mean', 'median']];
  for (const summary of summaries) {
    const { question } = summary;
    const row = (answer: string, count: number, share: string, mean = '', median = '') =>
      lines.push([question.name, labels.title(question), answer, String(count), share, mean, median]);
    const numbers = summary.kind === 'rating' || summary.kind === 'number' ? summary.stats : undefined;
    row('', summary.answered, '', round(numbers?.mean), round(numbers?.median));
    switch (summary.kind) {
      case 'choice':
      case 'rating':
        for (const share of summary.rows) row(labels.answer(question, share), share.count, percentage(share.share));
        break;
      case 'matrix':
        summary.rows.forEach((matrixRow, index) => {
          const counts = summary.counts[index];
          const total = counts.reduce((sum, count) => sum + count, 0);
          summary.columns.forEach((column, columnIndex) => {
            const count = counts[columnIndex];
            const answer = `${labels.text(matrixRow.text)}: ${labels.text(column.text)}`;
            row(answer, count, percentage(total ? count / total : 0));
          });
        });
        break;
      case 'ranking':
        for (const item of summary.ranks) {
          const first = summary.first.find((share) => share.key === item.key);
          row(
            labels.text(item.text),
            first?.count ?? 0,
            percentage(first?.share ?? 0),
            round(item.mean),
            round(item.median),
          );
        }
        break;
    }
  }
  return lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
