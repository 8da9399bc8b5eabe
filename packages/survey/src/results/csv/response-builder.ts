import { commentKey, type Question, type SurveyModel } from '../../definition/model.js';
import { toNumber } from '../summaries/numbers.js';
import type { Answers } from '../summaries/summary.js';
import { cellValue, fold, isNone, isOther, matchChoice, NO } from './cells.js';

/** A column's meaning: the whole answer, the "other" text, or one part (option, row, rank) of a question. */
export type Target =
  | { question: Question; part: 'whole' }
  | { question: Question; part: 'comment' }
  | { question: Question; part: 'sub'; sub: string };

/** Builds one response's answers from its cells and what each column holds. */
export class ResponseBuilder {
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
