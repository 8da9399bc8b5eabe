import { i18n } from '@devisus/core';
import { parseCsv } from '@devisus/core/files';
import { commentKey } from '../../definition/model.js';
import type { SurveyElementJson } from '../../definition/schema.js';
import { toNumber } from '../summaries/numbers.js';
import type { Answers } from '../summaries/summary.js';
import { fold, tally } from '../summaries/tally.js';
import { splitAnswer, ticked, valueKind } from './column-values.js';

const choicesOf = (items: readonly string[]) => tally(items).map((entry) => entry.text);
import { readLayout, type Column, type ExportFormat, type Layout } from './export-layout.js';
import en from './locales/en.js';
import type { ReadAs } from './read-as.js';
import { READ_AS_NAMESPACE } from './translations.js';

// What the results say about a survey read here, in English; other languages load with the element's.
i18n.addResourceBundle('en', READ_AS_NAMESPACE, en, true, true);

/*
 * A survey read from a CSV export alone, when no definition is given: the questions, their kind and
 * choices told from the header rows and the answers (see export-layout.ts and column-values.ts), as
 * a SurveyJS definition, with each response's answers in SurveyJS's shape. Each question says how
 * it was read in `devisusReadAs`, which the results show under its title.
 */

export interface InferredSurvey {
  format: ExportFormat;
  survey: { elements: SurveyElementJson[] };
  responses: Answers[];
}

/** How each tool joins several choices in one cell. */
const SEPARATORS: Partial<Record<ExportFormat, string>> = { google: ', ', devisus: '; ', csv: ';' };
const OTHER = /^(other( \(please specify\))?|other|comment|-oth-|sonstiges|autre|otro|altro|anders)$/i;

/** Reads an export's text into a survey and its responses. */
export function inferSurvey(text: string): InferredSurvey {
  const rows = parseCsv(text);
  const layout = readLayout(rows);
  const data = rows.slice(layout.dataStart);
  const responses: Answers[] = data.map(() => ({}));
  const elements: SurveyElementJson[] = [];
  const blank = (cell: string | undefined) =>
    !cell?.trim() || (layout.format === 'kobo' && fold(cell) === 'n/a') ? '' : cell.trim();
  const cells = (column: Column) => data.map((row) => blank(row[column.index]));
  const add = (element: Omit<SurveyElementJson, 'name'>, answers: unknown[], comments?: string[]) => {
    const name = `q${elements.length + 1}`;
    elements.push({ ...element, name } as SurveyElementJson);
    answers.forEach((answer, row) => {
      if (answer !== undefined) responses[row][name] = answer;
      if (comments?.[row]) responses[row][commentKey(name)] = comments[row];
    });
  };
  for (const group of groups(layout)) readGroup(group, layout, cells, add);
  return { format: layout.format, survey: { elements }, responses };
}

type Add = (element: Omit<SurveyElementJson, 'name'>, answers: unknown[], comments?: string[]) => void;

/** The columns of each question, in the order of the table. */
function groups(layout: Layout): Column[][] {
  const byKey = new Map<string, Column[]>();
  for (const column of layout.columns) {
    const list = byKey.get(column.key);
    if (list) list.push(column);
    else byKey.set(column.key, [column]);
  }
  return [...byKey.values()];
}

function readGroup(group: Column[], layout: Layout, cells: (column: Column) => string[], add: Add): void {
  const whole = group.filter((column) => column.sub === undefined);
  const others = group.filter((column) => column.sub !== undefined && OTHER.test(column.sub));
  const options = group.filter((column) => column.sub !== undefined && !others.includes(column));
  const title = group[0].title.trim();
  const otherTexts = others.length ? cells(others[0]) : undefined;
  if (options.length > 1) {
    if (readOptions(title, options, otherTexts, cells, add)) return;
    if (readRanks(title, options, cells, add)) return;
    if (layout.format !== 'kobo' && readGrid(title, options, cells, add)) return;
    // Not one question after all: each column is its own (KoboToolbox: `group/question`).
    for (const column of options) readColumn(partTitle(layout, title, column), cells(column), layout, add);
    return;
  }
  for (const column of [...whole, ...options])
    readColumn(column.sub ? partTitle(layout, title, column) : title, cells(column), layout, add, otherTexts, column);
}

/** The title of a column read on its own: its part, after its group's title where that names the question. */
const partTitle = (layout: Layout, title: string, column: Column) =>
  layout.format === 'kobo' ? column.sub! : `${title} [${column.sub}]`;

/** One column per option, ticked or not ("Y", "1", "Yes", the option's own label): several choices. */
function readOptions(
  title: string,
  options: Column[],
  otherTexts: string[] | undefined,
  cells: (column: Column) => string[],
  add: Add,
): boolean {
  const columns = options.map((column) => ({ sub: column.sub!, values: cells(column) }));
  // A column of typed text among ticked options is their "other" (LimeSurvey's, SurveyMonkey's).
  const typed = columns.filter(({ sub, values }) => values.some((value) => ticked(value, sub) === undefined));
  const ticks = columns.filter((column) => !typed.includes(column));
  if (ticks.length < 2 || typed.length > 1 || (typed.length && otherTexts)) return false;
  if (!ticks.some(({ sub, values }) => values.some((value) => ticked(value, sub)))) return false;
  const other = otherTexts ?? typed[0]?.values;
  const rows = ticks[0].values.length;
  const answers = Array.from({ length: rows }, (_, row) => {
    const chosen: unknown[] = ticks.filter(({ sub, values }) => ticked(values[row], sub)).map(({ sub }) => sub);
    if (other?.[row] && !ticked(other[row])) chosen.push('other');
    return chosen.length ? chosen : undefined;
  });
  const comments = other?.map((text) => (text && !ticked(text) ? text : ''));
  add(
    {
      type: 'checkbox',
      title,
      choices: ticks.map(({ sub }) => sub),
      ...(other ? { showOtherItem: true } : {}),
      devisusReadAs: { rule: 'options' } satisfies ReadAs,
    },
    answers,
    comments,
  );
  return true;
}

/**
 * Ranks: one column per place holding an item (LimeSurvey's `[Rank 1]`, `[1]`), or one column per
 * item holding its place (SurveyMonkey).
 */
function readRanks(title: string, options: Column[], cells: (column: Column) => string[], add: Add): boolean {
  const columns = options.map((column) => ({ sub: column.sub!, values: cells(column) }));
  const rows = columns[0].values.length;
  const places = columns.map(({ sub }) => /^(rank\s*)?(\d+)$/i.exec(sub)?.[2]);
  if (places.every(Boolean)) {
    const items = tally(columns.flatMap(({ values }) => values.filter(Boolean))).map((entry) => entry.text);
    const answers = Array.from({ length: rows }, (_, row) => {
      const ranked = columns
        .map(({ values }, index) => ({ place: Number(places[index]), item: values[row] }))
        .filter(({ item }) => item)
        .sort((a, b) => a.place - b.place)
        .map(({ item }) => items.find((text) => fold(text) === fold(item)));
      return ranked.length ? ranked : undefined;
    });
    add({ type: 'ranking', title, choices: items, devisusReadAs: { rule: 'rankColumns' } satisfies ReadAs }, answers);
    return true;
  }
  const count = columns.length;
  const byRow = Array.from({ length: rows }, (_, row) => columns.map(({ values }) => values[row]));
  const numbers = byRow.map((list) => list.filter(Boolean).map(toNumber));
  const ranks = numbers.every(
    (list) =>
      list.every((n) => n !== null && Number.isInteger(n) && n >= 1 && n <= count) &&
      new Set(list).size === list.length,
  );
  if (!ranks || !numbers.some((list) => list.length)) return false;
  const answers = byRow.map((list) => {
    const ranked = list
      .map((cell, index) => ({ place: toNumber(cell), item: columns[index].sub }))
      .filter(({ place }) => place !== null)
      .sort((a, b) => a.place! - b.place!)
      .map(({ item }) => item);
    return ranked.length ? ranked : undefined;
  });
  add(
    {
      type: 'ranking',
      title,
      choices: columns.map(({ sub }) => sub),
      devisusReadAs: { rule: 'rankNumbers' } satisfies ReadAs,
    },
    answers,
  );
  return true;
}

/** One column per row, all answered from one short list of values: a grid (matrix). */
function readGrid(title: string, options: Column[], cells: (column: Column) => string[], add: Add): boolean {
  const columns = options.map((column) => ({ sub: column.sub!, values: cells(column) }));
  const given = columns.flatMap(({ values }) => values.filter(Boolean));
  if (!given.length) return false;
  const kind = valueKind(given);
  if (kind.kind !== 'single' && kind.kind !== 'rating') return false;
  const scale = tally(given).map((entry) => entry.text);
  if (kind.kind === 'rating') scale.sort((a, b) => toNumber(a)! - toNumber(b)!);
  const rowsCount = columns[0].values.length;
  const answers = Array.from({ length: rowsCount }, (_, row) => {
    const answer: Record<string, string> = {};
    for (const { sub, values } of columns) {
      const value = scale.find((text) => fold(text) === fold(values[row]));
      if (values[row] && value !== undefined) answer[sub] = value;
    }
    return Object.keys(answer).length ? answer : undefined;
  });
  add(
    {
      type: 'matrix',
      title,
      rows: columns.map(({ sub }) => sub),
      columns: scale,
      devisusReadAs: { rule: 'grid' } satisfies ReadAs,
    },
    answers,
  );
  return true;
}

/** A column that holds a whole answer: its kind told from the answers. */
function readColumn(
  title: string,
  values: string[],
  layout: Layout,
  add: Add,
  otherTexts?: string[],
  column?: Column,
): void {
  const given = values.filter(Boolean);
  if (!given.length) return;
  let kind = valueKind(given, SEPARATORS[layout.format]);
  let rule: ReadAs['rule'] = 'single';
  // What the header says wins over the answers: a list to pick from, typed text, a column for "other".
  const open = column?.answer === 'open';
  if (open && (kind.kind === 'single' || kind.kind === 'joined')) kind = { kind: 'text' };
  const listed = kind.kind === 'text' || kind.kind === 'single';
  if ((kind.kind === 'text' && !open && otherTexts) || (listed && column?.answer === 'closed')) {
    kind = kind.kind === 'single' ? kind : { kind: 'single', choices: choicesOf(given) };
    rule = column?.answer === 'closed' ? 'closed' : 'withOther';
  }
  if (kind.kind === 'single' && otherTexts)
    kind = { ...kind, choices: kind.choices.filter((text) => !OTHER.test(text)) };
  const other = otherTexts?.some(Boolean) ? { showOtherItem: true } : {};
  const comments = otherTexts?.map((text) => text);
  const matchIn = (choices: string[]) => (text: string) => choices.find((choice) => fold(choice) === fold(text));
  switch (kind.kind) {
    case 'rating': {
      const { min, max } = kind;
      const rateValues = Array.from({ length: max - min + 1 }, (_, index) => min + index);
      add(
        { type: 'rating', title, rateValues, devisusReadAs: { rule: 'rating', values: { min, max } } satisfies ReadAs },
        values.map((value) => (value ? toNumber(value)! : undefined)),
      );
      return;
    }
    case 'number':
    case 'date':
      add(
        { type: 'text', title, inputType: kind.kind, devisusReadAs: { rule: kind.kind } satisfies ReadAs },
        values.map((value) => (value ? (kind.kind === 'number' ? toNumber(value)! : value) : undefined)),
      );
      return;
    case 'joined': {
      const find = matchIn(kind.choices);
      add(
        {
          type: 'checkbox',
          title,
          choices: kind.choices,
          ...other,
          devisusReadAs: { rule: 'joined', values: { separator: kind.separator.trim() } } satisfies ReadAs,
        },
        values.map((value, row) => {
          const chosen: unknown[] = value ? splitAnswer(value, kind.separator).map(find) : [];
          if (otherTexts?.[row]) chosen.push('other');
          return chosen.length ? chosen : undefined;
        }),
        comments,
      );
      return;
    }
    case 'single': {
      const find = matchIn(kind.choices);
      add(
        {
          type: 'radiogroup',
          title,
          choices: kind.choices,
          ...other,
          devisusReadAs: { rule } satisfies ReadAs,
        },
        values.map((value, row) =>
          (value && OTHER.test(value)) || (!value && otherTexts?.[row]) ? 'other' : value ? find(value) : undefined,
        ),
        comments,
      );
      return;
    }
    default:
      add(
        { type: 'comment', title, devisusReadAs: { rule: open ? 'open' : 'text' } satisfies ReadAs },
        values.map((value) => value || undefined),
      );
  }
}
