import { download } from '@devisus/core/files';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import * as v from 'valibot';
import {
  DevisusElement,
  DraftController,
  ProblemError,
  createStore,
  emit,
  formatDate,
  localizedContent,
  type Store,
} from '@devisus/core';
import { buildModel, answerable, toText, type Question, type SurveyModel } from '../definition/model.js';
import { surveySchema, QUESTION_TYPES, type SurveyJson } from '../definition/schema.js';
import { compileExpression, isTrue, type CompiledExpression, type ExpressionError } from '../expressions/index.js';
import { Outbox, type DeliveryResult, type OutboxEntry, type SurveyResponse } from '../outbox/outbox.js';
import { SURVEY_NAMESPACE } from '../translations.js';
import { questionId, renderQuestion, type QuestionContext } from './questions.js';
import { surveyStyles } from './survey.styles.js';
import { checkAnswer, isEmpty } from './validation.js';

/** What a person has answered so far, kept on the device; checked when read back (storage holds anything). */
const draftSchema = v.object({ data: v.record(v.string(), v.unknown()), page: v.number(), startedAt: v.string() });
type Draft = v.InferOutput<typeof draftSchema>;

type Delivery = { state: 'local' } | { state: 'sent' } | { state: 'queued' } | { state: 'rejected'; status: number };

const drafts: Store<Draft> = createStore<Draft>({ name: 'survey-draft', version: 1 });

/** Every condition of the survey, compiled once. */
interface Conditions {
  visibleIf: Map<string, CompiledExpression>;
  enableIf: Map<string, CompiledExpression>;
  requiredIf: Map<string, CompiledExpression>;
  pageVisibleIf: Map<number, CompiledExpression>;
}

/**
 * @tag devisus-survey
 * @summary A questionnaire in SurveyJS's JSON format that loses nothing: drafts kept as they are
 * typed, responses kept on the device until the site's server confirms them.
 *
 * @event {CustomEvent<{ name: string; value: unknown }>} devisus-change - An answer changed.
 * @event {CustomEvent<{ response: SurveyResponse }>} devisus-complete - The survey was completed.
 * @event {CustomEvent<{ id: string; status: number }>} devisus-delivered - The server accepted a response.
 * @csspart progress - The progress bar and page count.
 * @csspart error-summary - The list of problems shown when a page is not complete.
 * @csspart question - One question.
 * @csspart navigation - The Back / Next / Send buttons.
 * @csspart completed - What is shown once the survey is completed.
 * @csspart refused - A response the server refused, still kept on this device, with its download.
 */
export class DevisusSurvey extends DevisusElement<SurveyJson> {
  static override styles = [...(DevisusElement.styles as []), surveyStyles];
  protected static override namespaces = [SURVEY_NAMESPACE];

  static override properties: PropertyDeclarations = {
    action: {},
    storageKey: { attribute: 'storage-key' },
    noAutosave: { attribute: 'no-autosave', type: Boolean },
    answers: { attribute: false },
    page: { state: true },
    errors: { state: true },
    completed: { state: true },
    delivery: { state: true },
    announcement: { state: true },
    notice: { state: true },
    refused: { state: true },
  };

  /** Where completed responses are POSTed as JSON. Without it they stay in the browser. */
  action?: string;

  /** Where the draft is kept on this device; by default the survey's id. */
  storageKey?: string;

  /**
   * Keeps no draft on this device (a shared computer, say): a reload starts afresh. Completed
   * responses still wait in the browser until the server confirms them.
   */
  noAutosave = false;

  protected page = 0;
  protected errors = new Map<string, string>();
  protected completed?: SurveyResponse;
  protected delivery?: Delivery;
  protected announcement = '';
  protected notice = '';
  /** Responses the server refused, still kept on this device: shown until the person deletes them. */
  protected refused: OutboxEntry[] = [];

  private values: Record<string, unknown> = {};
  private readonly typed = new Map<string, string>();
  private startedAt = new Date().toISOString();
  private conditions?: Conditions;
  private readonly draft = new DraftController<Draft>(this, {
    store: drafts,
    key: () => this.draftKey,
    enabled: () => !this.noAutosave,
    valid: (value): value is Draft => v.is(draftSchema, value),
  });
  private outbox?: Outbox;
  private readonly onOnline = () => void this.outbox?.flush();

  protected readonly schema = surveySchema;

  /** The answers so far, shaped as SurveyJS's `data`. */
  get answers(): Record<string, unknown> {
    return { ...this.values };
  }
  set answers(value: Record<string, unknown>) {
    this.values = { ...value };
    this.requestUpdate();
  }

  protected override loadDefault(): Promise<unknown> {
    return import('@devisus/content/survey').then((module) => module.devisusSurvey);
  }

  /** Validates, then builds the model and compiles every condition; a bad type or condition names its question. */
  protected override prepare(raw: unknown): unknown {
    checkElements(raw);
    return raw;
  }

  protected override isEmpty(json: SurveyJson): boolean {
    return buildModel(json).questions.size === 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.outbox?.stop();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('action')) {
      this.outbox?.stop();
      this.outbox = this.action
        ? new Outbox(this.action, (response, result) => this.delivered(response, result))
        : undefined;
      this.refused = this.outbox?.refused() ?? [];
      // Responses left by an earlier visit go now.
      void this.outbox?.flush();
    }
    if (this.state === 'ready' && this.model) this.restoreDraft();
  }

  /** The validated survey as a model; built once per data. */
  private modelCache?: { json: unknown; model: SurveyModel };
  private get model(): SurveyModel | undefined {
    const json = this.value;
    if (!json) return undefined;
    if (this.modelCache?.json !== json) {
      const model = buildModel(json);
      this.modelCache = { json, model };
      this.conditions = compileConditions(model);
    }
    return this.modelCache.model;
  }

  private get draftKey(): string {
    return this.storageKey || this.model?.id || 'survey';
  }

  protected renderReady(): unknown {
    const model = this.model!;
    if (this.completed) return this.renderCompleted(model);
    const pages = this.visiblePages(model);
    const pageIndex = pages[Math.min(this.pagePosition(pages), pages.length - 1)];
    const page = model.pages[pageIndex];
    const position = pages.indexOf(pageIndex);
    const last = position === pages.length - 1;
    const context = this.questionContext(model);
    return html`<form
      class="survey"
      novalidate
      lang=${this.uiLang ?? nothing}
      @submit=${(event: Event) => {
        event.preventDefault();
        if (last) this.complete(model);
        else this.next(pages);
      }}
    >
      ${model.title ? html`<h2 class="title">${localizedContent(model.title, this.language)}</h2>` : nothing}
      ${this.renderLanguages(model)}
      ${model.description && position === 0 ? html`<p class="description">${localizedContent(model.description, this.language)}</p>` : nothing}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing} ${this.renderRefused()}
      ${
        model.showProgressBar && pages.length > 1
          ? html`<div part="progress" class="progress">
              <p>${this.t('progress', { current: position + 1, total: pages.length })}</p>
              <progress max=${pages.length} .value=${position + 1} aria-hidden="true"></progress>
            </div>`
          : nothing
      }
      ${this.errors.size ? this.renderErrorSummary(model) : nothing}
      ${page.title ? html`<h3 class="page-title" tabindex="-1">${localizedContent(page.title, this.language)}</h3>` : nothing}
      ${page.description ? html`<p class="description">${localizedContent(page.description, this.language)}</p>` : nothing}
      ${page.elements.map((name) => renderQuestion(context, model.questions.get(name)!))}
      <div part="navigation" class="navigation">
        ${position > 0 ? html`<button type="button" @click=${() => this.back(pages)}>${this.t('back')}</button>` : nothing}
        <button type="submit" class="primary">${this.t(last ? 'complete' : 'next')}</button>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </form>`;
  }

  /** When the survey is written in several languages, the respondent may pick one. */
  private renderLanguages(model: SurveyModel) {
    const languages = model.languages;
    if (languages.length < 2) return nothing;
    const current = languages.find((language) => this.language.toLowerCase().startsWith(language)) ?? languages[0];
    return html`<label class="languages"
      >${this.t('languages')}
      <select @change=${(event: Event) => this.setAttribute('lang', (event.target as HTMLSelectElement).value)}>
        ${languages.map(
          (language) =>
            html`<option value=${language} ?selected=${language === current} lang=${language}>
              ${new Intl.DisplayNames([language], { type: 'language' }).of(language)}
            </option>`,
        )}
      </select>
    </label>`;
  }

  private renderErrorSummary(model: SurveyModel) {
    return html`<div
      part="error-summary"
      class="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      <h3 id="error-summary-title">${this.t('summary.title')}</h3>
      <ul>
        ${[...this.errors.entries()].map(
          ([name, message]) =>
            html`<li>
              <a
                href="#${questionId(name)}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.focusQuestion(name);
                }}
                >${localizedContent(model.questions.get(name)?.title, this.language)}: ${message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderCompleted(model: SurveyModel) {
    const delivery = this.delivery ?? { state: 'local' };
    const refused = delivery.state === 'rejected';
    const message = refused
      ? this.refusal({ response: this.completed!, lastStatus: delivery.status })
      : this.t(`done.${delivery.state}`);
    // The heading says what happened: a refused response is not thanked for as if it were recorded.
    return html`<section
      part="completed"
      class="completed"
      aria-labelledby="completed-title"
      lang=${this.uiLang ?? nothing}
    >
      <h2 id="completed-title" tabindex="-1">
        ${refused ? this.t('done.rejectedTitle') : model.completedText ? localizedContent(model.completedText, this.language) : this.t('done.thanks')}
      </h2>
      ${refused ? html`<p role="alert" class="refused">${message}</p>` : html`<p role="status">${message}</p>`}
      ${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}
      ${delivery.state !== 'sent' ? html`<button type="button" @click=${() => this.download(this.completed!)}>${this.t('done.download')}</button>` : nothing}
      ${this.renderRefused()}
    </section>`;
  }

  /** Says that the server refused a response, when it was sent, and what to do. */
  private refusal({ response, lastStatus }: Pick<OutboxEntry, 'response' | 'lastStatus'>): string {
    const date = formatDate(this.language, response.completedAt, { dateStyle: 'long', timeStyle: 'short' });
    return this.t('done.rejected', { status: lastStatus, date });
  }

  /** Earlier responses the server refused (after a reload too): each with its download, until deleted. */
  private renderRefused() {
    return this.refused
      .filter(({ response }) => response.id !== this.completed?.id)
      .map(
        (entry) =>
          html`<div part="refused" class="refused">
            <p id="refused-${entry.response.id}">${this.refusal(entry)}</p>
            <button
              type="button"
              aria-describedby="refused-${entry.response.id}"
              @click=${() => this.download(entry.response)}
            >
              ${this.t('done.download')}
            </button>
            <button
              type="button"
              aria-describedby="refused-${entry.response.id}"
              @click=${() => {
                this.outbox?.discard(entry.response.id);
                this.refused = this.outbox?.refused() ?? [];
              }}
            >
              ${this.t('discard')}
            </button>
          </div>`,
      );
  }

  // ------------------------------------------------------------------ answers and conditions

  private questionContext(model: SurveyModel): QuestionContext {
    return {
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(text),
      text: (text) => localizedContent(text, this.language),
      value: (name) => this.values[name],
      set: (name, value) => this.setAnswer(name, value),
      error: (name) => this.errors.get(name),
      required: (question) => this.isRequired(question),
      enabled: (question) => this.holds(this.conditions?.enableIf.get(question.name), true),
      visible: (question) => this.isVisible(question, model),
      question: (name) => model.questions.get(name)!,
      announce: (message) => (this.announcement = message),
      lang: this.language,
      typed: this.typed,
    };
  }

  private holds(condition: CompiledExpression | undefined, otherwise: boolean): boolean {
    return condition ? isTrue(condition.evaluate(this.values)) : otherwise;
  }

  private isVisible(question: Question, model: SurveyModel): boolean {
    if (!this.holds(this.conditions?.visibleIf.get(question.name), true)) return false;
    return question.panel ? this.isVisible(model.questions.get(question.panel)!, model) : true;
  }

  private isRequired(question: Question): boolean {
    return Boolean(question.json.isRequired) || this.holds(this.conditions?.requiredIf.get(question.name), false);
  }

  private visiblePages(model: SurveyModel): number[] {
    const pages = model.pages
      .map((_, index) => index)
      .filter((index) => this.holds(this.conditions?.pageVisibleIf.get(index), true));
    return pages.length ? pages : [0];
  }

  /** Where the current page sits among the visible ones (a hidden page moves the reader on). */
  private pagePosition(pages: number[]): number {
    const exact = pages.indexOf(this.page);
    return exact >= 0
      ? exact
      : Math.max(
          0,
          pages.findIndex((index) => index > this.page),
        );
  }

  private setAnswer(name: string, value: unknown): void {
    if (isEmpty(value)) delete this.values[name];
    else this.values[name] = value;
    if (this.errors.has(name)) {
      const errors = new Map(this.errors);
      errors.delete(name);
      this.errors = errors;
    }
    this.saveDraft();
    this.requestUpdate();
    emit(this, 'devisus-change', { name, value });
  }

  // ------------------------------------------------------------------ pages

  private pageProblems(model: SurveyModel, pageIndex: number): Map<string, string> {
    const problems = new Map<string, string>();
    for (const question of answerable(model)) {
      if (question.page !== pageIndex || !this.isVisible(question, model)) continue;
      if (!this.holds(this.conditions?.enableIf.get(question.name), true)) continue;
      const problem = checkAnswer(
        question,
        this.values[question.name],
        this.isRequired(question),
        this.values,
        this.language,
      );
      if (problem)
        problems.set(
          question.name,
          problem.custom ? this.localize(toText(problem.custom as never)) : this.t(problem.key, problem.values),
        );
    }
    return problems;
  }

  private next(pages: number[]): void {
    const model = this.model!;
    const current = pages[this.pagePosition(pages)];
    const problems = this.pageProblems(model, current);
    this.errors = problems;
    if (problems.size) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus(),
      );
      return;
    }
    this.page = pages[this.pagePosition(pages) + 1] ?? current;
    this.saveDraft();
    this.focusTop();
  }

  private back(pages: number[]): void {
    this.errors = new Map();
    this.page = pages[Math.max(0, this.pagePosition(pages) - 1)];
    this.saveDraft();
    this.focusTop();
  }

  private focusTop(): void {
    void this.updateComplete.then(() => {
      const target =
        this.renderRoot.querySelector<HTMLElement>('.page-title') ??
        this.renderRoot.querySelector<HTMLElement>('input, select, textarea');
      target?.focus();
    });
  }

  private focusQuestion(name: string): void {
    const holder = this.renderRoot.querySelector(`[data-name="${CSS.escape(name)}"]`);
    holder?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }

  // ------------------------------------------------------------------ completion and delivery

  private complete(model: SurveyModel): void {
    const pages = this.visiblePages(model);
    const problems = this.pageProblems(model, pages[this.pagePosition(pages)]);
    this.errors = problems;
    if (problems.size) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus(),
      );
      return;
    }
    // As SurveyJS does on completion: answers of questions that ended up hidden are not kept.
    const data: Record<string, unknown> = {};
    for (const question of answerable(model)) {
      if (!this.isVisible(question, model) || !pages.includes(question.page)) continue;
      if (this.values[question.name] !== undefined) data[question.name] = this.values[question.name];
      // The "other" text goes only with an "other" answer, not after the person chose something else.
      const comment = `${question.name}-Comment`;
      const value = this.values[question.name];
      const other = value === 'other' || (Array.isArray(value) && value.includes('other'));
      if (other && this.values[comment] !== undefined) data[comment] = this.values[comment];
    }
    const response: SurveyResponse = {
      id: crypto.randomUUID(),
      surveyId: model.id,
      locale: this.language,
      startedAt: this.startedAt,
      completedAt: new Date().toISOString(),
      data,
    };
    this.completed = response;
    this.draft.clear();
    emit(this, 'devisus-complete', { response });
    if (this.outbox) {
      this.delivery = { state: 'queued' };
      const kept = this.outbox.add(response);
      if (!kept.ok) this.notice = this.t('done.storage');
    } else {
      this.delivery = { state: 'local' };
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#completed-title')?.focus());
  }

  private delivered(response: SurveyResponse, result: DeliveryResult): void {
    this.refused = this.outbox?.refused() ?? [];
    if (result.outcome === 'delivered') emit(this, 'devisus-delivered', { id: response.id, status: result.status });
    if (this.completed?.id !== response.id) return;
    this.delivery =
      result.outcome === 'delivered'
        ? { state: 'sent' }
        : result.outcome === 'rejected'
          ? { state: 'rejected', status: result.status }
          : { state: 'queued' };
    if (result.outcome === 'rejected')
      emit(this, 'devisus-error', { message: this.refusal({ response, lastStatus: result.status }) });
  }

  private download(response: SurveyResponse): void {
    download(
      `${response.surveyId}-${response.completedAt.slice(0, 10)}.json`,
      [JSON.stringify(response, null, 2)],
      'application/json',
    );
  }

  // ------------------------------------------------------------------ drafts

  private restoreDraft(): void {
    const draft = this.draft.restore();
    if (!draft || Object.keys(this.values).length) return;
    this.values = { ...draft.data };
    this.page = draft.page;
    this.startedAt = draft.startedAt;
    this.notice = this.t('draft.restored');
  }

  private saveDraft(): void {
    if (!this.model || this.completed) return;
    this.draft.save({ data: this.values, page: this.page, startedAt: this.startedAt });
    if (this.draft.refused) this.notice = this.t(this.draft.refused);
  }
}

/**
 * Refuses, naming the question, what the schema alone would report only by path: a type this
 * survey cannot show, a name used twice, a condition that cannot be read.
 */
function checkElements(raw: unknown): void {
  const names = new Set<string>();
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements as Record<string, unknown>[]) {
      if (!element || typeof element !== 'object') continue;
      const name = String(element.name ?? '?');
      if (typeof element.type === 'string' && !(QUESTION_TYPES as readonly string[]).includes(element.type)) {
        throw new ProblemError({ key: 'error.unknownType', values: { name, type: element.type } });
      }
      if (names.has(name)) throw new ProblemError({ key: 'error.duplicateName', values: { name } });
      names.add(name);
      for (const kind of ['visibleIf', 'enableIf', 'requiredIf']) {
        if (typeof element[kind] === 'string') compileChecked(name, element[kind] as string);
      }
      for (const validator of Array.isArray(element.validators)
        ? (element.validators as Record<string, unknown>[])
        : []) {
        const text = validator?.type === 'expression' && String(validator.expression ?? '').trim();
        if (text) compileChecked(name, text);
      }
      walk(element.elements);
    }
  };
  const json = raw as { pages?: Record<string, unknown>[]; elements?: unknown } | null;
  if (!json || typeof json !== 'object') return;
  walk(json.elements);
  for (const page of Array.isArray(json.pages) ? json.pages : []) {
    if (typeof page?.visibleIf === 'string') compileChecked(String(page.name ?? '?'), page.visibleIf);
    walk(page?.elements);
  }
}

function compileChecked(name: string, text: string): CompiledExpression {
  try {
    return compileExpression(text);
  } catch (error) {
    // Said in the reader's language: the key of the problem (expr.<code>) is looked up by the message.
    const { code, token, position } = error as ExpressionError;
    throw new ProblemError({
      key: 'error.expression',
      values: { name, code, token, position: position + 1 },
      cause: error,
    });
  }
}

function compileConditions(model: SurveyModel): Conditions {
  const conditions: Conditions = {
    visibleIf: new Map(),
    enableIf: new Map(),
    requiredIf: new Map(),
    pageVisibleIf: new Map(),
  };
  for (const question of model.questions.values()) {
    for (const kind of ['visibleIf', 'enableIf', 'requiredIf'] as const) {
      const text = question.json[kind];
      if (typeof text === 'string' && text.trim())
        conditions[kind].set(question.name, compileChecked(question.name, text));
    }
  }
  model.pages.forEach((page, index) => {
    if (page.visibleIf) conditions.pageVisibleIf.set(index, compileChecked(page.name, page.visibleIf));
  });
  return conditions;
}
