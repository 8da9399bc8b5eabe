import { fold } from '../summaries/tally.js';

/** The tools whose CSV exports are recognised; `csv` is any other table with one header row. */
export type ExportFormat = 'surveymonkey' | 'google' | 'kobo' | 'limesurvey' | 'devisus' | 'csv';

/** One column that holds answers: the question it belongs to (`key`), its title, and its part, if any. */
export interface Column {
  index: number;
  /** Columns with the same key belong to one question. */
  key: string;
  title: string;
  /** The option, row or rank the column holds (`Q1[SQ001]`, `Title [Row]`, `group/option`, a second header row). */
  sub?: string;
  /** SurveyMonkey's "Response" (picked from a list) or "Open-Ended Response" (typed). */
  answer?: 'closed' | 'open';
}

/** Where a table's answers are: the tool it came from, the first row of answers and the columns that hold them. */
export interface Layout {
  format: ExportFormat;
  dataStart: number;
  columns: Column[];
}

// The columns each tool adds about the response rather than its answers (compared folded).
const META: Record<ExportFormat, RegExp> = {
  surveymonkey:
    /^(respondent id|collector id|start date|end date|ip address|email address|first name|last name|custom data \d+)$/,
  google:
    /^(timestamp|horodateur|marca temporal|zeitstempel|carimbo de data\/hora|informazioni cronologiche|tijdstempel|marca de temps|email address|adresse e-mail|score|punkte|note)$/,
  kobo: /^(_.*|start|end|today|deviceid|subscriberid|simserial|phonenumber|username|audit|meta\/.*|formhub\/.*|__version__)$/,
  limesurvey:
    /^(id|submitdate|lastpage|startlanguage|seed|token|startdate|datestamp|ipaddr|refurl|interviewtime|grouptime\d+|response id|date submitted|last page|start language|date started|date last action|ip address|referrer url|antwort id|datum abgeschickt|letzte seite|start-sprache|zufallsstartwert|datum gestartet|datum der letzten aktivität)$/,
  devisus: /^(id|surveyid|locale|startedat|completedat)$/,
  csv: /^$/,
};

const GOOGLE_FIRST = META.google;
const KOBO_MARKS =
  /^(_uuid|_submission_time|_id|_index|_validation_status|meta\/instanceid|__version__|formhub\/uuid)$/;
const LIME_MARKS =
  /^(submitdate|lastpage|startlanguage|date submitted|last page|start language|datum abgeschickt|letzte seite)$/;
const MONKEY_PART = /^(open-ended )?response$/;

/** Which tool wrote the table, from its header rows. */
function formatOf(header: string[], second: string[] = []): ExportFormat {
  const names = header.map((cell) => fold(cell).replace(/^\w+\.\s+/, ''));
  if (names[0] === 'respondent id' || second.some((cell) => MONKEY_PART.test(fold(cell)))) return 'surveymonkey';
  if (names.some((name) => KOBO_MARKS.test(name))) return 'kobo';
  if (names.some((name) => LIME_MARKS.test(name))) return 'limesurvey';
  if (['surveyid', 'completedat'].every((name) => names.includes(name))) return 'devisus';
  if (GOOGLE_FIRST.test(names[0] ?? '') && names[0] !== 'email address') return 'google';
  // LimeSurvey without its own columns: most headers carry a code or an option in brackets.
  if (header.filter((cell) => /\]$/.test(cell.trim())).length * 2 >= header.length) return 'limesurvey';
  return 'csv';
}

/** Reads the header rows: which columns hold answers, grouped by question. */
export function readLayout(rows: string[][]): Layout {
  const [header = [], second = []] = rows;
  const format = formatOf(header, second);
  const meta = META[format];
  const columns: Column[] = [];
  const isMeta = (cell: string) => meta.test(fold(cell)) || meta.test(fold(cell).replace(/^\w+\.\s+/, ''));
  if (format === 'surveymonkey') {
    let title = '';
    let start = 0;
    header.forEach((cell, index) => {
      if (cell.trim()) [title, start] = [cell.trim(), index];
      if (!title || isMeta(title)) return;
      const sub = second[index]?.trim() ?? '';
      const whole = !sub || MONKEY_PART.test(fold(sub));
      const answer = whole && sub ? (fold(sub) === 'response' ? 'closed' : 'open') : undefined;
      columns.push({ index, key: `${start}`, title, sub: whole ? undefined : sub, answer });
    });
    return { format, dataStart: 2, columns };
  }
  const names = new Set(header.map((cell) => cell.trim()));
  header.forEach((cell, index) => {
    const name = cell.trim();
    if (!name || isMeta(name)) return;
    columns.push({ index, ...parts(format, name, names) });
  });
  // KoboToolbox may add a row of HXL hashtags under the header.
  const tags =
    format === 'kobo' && second.length && second.every((cell) => !cell.trim() || cell.trim().startsWith('#'));
  return { format, dataStart: tags ? 2 : 1, columns };
}

/** A header's question and part, as the tool writes them. */
function parts(format: ExportFormat, name: string, names: Set<string>): Omit<Column, 'index'> {
  if (format === 'kobo') {
    // `group/question`, and `question/option` for each option of a multiple choice.
    // The column of a multiple choice itself (its options space-separated) goes with its options' columns.
    if ([...names].some((other) => other.startsWith(`${name}/`))) return { key: name, title: lastSegment(name) };
    const cut = name.lastIndexOf('/');
    if (cut < 0) return { key: name, title: name };
    const parent = name.slice(0, cut);
    // A repeated group (`children[2]/childs_age`): each repetition's column is its own question.
    if (/\[\d+\]$/.test(parent)) return { key: name, title: name };
    return { key: parent, title: lastSegment(parent), sub: name.slice(cut + 1) };
  }
  if (format === 'devisus') {
    if (name.endsWith('-Comment')) return { key: name.slice(0, -'-Comment'.length), title: name, sub: 'other' };
    // A matrix is one `name.row` column per row: a prefix that several columns share.
    const dot = name.lastIndexOf('.');
    const prefix = name.slice(0, dot);
    if (dot > 0 && [...names].filter((other) => other.startsWith(`${prefix}.`)).length > 1)
      return { key: prefix, title: prefix, sub: name.slice(dot + 1) };
    return { key: name, title: name };
  }
  // LimeSurvey: `Q1[SQ001]. Title [Option]` (code and text), `Q1[SQ001]` (code), `Title [Option]` (text);
  // Google Forms grids: `Title [Row]`.
  const coded = /^(\w+)(?:\[([^\]]+)\])?\.\s+(.*)$/.exec(name);
  if (coded && format === 'limesurvey') {
    const [, code, sub, text] = coded;
    const bracket = /^(.*?)\s*\[([^\]]*)\]$/.exec(text);
    if (!sub) return { key: code, title: text };
    return { key: code, title: bracket ? bracket[1] : text, sub: bracket ? bracket[2].trim() : sub };
  }
  const bracket = /^(.*?)\s*\[([^\]]*)\]$/.exec(name);
  if (bracket && bracket[1]) return { key: bracket[1], title: bracket[1], sub: bracket[2].trim() };
  return { key: name, title: name };
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1);
