import { localize } from '@devisus/core';
import { parseCsv } from '@devisus/core/files';
import type { Question, SurveyModel } from '../../definition/model.js';
import type { Answers } from '../summaries/summary.js';
import { fold, texts } from './cells.js';
import { ResponseBuilder, type Target } from './response-builder.js';

/*
 * Responses from a CSV export (a `src` ending in .csv), one response per row, read into the shape
 * of JSON responses (see ../responses.ts). Three layouts are recognised:
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
