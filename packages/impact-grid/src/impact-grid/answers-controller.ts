import type { ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import { DraftController, createStore, type Store } from '@devisus/core';
import type { Answer, Answers } from '../framework/answers.js';
import { checkAnswers } from '../framework/check.js';
import type { Framework, Indicator } from '../framework/schema.js';
import type { Notice } from './notice.js';

const drafts: Store<Answers> = createStore<Answers>({ name: 'impact-grid', version: 1 });

/** A host that can say which property changed, as a Lit element can. */
interface AnswersHost extends ReactiveControllerHost {
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
}

export interface AnswersOptions {
  /** The grid, once it is known and valid. */
  framework: () => Framework | undefined;
  /** The key of the grid's draft on the device; empty while the grid is not known. */
  draftKey: () => string;
  /** False with `no-autosave`. */
  autosave: () => boolean;
  /** Shows a notice in the status line (answers left out, kept, or not kept). */
  notify: (notice: Notice) => void;
}

/**
 * The grid's answers and where they come from: the page (whose answers win over a stored draft),
 * the draft restored once the grid is known, or the person. Answers from outside are checked
 * against the grid before use; every change by the person is kept as the draft. The host updates
 * under the property name `answers`, so that `changed.has('answers')` sees every change.
 */
export class AnswersController {
  #answers: Answers = {};
  /** Set once the page gives answers: a stored draft is then never restored over them. */
  #given = false;
  /** Set while the answers came from outside and the grid has not checked them yet. */
  #unchecked = false;
  readonly #draft: DraftController<Answers>;

  constructor(
    private readonly host: AnswersHost,
    private readonly options: AnswersOptions,
  ) {
    this.#draft = new DraftController<Answers>(host, {
      store: drafts,
      key: options.draftKey,
      enabled: options.autosave,
      valid: (value): value is Answers => v.is(v.record(v.string(), v.object({})), value),
    });
  }

  /**
   * The answers, by indicator id. Answers not checked yet are checked here without keeping the
   * result, so that reading stays free of side effects; `update()` keeps it and tells what was left out.
   */
  get answers(): Answers {
    const framework = this.options.framework();
    return framework && this.#unchecked ? checkAnswers(framework, this.#answers).answers : this.#answers;
  }

  /** Answers the page set: they win over a stored draft, and are checked once the grid is known. */
  give(answers: Answers): void {
    this.#given = true;
    this.#unchecked = true;
    this.#replace(answers);
  }

  /**
   * Brings the answers in line with the grid, from the host's `willUpdate`: restores the grid's
   * draft the first time, and checks answers from outside (all of them, for a new grid).
   */
  update(newGrid: boolean): void {
    if (!this.options.framework()) return;
    const saved = this.#draft.restore();
    if (saved && !this.#given) {
      this.#unchecked = true;
      this.#replace(saved);
    }
    if (newGrid) this.#unchecked = true;
    this.#check();
  }

  /** The person changed one indicator: keeps what says something and returns its new answer. */
  answer(indicator: Indicator, patch: Partial<Answer>): Answer | undefined {
    this.#check();
    const next: Answer = { ...this.#answers[indicator.id], ...patch };
    // Drop what says nothing: an empty value or comment, unset flags. A `false` value is an answer ("No").
    if (next.value === undefined || next.value === '') delete next.value;
    if (!next.comment) delete next.comment;
    if (!next.na) delete next.na;
    if (!next.revisit) delete next.revisit;
    const answers = { ...this.#answers };
    if (Object.keys(next).length) answers[indicator.id] = next;
    else delete answers[indicator.id];
    this.#replace(answers);
    this.#save();
    return answers[indicator.id];
  }

  /** Replaces every answer from inside (a checked file, a form reset): unlike `give()`, a draft may still be restored. */
  replaceAll(answers: Answers): void {
    this.#replace(answers);
    this.#save();
  }

  #replace(answers: Answers): void {
    const old = this.#answers;
    this.#answers = answers;
    this.host.requestUpdate('answers', old);
  }

  #check(): void {
    const framework = this.options.framework();
    if (!framework || !this.#unchecked) return;
    this.#unchecked = false;
    const { answers, ignored } = checkAnswers(framework, this.#answers);
    this.#answers = answers;
    if (ignored.length) this.options.notify({ key: 'ignored.intro', tone: 'problem', lines: ignored });
  }

  /** Keeps the answers as the draft, and says whether the browser kept them. */
  #save(): void {
    if (!this.options.framework()) return;
    if (this.#draft.save(this.answers)) this.options.notify({ key: 'save.saved', tone: 'info' });
    else if (this.#draft.refused) this.options.notify({ key: this.#draft.refused, tone: 'problem' });
  }
}
