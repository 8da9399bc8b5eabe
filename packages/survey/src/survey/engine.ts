import * as v from 'valibot';
import { knownTypes, namesAndConditions, toCompiled, type Conditions } from '../definition/checks.js';
import { answerable, commentKey, isOther, type Question, type SurveyModel } from '../definition/model.js';
import { asSurveyJsReads } from '../definition/as-surveyjs-reads.js';
import { surveySchema } from '../definition/schema.js';
import { isTrue, type CompiledExpression } from '../expressions/index.js';
import type * as Validation from './validation.js';
import type { AnswerProblem } from './validation.js';

type Checks = typeof Validation;
let checks: Checks | undefined;

/**
 * Loads the answer checks (their own chunk). A survey starts loading them as soon as it is read; a
 * page can be checked once they are there (see `checksLoaded`).
 */
export const loadChecks = (): Promise<Checks> => import('./validation.js').then((module) => (checks = module));

/** Whether the answer checks have come, so that `pageProblems` can run. */
export const checksLoaded = (): boolean => checks !== undefined;

/** The answers, keyed by question name, as SurveyJS's `data`. */
export type Answers = Readonly<Record<string, unknown>>;

/**
 * What a survey's conditions make of the answers so far: which pages and questions are shown, which
 * are enabled and required, what is wrong on a page, and what a completed response keeps. Plain
 * functions of the answers: the element holds them, this only reads them.
 */
export class SurveyEngine {
  constructor(
    readonly model: SurveyModel,
    private readonly conditions: Conditions,
  ) {
    void loadChecks();
  }

  /** The answers the survey starts with: its questions' `defaultValue`s. */
  defaults(): Record<string, unknown> {
    const given = answerable(this.model).filter((question) => question.json.defaultValue !== undefined);
    return Object.fromEntries(given.map((question) => [question.name, question.json.defaultValue]));
  }

  /** Answerable: not `readOnly` (nor its panels or page), and its `enableIf` holds. */
  enabled(question: Question, answers: Answers): boolean {
    if (question.json.readOnly === true || this.model.pages[question.page].readOnly) return false;
    const panel = question.panel === undefined ? undefined : this.model.questions.get(question.panel);
    if (panel && !this.enabled(panel, answers)) return false;
    return holds(this.conditions.enableIf.get(question.name), answers, true);
  }

  /** Shown: not hidden by `visible: false`, its own condition holds, and its panel's, up to the page. */
  visible(question: Question, answers: Answers): boolean {
    if (question.json.visible === false) return false;
    if (!holds(this.conditions.visibleIf.get(question.name), answers, true)) return false;
    const panel = question.panel === undefined ? undefined : this.model.questions.get(question.panel);
    return panel ? this.visible(panel, answers) : true;
  }

  required(question: Question, answers: Answers): boolean {
    return Boolean(question.json.isRequired) || holds(this.conditions.requiredIf.get(question.name), answers, false);
  }

  /**
   * The indexes of the pages shown, in order: as in SurveyJS, a page is shown when its condition holds
   * and it shows a question. The first page when every one is hidden.
   */
  visiblePages(answers: Answers): number[] {
    const shown = new Set(
      [...this.model.questions.values()]
        .filter((question) => question.type !== 'panel' && this.visible(question, answers))
        .map((question) => question.page),
    );
    const pages = this.model.pages
      .map((_, index) => index)
      .filter(
        (index) =>
          shown.has(index) &&
          this.model.pages[index].visible &&
          holds(this.conditions.pageVisibleIf.get(index), answers, true),
      );
    return pages.length ? pages : [0];
  }

  /**
   * What is wrong with the answers to the questions of a page that are shown and enabled, by
   * question. Only once the checks have come (`checksLoaded`, `loadChecks`).
   */
  pageProblems(page: number, answers: Answers, language: string): Map<string, AnswerProblem> {
    const problems = new Map<string, AnswerProblem>();
    for (const question of answerable(this.model)) {
      if (question.page !== page || !this.visible(question, answers) || !this.enabled(question, answers)) continue;
      const problem = checks!.checkAnswer(question, {
        value: answers[question.name],
        required: this.required(question, answers),
        answers,
        language,
        expression: (text) => this.conditions.validators.get(text),
      });
      if (problem) problems.set(question.name, problem);
    }
    return problems;
  }

  /**
   * The answers a completed response keeps. As SurveyJS does, those of questions that ended up hidden
   * are dropped, and the "other" text goes only with an "other" answer.
   */
  response(answers: Answers): Record<string, unknown> {
    const pages = this.visiblePages(answers);
    // Without prototype, so that a question named `__proto__` or `constructor` keeps its answer.
    const data = Object.create(null) as Record<string, unknown>;
    for (const question of answerable(this.model)) {
      if (!this.visible(question, answers) || !pages.includes(question.page)) continue;
      const value = answers[question.name];
      if (value !== undefined) data[question.name] = value;
      const comment = commentKey(question.name);
      if (isOther(value) && answers[comment] !== undefined) data[comment] = answers[comment];
    }
    return data;
  }
}

function holds(condition: CompiledExpression | undefined, answers: Answers, otherwise: boolean): boolean {
  return condition ? isTrue(condition.evaluate(answers)) : otherwise;
}

/**
 * A survey as <devisus-survey> takes it: its types named first (the structure's check would only say
 * which it expected), then its structure, its names and conditions, compiled once into an engine.
 */
export const surveyEngineSchema = v.pipe(
  v.unknown(),
  v.transform(asSurveyJsReads),
  knownTypes,
  surveySchema,
  namesAndConditions,
  v.transform((json) => {
    const { model, conditions } = toCompiled(json);
    return new SurveyEngine(model, conditions);
  }),
);
