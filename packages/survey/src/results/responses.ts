import * as v from 'valibot';
import { localize } from '@devisus/core';
import { parseCsv } from '@devisus/core/files';
import type { Choice, Question, SurveyModel } from '../definition/model.js';
import { commentKey, toNumber, type Answers } from './summarize.js';

/*
 * Reading responses.
 *
 * JSON: an array of response records as <devisus-survey> sends them,
 *   `{ id, surveyId, locale, startedAt, completedAt, data }`, or an array of plain `data` objects
 *   (SurveyJS's `survey.data`). `data` is shaped as SurveyJS keeps it: checkbox and ranking answers
 *   are arrays, a matrix answer is `{ row: column }`, the text of an "other" answer is in `name-Comment`.
 *   An item is read as a record when its `data` is an object and the survey has no question named `data`.
 *
 * CSV (a `src` ending in .csv), one response per row. Three layouts are recognised:
 *
 * 1. Our own export: one column per question name. Checkbox and ranking answers are joined by
 *    "; " (in rank order for ranking), a matrix has one `name.row` column per row, the "other" text
 *    is in `name-Comment`. Other columns (id, locale, completedAt...) are ignored.
 * 2. LimeSurvey's response export with "question code" headings: `Q1` for a single answer (a code
 *    or the full answer text; `-oth-` means "other"), `Q2[SQ001]` for each option of a multiple
 *    choice (`Y`, `Yes`, `1` or the option's text when chosen), `Q3[SQ001]` for each row of an
 *    array (its cell the column's code or text), `Q4[1]`, `Q4[2]`... for each rank of a ranking,
 *    `Q1[other]` or `Q1[comment]` for the "other" text. The survey's question names must be the
 *    LimeSurvey question codes and its choice values the answer codes (or texts). LimeSurvey's own
 *    columns (id, submitdate, lastpage, startlanguage, seed...) are ignored.
 * 3. SurveyMonkey's "expanded" export, with two header rows: the first has each question's title
 *    (once, above its first column), the second "Response" / "Open-Ended Response" for single
 *    answers, one option label per column for multiple choice (the cell holds the label when
 *    chosen), one row label per column for a matrix (the cell holds the chosen column's label), one
 *    item per column for a ranking (the cell holds its rank), and "Other (please specify)" for the
 *    "other" text. Titles are matched with the question titles in the survey's default language
 *    (then any language, then the question name), case and spacing aside; labels with the choice
 *    texts. Respondent ID, Collector ID, dates, IP and e-mail columns are ignored.
 *
 * Everywhere a cell may give a choice's value or its text in any language; yes/no questions take
 * true/false, yes/no, y/n, 1/0 or their labels; numbers may use a decimal comma. Not recognised:
 * SurveyMonkey's condensed export and its "numerical value" export, LimeSurvey's "abbreviated" or
 * "full question text" headings, dual-scale arrays, multiple numeric or multiple short text
 * questions, file uploads, a whole matrix answer in one cell. A column that matches no question is ignored; a file where no column
 * matches a question is refused, as it is almost certainly the export of another survey.
 */

/** A CSV problem, with the translation key and values that name it for the reader. */
export class CsvError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

// The CSV reader is core's, shared with the practices; an unclosed quote is a problem with the key
// `error.csvQuote`, worded in this package's locales.
export { parseCsv };

// ---------------------------------------------------------------------------------------------
// JSON records

const record = v.looseObject({
  id: v.optional(v.union([v.string(), v.number()])),
  surveyId: v.optional(v.string()),
  locale: v.optional(v.string()),
  startedAt: v.optional(v.string()),
  completedAt: v.optional(v.string()),
  data: v.record(v.string(), v.unknown()),
});

/** A list of responses: records or plain data objects, in any mix. */
export const responsesSchema = v.array(v.union([record, v.record(v.string(), v.unknown())]));

/** The answers of each response, whether given as records or as plain data objects. */
export function toAnswers(model: SurveyModel, items: readonly Record<string, unknown>[]): Answers[] {
  const recordShaped = !model.questions.has('data');
  return items.map((item) =>
    recordShaped && item.data && typeof item.data === 'object' && !Array.isArray(item.data)
      ? (item.data as Answers)
      : item,
  );
}

// ---------------------------------------------------------------------------------------------
// CSV

const fold = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Every text a label may be given as: each language's, and the value itself. */
function labels(choice: Choice): string[] {
  return [String(choice.value), ...texts(choice.text)].map(fold);
}

/** The choice a cell names, by value first, then by its text in any language. */
function matchChoice(choices: readonly Choice[], cell: string): Choice | undefined {
  const wanted = fold(cell);
  return (
    choices.find((choice) => fold(String(choice.value)) === wanted) ??
    choices.find((choice) => labels(choice).includes(wanted))
  );
}

const OTHER = /^(-oth-|other|other \(please specify\))$/i;
const NONE = /^(none|none of the above)$/i;

/** Whether a cell or a column names the question's "other" item: SurveyJS's, LimeSurvey's, SurveyMonkey's wording or the survey's own. */
function isOther(question: Question, text: string): boolean {
  return (
    question.hasOther && (OTHER.test(text.trim()) || texts(question.json.otherText).map(fold).includes(fold(text)))
  );
}

/** Whether a cell or a column names the question's "none" item. */
function isNone(question: Question, text: string): boolean {
  return question.hasNone && (NONE.test(text.trim()) || texts(question.json.noneText).map(fold).includes(fold(text)));
}
const YES = ['y', 'yes', 'true', '1', 'x', 'selected', 'checked'];
const NO = ['n', 'no', 'false', '0', 'not selected', ''];

/** One cell's value for a single answer of `question`. */
function cellValue(question: Question, cell: string): unknown {
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

/** Every language's version of a text, SurveyJS-style (`"…"` or `{ "default": "…", "fr": "…" }`). */
function texts(text: unknown): string[] {
  if (typeof text === 'string') return [text];
  return text && typeof text === 'object' ? Object.values(text).map(String) : [];
}

/** A column's meaning: the whole answer, the "other" text, or one part (option, row, rank) of a question. */
type Target =
  | { question: Question; part: 'whole' }
  | { question: Question; part: 'comment' }
  | { question: Question; part: 'sub'; sub: string };

/** What a one-row header (our export, LimeSurvey) says a column holds. */
function columnTarget(model: SurveyModel, header: string): Target | undefined {
  const name = header.trim();
  const question = lookup(model, name);
  if (question) return { question, part: 'whole' };
  if (name.endsWith('-Comment')) {
    const base = lookup(model, name.slice(0, -'-Comment'.length));
    if (base) return { question: base, part: 'comment' };
  }
  const bracket = /^(.+?)\[(.+)\]$/.exec(name);
  if (bracket) {
    const base = lookup(model, bracket[1]);
    if (!base) return undefined;
    const sub = bracket[2];
    const known = [...base.choices, ...base.rows].some((choice) => fold(String(choice.value)) === fold(sub));
    if (!known && /^(other|comment)$/i.test(sub)) return { question: base, part: 'comment' };
    return { question: base, part: 'sub', sub };
  }
  // `name.row`: the longest question name before a dot, as names and rows may hold dots themselves.
  let best: Question | undefined;
  for (const candidate of model.questions.values()) {
    if (name.startsWith(`${candidate.name}.`) && candidate.name.length > (best?.name.length ?? -1)) best = candidate;
  }
  return best ? { question: best, part: 'sub', sub: name.slice(best.name.length + 1) } : undefined;
}

function lookup(model: SurveyModel, name: string): Question | undefined {
  const question =
    model.questions.get(name) ?? [...model.questions.values()].find((candidate) => fold(candidate.name) === fold(name));
  return question && question.type !== 'panel' ? question : undefined;
}

/** Builds one response's answers from its cells and what each column holds. */
class ResponseBuilder {
  readonly answers: Answers = {};
  private ranks = new Map<string, { position: number; value: unknown }[]>();

  add(target: Target, cell: string): void {
    const { question } = target;
    const text = cell.trim();
    if (!text) return;
    const name = question.name;
    if (target.part === 'comment') {
      this.answers[commentKey(name)] = text;
      return;
    }
    if (target.part === 'whole') {
      if (question.type === 'checkbox' || question.type === 'ranking') {
        const values = text.split(/\s*;\s*/).filter(Boolean);
        for (const value of values) this.push(question, cellValue(question, value));
      } else if (question.type !== 'matrix') this.answers[name] = cellValue(question, text);
      return;
    }
    const sub = target.sub;
    switch (question.type) {
      case 'matrix': {
        const row = matchChoice(question.rows, sub);
        if (!row) return;
        const column = matchChoice(question.columns, text);
        const answer = (this.answers[name] ??= {}) as Record<string, unknown>;
        answer[String(row.value)] = column ? column.value : text;
        return;
      }
      case 'checkbox': {
        const folded = fold(text);
        if (NO.includes(folded)) return;
        const choice = matchChoice(question.choices, sub);
        if (choice) this.push(question, choice.value);
        else if (isNone(question, sub)) this.push(question, 'none');
        else if (isOther(question, sub)) this.other(question, text);
        return;
      }
      case 'ranking': {
        const choice = matchChoice(question.choices, sub);
        const rank = toNumber(text);
        let list = this.ranks.get(name);
        if (!list) this.ranks.set(name, (list = []));
        // LimeSurvey: one column per rank (`Q4[1]`) holding the item; SurveyMonkey: one column per item holding its rank.
        if (!choice && /^\d+$/.test(sub)) list.push({ position: Number(sub), value: cellValue(question, text) });
        else if (choice && rank !== null) list.push({ position: rank, value: choice.value });
        return;
      }
      default:
        // A single answer spread over several columns (SurveyMonkey: "Response" then "Other (please specify)").
        if (isOther(question, sub)) this.other(question, text);
        else if (this.answers[name] === undefined) this.answers[name] = cellValue(question, text);
    }
  }

  /** The answers, once every cell is in: ranks put in order, "other" ticked where its text was given. */
  finish(model: SurveyModel): Answers {
    for (const [name, list] of this.ranks) {
      this.answers[name] = list.sort((a, b) => a.position - b.position).map((item) => item.value);
    }
    for (const question of model.questions.values()) {
      if (!question.hasOther || this.answers[commentKey(question.name)] === undefined) continue;
      const answer = this.answers[question.name];
      if (question.type === 'checkbox') {
        const list = (Array.isArray(answer) ? answer : []) as unknown[];
        if (!list.includes('other')) this.answers[question.name] = [...list, 'other'];
      } else if (answer === undefined) this.answers[question.name] = 'other';
    }
    return this.answers;
  }

  private push(question: Question, value: unknown): void {
    if (value === undefined) return;
    const list = (this.answers[question.name] ??= []) as unknown[];
    if (!list.includes(value)) list.push(value);
  }

  private other(question: Question, text: string): void {
    if (!isOther(question, text)) this.answers[commentKey(question.name)] = text;
    if (question.type === 'checkbox') this.push(question, 'other');
    else this.answers[question.name] = 'other';
  }
}

const MONKEY_SINGLE = /^(open-ended )?response$/i;

/** Reads responses from a CSV export (ours, LimeSurvey's or SurveyMonkey's) of `model`'s survey. */
export function readCsv(text: string, model: SurveyModel): Answers[] {
  const rows = parseCsv(text);
  if (!rows.length) return [];
  const [header, second] = rows;
  const byName = header.map((cell) => columnTarget(model, cell));
  const named = byName.filter(Boolean).length;
  const monkey =
    /^respondent id$/i.test(header[0]?.trim() ?? '') ||
    (named === 0 && (second ?? []).some((cell) => MONKEY_SINGLE.test(cell.trim())));
  const targets = monkey ? monkeyTargets(model, header, second ?? []) : byName;
  if (rows.length > (monkey ? 2 : 1) && !targets.some(Boolean)) throw new CsvError('error.csvColumns');
  return rows.slice(monkey ? 2 : 1).map((cells) => {
    const builder = new ResponseBuilder();
    targets.forEach((target, index) => target && builder.add(target, cells[index] ?? ''));
    return builder.finish(model);
  });
}

/** SurveyMonkey: a title above the first column of each question, the second row naming each column's part. */
function monkeyTargets(model: SurveyModel, titles: string[], subs: string[]): (Target | undefined)[] {
  const questions = [...model.questions.values()].filter((question) => question.type !== 'panel');
  const byTitle = (title: string, pick: (question: Question) => string[]) =>
    questions.find((question) => pick(question).includes(fold(title)));
  let current: Question | undefined;
  return titles.map((title, index) => {
    if (title.trim()) {
      current =
        byTitle(title, (question) => [fold(localize(question.title, 'default'))]) ??
        byTitle(title, (question) => texts(question.title).map(fold)) ??
        byTitle(title, (question) => [fold(question.name)]);
    }
    if (!current) return undefined;
    const sub = (subs[index] ?? '').trim();
    if (!sub || MONKEY_SINGLE.test(sub)) return { question: current, part: 'whole' };
    return { question: current, part: 'sub', sub };
  });
}
