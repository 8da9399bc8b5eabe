import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import * as v from 'valibot';
import {
  columnStyles,
  DevisusElement,
  scaleStyles,
  scrollRegionStyles,
  type CoreKey,
  DevisusFormElement,
  internals,
  emit,
  formatDate,
  formatNumber,
  localizedContent,
  type Problem,
} from '@devisus/core';
import type { ImpactGridChangeDetail } from '../events.js';
import type { Answer, Answers, AssessmentFile } from '../framework/answers.js';
import { frameworkSchema, type Framework, type Indicator } from '../framework/schema.js';
import { assessmentCsv } from '../export/csv.js';
import { NetworkController } from '../network/network-controller.js';
import { computeScores, type Scores } from '../scoring/scores.js';
import { IMPACT_GRID_NAMESPACE, type ImpactGridKey } from '../translations.js';
import { AnswersController } from './answers-controller.js';
import { downloadCsv, downloadJson, readAssessmentFile } from './assessment-files.js';
import { ChartSize } from './chart-size.js';
import { Comparison } from './comparison.js';
import { missingAnswers, setFormValue } from './form-value.js';
import type { Notice } from './notice.js';
import { renderAssess } from './views/assess-view.js';
import { renderBrowse } from './views/browse-view.js';
import { renderResults } from './views/results-view.js';
import type { ViewContext } from './views/view-context.js';
import { impactGridStyles } from './impact-grid.styles.js';
import { assessStyles } from './views/assess.styles.js';
import { browseStyles } from './views/browse.styles.js';
import { resultsStyles } from './views/results.styles.js';

export type GridMode = 'assess' | 'browse' | 'results';

/**
 * @tag devisus-impact-grid
 * @summary A social impact / social utility self-assessment grid: an organisation answers it,
 * sees where it stands, keeps or sends its answers and measures its progress later.
 *
 * @event {CustomEvent<ImpactGridChangeDetail>} devisus-change - The answers changed: one answered (`cause: 'answer'`, with `name`, the indicator id, and `value`, its answer), a file imported (`cause: 'import'`) or the form reset (`cause: 'reset'`), with `name: null`; `detail.scores` has the new scores.
 * @csspart header - The grid's title and description.
 * @csspart progress - The list of dimensions with their completion.
 * @csspart dimension - The dimension being answered.
 * @csspart indicator - One indicator's fieldset.
 * @csspart actions - The buttons to export, import and switch views.
 * @csspart status - The line saying whether the answers are saved.
 * @csspart results - The results view.
 * @csspart chart - The radar chart's figure.
 * @csspart table - The table of scores by dimension.
 * @csspart share - The box that offers to share the scores with the network (with `share-url`).
 */
export class ImpactGrid extends DevisusFormElement<Framework, ImpactGridKey> {
  static override styles = [
    ...DevisusElement.styles,
    scaleStyles,
    columnStyles,
    scrollRegionStyles,
    impactGridStyles,
    assessStyles,
    resultsStyles,
    browseStyles,
  ];
  protected static override namespaces = [IMPACT_GRID_NAMESPACE];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    storageKey: { attribute: 'storage-key' },
    noAutosave: { attribute: 'no-autosave', type: Boolean },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    hideOverall: { attribute: 'hide-overall', type: Boolean },
    shareUrl: { attribute: 'share-url' },
    benchmarkSrc: { attribute: 'benchmark-src' },
    answers: { attribute: false, noAccessor: true },
    comparison: { attribute: false },
    current: { state: true },
    notice: { state: true },
  };

  /** `assess` (answer the grid), `browse` (read it, no inputs) or `results`. */
  mode: GridMode = 'assess';

  /** Where the draft is kept on this device; by default the framework's id and version. */
  storageKey?: string;

  /** Keeps nothing on the device: answers live only as long as the page. */
  noAutosave = false;

  /** The form field name: the form then receives the answers as JSON. */
  name?: string;

  /** Makes the form invalid until every indicator but the texts is answered or marked not applicable. */
  required = false;

  /** Hides the overall score: many networks refuse to sum an organisation up in one figure. */
  hideOverall = false;

  /**
   * A collector's address for this grid's assessments (`…/grids/<grid id>/assessments`): the
   * results then offer to share the scores, anonymously, once the person ticks a consent box, and
   * show the network's median and middle half beside each score.
   */
  shareUrl?: string;

  /** Where the network's benchmark is, when not next to `share-url` (`…/grids/<grid id>/benchmark`). */
  benchmarkSrc?: string;

  /**
   * The answers, by indicator id: `{ value, comment?, na?, revisit? }`. Answers set here win over a
   * stored draft. They are checked against the grid: answers to unknown indicators, values of the
   * wrong type or not one of the levels are left out, and the element says which and why.
   */
  get answers(): Answers {
    return this.answersController.answers;
  }
  set answers(value: Answers) {
    this.answersController.give(value ?? {});
  }

  /**
   * An earlier assessment (as exported) to draw beside the current one in the results. One of
   * another grid is refused, one of another version of this grid is drawn with a note; answers the
   * grid cannot use are left out, and the element says so.
   */
  comparison?: AssessmentFile;

  /** The index of the dimension being answered. */
  protected current = 0;
  protected notice?: Notice;

  private readonly answersController = new AnswersController(this, {
    framework: () => this.value,
    draftKey: () => this.draftKey,
    autosave: () => !this.noAutosave,
    notify: (notice) => (this.notice = notice),
  });
  private readonly network = new NetworkController(this);
  private readonly compared = new Comparison();
  private readonly chartSize = new ChartSize(this, '.chart');

  protected readonly schema = frameworkSchema;

  protected override loadDefault(language: string): Promise<unknown> {
    return import('@devisus/content/impact-framework').then((module) => module.devisusFrameworkIn(language));
  }

  protected override isEmpty(framework: Framework): boolean {
    return framework.dimensions.length === 0;
  }

  protected override renderEmpty(): unknown {
    return this.t('empty');
  }

  /** Scores on a 0-100 scale: `{ overall, dimensions: { id: n }, criteria: { id: n } }`, null where nothing was answered. */
  get scores(): Scores {
    return this.value ? computeScores(this.value, this.answers) : { overall: null, dimensions: {}, criteria: {} };
  }

  /** The assessment as a JSON-ready object: framework id and version, date, answers and scores. */
  exportAssessment(): AssessmentFile & { scores: Scores } {
    const framework = this.value;
    return {
      framework: { id: framework?.id ?? '', version: framework?.version ?? '' },
      date: new Date().toISOString(),
      answers: structuredClone(this.answers),
      scores: this.scores,
    };
  }

  /** The assessment as CSV, one row per indicator. */
  exportCSV(): string {
    return this.value ? assessmentCsv(this.value, this.answers, (text) => this.localize(text)) : '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `value` (the checked grid) is protected, so the typed map does not name it: ask the plain one.
    const anyChanged: PropertyValues = changed;
    const newGrid = anyChanged.has('value');
    this.answersController.update(newGrid);
    if (this.value && this.compared.isNew(this.comparison)) {
      const notice = this.compared.check(this.value, this.comparison, (problem) => this.describe(problem));
      if (notice) this.notice = notice;
    }
    if (changed.has('answers') || changed.has('required') || newGrid) this.updateForm();
    if (this.value && this.current >= this.value.dimensions.length) this.current = 0;
  }

  /** @internal The browser calls it when the form is reset: the answers are cleared. */
  formResetCallback(): void {
    this.answersController.replaceAll({});
    this.changed('reset');
  }

  /** @internal The browser calls it to restore the form's value (back-forward cache, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.answers = v.parse(v.record(v.string(), v.any()), JSON.parse(state)) as Answers;
    } catch {
      // A state we did not write: keep the current answers.
    }
  }

  /** The key of this framework's draft on the device. */
  get draftKey(): string {
    return this.storageKey || (this.value ? `${this.value.id}@${this.value.version}` : '');
  }

  protected renderReady(framework: Framework): unknown {
    const context = this.viewContext(framework);
    const view =
      this.mode === 'browse'
        ? renderBrowse(context)
        : this.mode === 'results'
          ? renderResults(context)
          : renderAssess(context);
    return html`<div class="grid column" lang=${this.uiLang ?? nothing}>
      <header part="header">
        <h2 class="title">${localizedContent(framework.title, this.language)}</h2>
        ${framework.description ? html`<p class="description">${localizedContent(framework.description, this.language)}</p>` : nothing}
      </header>
      ${view}
    </div>`;
  }

  /** What the views need, so that they stay plain functions in files of their own. */
  private viewContext(framework: Framework): ViewContext {
    return {
      framework,
      answers: this.answers,
      scores: this.scores,
      current: this.current,
      hideOverall: this.hideOverall,
      comparison: this.compared.file,
      notice: this.notice,
      autosave: !this.noAutosave,
      shareUrl: this.shareUrl,
      network: this.network,
      chartRoom: this.chartSize.room,
      chartDraw: this.chartSize.draw,
      share: () => void this.network.share(this.exportAssessment().framework, this.scores),
      t: (key: ImpactGridKey | CoreKey, options?: Record<string, unknown>) => this.t(key, options),
      localize: (text: Parameters<ImpactGrid['localize']>[0]) => this.localize(text),
      text: (text: Parameters<ImpactGrid['localize']>[0]) => localizedContent(text, this.language),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(this.language, value, options),
      date: (value: string) => formatDate(this.language, value, { dateStyle: 'medium' }),
      setAnswer: (indicator: Indicator, patch: Partial<Answer>) => this.setAnswer(indicator, patch),
      goTo: (index: number) => this.goTo(index),
      setMode: (mode: GridMode) => this.setMode(mode),
      exportJson: () => downloadJson(this.value?.id, this.exportAssessment()),
      exportCsv: () => downloadCsv(this.value?.id, this.exportCSV()),
      importFile: (file: File, as: 'answers' | 'comparison') => this.importFile(file, as),
      stopComparing: () => (this.comparison = undefined),
    };
  }

  private setAnswer(indicator: Indicator, patch: Partial<Answer>): void {
    const answer = this.answersController.answer(indicator, patch);
    this.changed('answer', indicator.id, answer);
  }

  private changed(cause: ImpactGridChangeDetail['cause'], name: string | null = null, value?: Answer): void {
    emit<ImpactGridChangeDetail>(this, 'devisus-change', { cause, name, value, scores: this.scores });
  }

  /** A validation problem in a file, as one phrase: `framework.id: …`. */
  private describe(problem: Problem): string {
    return `${problem.path || '/'}: ${this.tData(problem.key, { ...problem.values, path: problem.path })}`;
  }

  private goTo(index: number): void {
    this.current = index;
    // Move focus to the new dimension's heading so keyboard and screen reader users follow.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#dimension-title')?.focus());
  }

  private setMode(mode: GridMode): void {
    this.mode = mode;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h3[tabindex]')?.focus());
  }

  private updateForm(): void {
    const missing = this.value && this.required ? missingAnswers(this.value, this.answers) : 0;
    setFormValue(this[internals], this.answers, missing, () => ({
      message: this.t('form.incomplete', { count: missing }),
      // An anchor lets the browser focus the grid and show its message when it refuses to submit.
      anchor:
        this.renderRoot?.querySelector<HTMLElement>('[part="indicator"] input, [part="progress"] button') ?? undefined,
    }));
  }

  private async importFile(file: File, as: 'answers' | 'comparison'): Promise<void> {
    const read = await readAssessmentFile(this.value!, file, as, (problem) => this.describe(problem));
    if (read.file && as === 'comparison') {
      this.comparison = read.file;
      this.compared.take(read.file);
    } else if (read.file) {
      this.answersController.replaceAll(read.file.answers);
    }
    // After the draft's own notice: the file's says more.
    this.notice = read.notice;
    if (read.file && as === 'answers') this.changed('import');
  }
}
