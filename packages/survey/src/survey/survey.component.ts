import type { PropertyDeclarations, PropertyValues } from 'lit';
import * as v from 'valibot';
import {
  DevisusElement,
  DraftController,
  createStore,
  emit,
  formatDate,
  localizedContent,
  type LocalizedText,
  type Store,
} from '@devisus/core';
import { toText } from '../definition/model.js';
import { fire, type SurveyChangeDetail } from '../events.js';
import { isEmpty } from '../expressions/index.js';
import { outboxStore, type OutboxEntry, type SurveyResponse } from '../outbox/outbox.js';
import { SURVEY_NAMESPACE, type SurveyKey } from '../translations.js';
import { misfits } from './answer-shapes.js';
import { downloadResponse, downloadSetAside, keptRecords } from './kept-records.js';
import { DeliveryController } from './delivery-controller.js';
import { checksLoaded, loadChecks, surveyEngineSchema, type SurveyEngine } from './engine.js';
import { focusAfterUpdate, PagingController, type PagePlace } from './paging-controller.js';
import type { QuestionContext } from './questions.js';
import { completedView, keptView, type DeliveryView } from './survey-completed.view.js';
import { formView } from './survey-form.view.js';
import { surveyStyles } from './survey.styles.js';
import { piping, preload, type Piping } from './types/lazy.js';

/** What a person has answered so far, kept on the device; checked when read back (storage holds anything). */
const draftSchema = v.object({
  data: v.record(v.string(), v.unknown()),
  // Any number: the paging shows the nearest page that exists.
  page: v.number(),
  // It goes into the response, which is refused without a real timestamp.
  startedAt: v.pipe(v.string(), v.isoTimestamp()),
});
type Draft = v.InferOutput<typeof draftSchema>;

const drafts: Store<Draft> = createStore<Draft>({ name: 'survey-draft', version: 1 });

/**
 * @tag devisus-survey
 * @summary A questionnaire in SurveyJS's JSON format that loses nothing: drafts kept as they are
 * typed, responses kept on the device until the site's server confirms them.
 *
 * @event {CustomEvent<SurveyChangeDetail>} devisus-change - An answer changed.
 * @event {CustomEvent<SurveyCompleteDetail>} devisus-complete - The survey was completed.
 * @event {CustomEvent<SurveyDeliveredDetail>} devisus-delivered - The server accepted a response.
 * @csspart progress - The progress bar and page count.
 * @csspart error-summary - The list of problems shown when a page is not complete.
 * @csspart question - One question.
 * @csspart navigation - The Back / Next / Send buttons.
 * @csspart completed - What is shown once the survey is completed.
 * @csspart refused - A response the server refused, still kept on this device, with its download.
 */
export class DevisusSurvey extends DevisusElement<SurveyEngine, SurveyKey> {
  static override styles = [...DevisusElement.styles, surveyStyles];
  protected static override namespaces = [SURVEY_NAMESPACE];

  static override properties: PropertyDeclarations = {
    action: {},
    storageKey: { attribute: 'storage-key' },
    noAutosave: { attribute: 'no-autosave', type: Boolean },
    answers: { attribute: false },
    completed: { state: true },
    announcement: { state: true },
    notice: { state: true },
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

  protected completed?: SurveyResponse;
  protected announcement = '';
  protected notice = '';

  protected readonly schema = surveyEngineSchema;

  /**
   * The answers, in a record without prototype: a question may be named `__proto__`, `constructor`
   * or `prototype`, and its answer is then kept like any other rather than read from Object.
   */
  private values: Record<string, unknown> = answerRecord();
  /** Whether the survey's default answers were given (once). */
  private defaulted = false;
  /** What was typed in number fields, by question: "3,50" stays as typed while it reads as the answer. */
  private readonly typed = new Map<string, string>();
  private startedAt = new Date().toISOString();
  private readonly paging = new PagingController(this);
  private readonly delivery = new DeliveryController(this, (entry) => this.refusal(entry));
  private readonly draft = new DraftController<Draft>(this, {
    store: drafts,
    key: () => this.draftKey(),
    enabled: () => !this.noAutosave,
    valid: (value): value is Draft => v.is(draftSchema, value),
  });

  // Derived in willUpdate from the survey, the answers, the page and the outbox.
  private place?: PagePlace;
  private questions?: QuestionContext;
  private deliveryShown?: DeliveryView;

  /** The answers so far, shaped as SurveyJS's `data`. */
  get answers(): Record<string, unknown> {
    // A plain object for the page (own properties only, so a `__proto__` answer stays an answer).
    return Object.fromEntries(Object.entries(this.values));
  }
  set answers(value: Record<string, unknown>) {
    this.values = answerRecord(value);
    this.requestUpdate();
  }

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/survey').then((module) => module.devisusSurveyIn(language));
  }

  protected override isEmpty(engine: SurveyEngine): boolean {
    return engine.model.questions.size === 0;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('action')) this.delivery.use(this.action);
    const engine = this.state === 'ready' ? this.value : undefined;
    if (!engine) return;
    this.restoreDraft();
    // SurveyJS's defaultValue: the answers a survey starts with, when nothing was answered or restored.
    if (!this.defaulted && !Object.keys(this.values).length) Object.assign(this.values, engine.defaults());
    this.defaulted = true;
    preload(engine.model.questions.values());
    this.place = this.paging.place(engine.visiblePages(this.values));
    this.questions = this.questionContext(engine);
    this.deliveryShown = this.deliveryView();
  }

  protected renderReady(engine: SurveyEngine): unknown {
    const { place, questions, deliveryShown } = this;
    if (!place || !questions || !deliveryShown) return undefined;
    if (this.completed)
      return completedView(deliveryShown, engine.model, this.completed, this.delivery.delivery ?? { state: 'local' });
    return formView({
      model: engine.model,
      place,
      questions,
      errors: this.paging.errors,
      notice: this.notice,
      announcement: this.announcement,
      refused: keptView(deliveryShown),
      uiLang: this.uiLang,
      submit: () => this.submit(engine, place),
      back: () => {
        this.paging.back(place);
        this.saveDraft();
      },
      pickLanguage: (language) => this.setAttribute('lang', language),
      focusQuestion: (name) => this.paging.focusQuestion(name),
    });
  }

  private questionContext(engine: SurveyEngine): QuestionContext {
    // `{name}` in texts: the piping code comes just after the survey (texts shown as written until then).
    const piped: Piping | undefined = piping(() => this.requestUpdate());
    const pipe = (text: LocalizedText | undefined) =>
      piped ? piped(text, this.values, engine.model, (choice) => this.localize(choice)) : text;
    return {
      t: (key, options) => this.t(key, options),
      localize: (text) => this.localize(pipe(text)),
      text: (text) => localizedContent(pipe(text), this.language),
      value: (name) => this.values[name],
      set: (name, value) => this.setAnswer(name, value),
      error: (name) => this.paging.errors.get(name),
      required: (question) => engine.required(question, this.values),
      enabled: (question) => engine.enabled(question, this.values),
      visible: (question) => engine.visible(question, this.values),
      question: (name) => engine.model.questions.get(name)!,
      announce: (message) => (this.announcement = message),
      refresh: () => this.requestUpdate(),
      lang: this.language,
      typed: this.typed,
    };
  }

  private deliveryView(): DeliveryView {
    return {
      t: (key, options) => this.t(key, options),
      text: (text) => localizedContent(text, this.language),
      refusal: (entry) => this.refusal(entry),
      refused: this.delivery.refused.filter(({ response }) => response.id !== this.completed?.id),
      setAside: [
        ...(this.action ? keptRecords(outboxStore, this.action, () => this.requestUpdate()) : []),
        ...keptRecords(drafts, this.draftKey(), () => this.requestUpdate()),
      ],
      unreadable: (record) => this.t('kept.unreadable', { date: this.when(record.setAsideAt) }),
      download: downloadResponse,
      downloadSetAside: (record) => downloadSetAside(this.value?.model.id ?? 'survey', record),
      discard: (id) => this.delivery.discard(id),
      notice: this.notice,
      uiLang: this.uiLang,
    };
  }

  private setAnswer(name: string, value: unknown): void {
    if (isEmpty(value)) delete this.values[name];
    else this.values[name] = value;
    this.paging.answered(name);
    this.saveDraft();
    this.requestUpdate();
    emit<SurveyChangeDetail>(this, 'devisus-change', { cause: 'answer', name, value });
  }

  /** A page sent before the answer checks had come (their own chunk): checked once they are there. */
  private pendingCheck?: Promise<void>;

  /** Also waits for a page sent before the answer checks had come, so that its outcome is shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.pendingCheck) return done;
    await this.pendingCheck;
    return this.getUpdateComplete();
  }

  /** Next or Send: only once the page's problems are dealt with. */
  private submit(engine: SurveyEngine, place: PagePlace): void {
    if (!checksLoaded()) {
      this.pendingCheck ??= loadChecks().then(() => {
        this.pendingCheck = undefined;
        this.submit(engine, place);
      });
      return;
    }
    const problems = new Map<string, string>();
    for (const [name, problem] of engine.pageProblems(place.index, this.values, this.language)) {
      const custom = toText(problem.custom, engine.model.locale);
      problems.set(name, custom ? this.localize(custom) : this.t(problem.key, problem.values));
    }
    if (!this.paging.check(problems)) return;
    if (place.last) return this.complete(engine);
    this.paging.next(place);
    this.saveDraft();
  }

  private complete(engine: SurveyEngine): void {
    const response: SurveyResponse = {
      id: crypto.randomUUID(),
      surveyId: engine.model.id,
      locale: this.language,
      startedAt: this.startedAt,
      completedAt: new Date().toISOString(),
      // A plain object for the page (own properties, so that a `__proto__` answer stays an answer).
      data: Object.fromEntries(Object.entries(engine.response(this.values))),
    };
    this.completed = response;
    this.draft.clear();
    // What was said while answering (a restored draft, say) is no longer news.
    this.notice = '';
    fire(this, 'devisus-complete', { response });
    if (!this.delivery.send(response).ok) this.notice = this.t('done.storage');
    focusAfterUpdate(this, '#completed-title');
  }

  /** Says that the server refused a response, when it was sent, and what to do. */
  private refusal({ response, lastStatus }: Pick<OutboxEntry, 'response' | 'lastStatus'>): string {
    return this.t('done.rejected', { status: lastStatus, date: this.when(response.completedAt) });
  }

  /** A moment as the reader says it: "12 May 2025 at 09:30". */
  private when(iso: string): string {
    return formatDate(this.language, iso, { dateStyle: 'long', timeStyle: 'short' });
  }

  // ------------------------------------------------------------------ drafts

  /** Where the draft is kept: `storage-key`, else the survey's id. */
  private draftKey(): string {
    return this.storageKey || this.value?.model.id || 'survey';
  }

  private restoreDraft(): void {
    const draft = this.draft.restore();
    if (!draft || Object.keys(this.values).length) return;
    const values = answerRecord(draft.data);
    const wrong = misfits(this.value!.model, values);
    if (wrong.length) {
      // Kept whole for download; the answers that fit their questions come back.
      drafts.setAside(this.draftKey(), draft);
      for (const name of wrong) delete values[name];
    }
    this.values = values;
    this.paging.page = draft.page;
    this.startedAt = draft.startedAt;
    this.notice = this.t('draft.restored');
  }

  private saveDraft(): void {
    if (!this.value || this.completed) return;
    this.draft.save({ data: this.values, page: this.paging.page, startedAt: this.startedAt });
    if (this.draft.refused) this.notice = this.t(this.draft.refused);
  }
}

/** A copy of `answers` in a record without prototype, whatever the questions are named. */
function answerRecord(answers: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, answers);
}
