import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GenericSchema } from 'valibot';
import { DataSource, toProblem } from './data/data-source.js';
import { fetchJson, parseJson } from './data/fetch-json.js';
import { ProblemError, type Problem } from './data/problem.js';
import { ProblemReporter } from './data/problem-reporter.js';
import { validate } from './data/validate.js';
import { emit } from './events.js';
import { LocalizedElement } from './localized-element.js';

/** Where an element stands with its data. */
export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * The base of every DEVISUS element: it finds, loads and validates the element's data, speaks the
 * page's language and shows each state (loading, ready, empty, error) visibly.
 *
 * Data comes from, in this order: the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL, and the element's DEVISUS default.
 *
 * @event {CustomEvent<Record<string, never>>} devisus-ready - The element has rendered its data.
 * @event {CustomEvent<DevisusErrorDetail>} devisus-error - The data could not be loaded or is invalid; `detail` has `message` and `path`.
 * @csspart loading - The message shown while data loads.
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The message naming what is wrong with the data (role="alert").
 */
export abstract class DevisusElement<T = unknown, Key extends string = string> extends LocalizedElement<Key> {
  // Declared without decorators: the decorator helpers would cost every page bytes for nothing.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    state: { state: true },
    value: { state: true },
    problem: { state: true },
  };

  /** The data as a JavaScript object. Wins over an inline script and `src`. */
  data?: unknown;

  /** URL of the data as JSON, fetched when no `data` property or inline script is given. */
  src?: string;

  /** Where the element stands with its data. */
  state: DataState = 'loading';

  /** The validated data, once ready. */
  protected value?: T;

  /** What went wrong, in error state. */
  protected problem?: Problem;

  /** The schema the data must match; it also gives the data its TypeScript type. */
  protected abstract readonly schema: GenericSchema<unknown, T>;

  /**
   * Loads the DEVISUS default data, in `language` too where it is translated, with a dynamic import
   * so that sites with their own data never download it.
   */
  protected loadDefault?(language: string): Promise<unknown>;

  /** Fetches `src`; elements that read other formats than JSON (CSV, say) override it. */
  protected fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchJson(url, signal);
  }

  /** Shapes raw data before validation, e.g. picks one record out of a list; `undefined` means empty. */
  protected prepare(raw: unknown): unknown {
    return raw;
  }

  /** Whether valid data has nothing to show (an empty list, say). */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /** Renders the element once its data is valid and not empty. */
  protected abstract renderReady(value: T): unknown;

  /** The element's data: the `data` property, inline JSON, `src` or the DEVISUS default. */
  protected readonly source = new DataSource(this, (signal) => this.readSource(signal));

  /**
   * Every source the element's state depends on, in the order their problems are told: an element
   * that reads more than its data (the survey results read a survey too) adds its own.
   */
  protected get sources(): readonly DataSource[] {
    return [this.source];
  }

  #derivedFrom = -1;
  #childObserver?: MutationObserver;
  #reporter = new ProblemReporter();
  #reportedProblem?: Problem;
  #reportedValue?: T;

  override connectedCallback(): void {
    super.connectedCallback();
    // The inline JSON may arrive after the element is upgraded (a parser still at work, a CMS script).
    this.#childObserver = new MutationObserver(() => {
      if (this.data == null) this.reload();
    });
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.hasUpdated && this.state === 'loading') this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  /** Loads the data again from its current source. */
  reload(): void {
    this.source.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.source.load();
    // The default material comes in the reader's language where it is translated: another language,
    // another read, with the current texts shown until it ends.
    else this.source.follow(this.language);
    // Validation is the costly part: done again only when a source brought something new.
    // Generations only grow, so their sum changes whenever any source brought something.
    const from = this.sources.reduce((sum, source) => sum + source.generation, 0);
    if (from !== this.#derivedFrom || this.shouldPrepareAgain(changed)) {
      this.#derivedFrom = from;
      this.#derive();
    }
  }

  /** True when a property change means the same raw data must be prepared again (another id picked, say). */
  protected shouldPrepareAgain(_changed: PropertyValues<this>): boolean {
    return false;
  }

  protected override render(): unknown {
    switch (this.state) {
      case 'loading':
        // On one line: whitespace inside a template ships to every page.
        // prettier-ignore
        return html`<p part="loading" class="state" role="status" lang=${this.uiLang ?? nothing}>${this.t('loading')}</p>`;
      case 'empty':
        return html`<p part="empty" class="state" lang=${this.uiLang ?? nothing}>${this.renderEmpty()}</p>`;
      case 'error':
        return html`<p part="error" class="state" role="alert" lang=${this.uiLang ?? nothing}>${this.errorMessage}</p>`;
      case 'ready':
        return this.renderReady(this.value as T);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.state === 'ready' && this.#reportedValue !== this.value) {
      this.#reportedValue = this.value;
      emit(this, 'devisus-ready', {});
    }
    if (this.state === 'error' && this.problem && this.#reportedProblem !== this.problem) {
      this.#reportedProblem = this.problem;
      this.#reporter.report(this, this.errorMessage, this.problem);
    }
  }

  /** What the empty state says; elements override it to suggest what to do. */
  protected renderEmpty(): unknown {
    return this.t('empty');
  }

  /** The current problem as a sentence in the reader's language. */
  protected get errorMessage(): string {
    const problem = this.problem;
    if (!problem) return '';
    const values = {
      source: this.t('error.inlineSource'),
      ...problem.values,
      path: problem.path || this.t('error.rootPath'),
    };
    const message = this.tData(problem.key, values);
    return problem.more ? `${message} ${this.t('error.more', { count: problem.more })}` : message;
  }

  /** Reads the data from the first source given; elements with another kind of source override it. */
  protected readSource(signal: AbortSignal): unknown {
    if (this.data != null) return this.data;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return parseJson(script.textContent ?? '');
    if (this.src) return this.fetchSource(this.src, signal);
    if (!this.loadDefault) return undefined;
    this.source.readFor(this.language);
    return this.loadDefault(this.language).catch((cause: unknown) => {
      throw new ProblemError({ key: 'error.defaultContent', cause });
    });
  }

  /** The element's state from its sources: a failed one's problem, else loading, else the data checked. */
  #derive(): void {
    const failed = this.sources.find((source) => source.state === 'failed');
    if (failed) return this.#fail(failed.problem);
    if (this.sources.some((source) => source.state === 'loading')) {
      this.state = 'loading';
      return;
    }
    let raw: unknown;
    try {
      raw = this.source.raw == null ? undefined : this.prepare(this.source.raw);
    } catch (error) {
      return this.#fail(toProblem(error));
    }
    if (raw == null) {
      this.value = undefined;
      this.state = 'empty';
      return;
    }
    const result = validate(this.schema, raw);
    if (!result.ok) return this.#fail(result.problem);
    this.value = result.value;
    this.problem = undefined;
    this.state = this.isEmpty(result.value) ? 'empty' : 'ready';
  }

  #fail(problem: Problem | undefined): void {
    this.problem = problem;
    this.value = undefined;
    this.state = 'error';
  }
}
