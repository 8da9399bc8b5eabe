import type { PropertyDeclarations, PropertyValues } from 'lit';
import {
  columnStyles,
  DataSource,
  DevisusElement,
  fetchJson,
  fetchText,
  foreignLanguage,
  formatNumber,
  localizedContent,
  ProblemError,
  scrollRegionStyles,
} from '@devisus/core';
import { answerLabel } from './answer-label.js';
import { READ_AS_NAMESPACE } from './infer/translations.js';
import {
  CsvExport,
  isCsvUrl,
  loadSummaryReader,
  resultsInput,
  resultsSchema,
  type SurveyResultsData,
} from './results-data.js';
import type { Count, QuestionSummary } from './summaries/summary.js';
import { downloadSummaryCsv, summaryCsv } from './summary-csv.js';
import { surveyResultsStyles } from './survey-results.styles.js';
import { SURVEY_RESULTS_NAMESPACE, type SurveyResultsKey } from './translations.js';
import { viewModel, type ResultsFilter, type ResultsViewModel } from './view-model.js';
import type { ResultsContext } from './views/results-context.js';
import { resultsView } from './views/results.view.js';

export type { SurveyResultsData } from './results-data.js';
export type { ResultsFilter } from './view-model.js';

/**
 * @tag devisus-survey-results
 * @summary A survey's results, question by question: counts and percentages as bars and tables,
 * means and medians, matrix grids, average ranks and the texts given, with a filter and a CSV export.
 *
 * The survey comes from the `survey` property, else `survey-src`, else the DEVISUS survey. The
 * responses come from the `data` property, an inline `<script type="application/json">` or `src`:
 * JSON (an array of response records or of SurveyJS `data` objects) or, for a `src` ending in
 * .csv, a CSV export (ours, LimeSurvey's, SurveyMonkey's, Google Forms' or KoboToolbox's; with no
 * `survey` nor `survey-src`, its questions are read from the file and each says how), or the public
 * summary of a @devisus/collector (GET /surveys/{id}/summary): counts made there, small ones
 * hidden, no filter.
 *
 * @csspart title - The survey's title.
 * @csspart filter - The filter by one question's answer.
 * @csspart count - How many responses the results are from (announced when it changes).
 * @csspart export - The button that downloads the summary as CSV.
 * @csspart question - One question's results.
 * @csspart stats - The mean, median and count of a rating or number question.
 * @csspart chart - A question's bar chart (an SVG image whose figures are in the table after it).
 * @csspart table - A table of figures.
 * @csspart answers - The list of text answers.
 */
export class SurveyResults extends DevisusElement<SurveyResultsData, SurveyResultsKey> {
  static override styles = [...DevisusElement.styles, columnStyles, scrollRegionStyles, surveyResultsStyles];
  protected static override namespaces = [SURVEY_RESULTS_NAMESPACE, READ_AS_NAMESPACE];

  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    surveySrc: { attribute: 'survey-src' },
    filter: { attribute: false },
    expanded: { state: true },
  };

  /** The survey as a SurveyJS JSON object. Wins over `survey-src`. */
  survey?: unknown;

  /** URL of the survey's SurveyJS JSON, used when no `survey` property is given; without either, the DEVISUS survey. */
  surveySrc?: string;

  /** Shows the results of the responses with one answer only, e.g. `{ question: 'role', answer: 'c:member' }`. */
  filter?: ResultsFilter;

  /** The questions whose text answers are all shown. */
  protected expanded: ReadonlySet<string> = new Set();

  protected readonly schema = resultsSchema;

  /** The filtered responses' figures, derived in willUpdate from the data and the filter. */
  private view?: ResultsViewModel;

  /** The survey the responses answer: `survey`, else `survey-src`, else the DEVISUS survey (in the reader's language where it is translated). */
  protected readonly surveySource = new DataSource(this, (signal) => {
    if (this.survey != null) return this.survey;
    if (this.surveySrc) return fetchJson(this.surveySrc, signal);
    const language = this.language;
    this.surveySource.readFor(language);
    return import('@devisus/content/survey').then(
      (module) => module.devisusSurveyIn(language),
      (cause: unknown) => {
        throw new ProblemError({ key: 'error.defaultContent', cause });
      },
    );
  });

  /** What the templates use: words, numbers and labels in the reader's language, and the controls' actions. */
  private readonly context: ResultsContext = {
    t: (key, options) => this.t(key, options),
    read: (key, options) => this.tData(key, options),
    localize: (text) => this.localize(text),
    text: (text) => localizedContent(text, this.language),
    foreign: (text) => foreignLanguage(text, this.language),
    number: (value, options) => formatNumber(this.language, value, options),
    count: (value) =>
      value === null
        ? this.t('fewer', { number: this.context.number(this.value?.published?.minCell ?? 0) })
        : this.context.number(value),
    answerLabel: (question, share) => answerLabel(this.context, question, share),
    expanded: (key) => this.expanded.has(key),
    toggle: (key) => this.toggle(key),
    setFilter: (filter) => (this.filter = filter),
    download: () => this.downloadCSV(),
  };

  /** The survey first: its problem is the one told when both fail, and responses wait for it. */
  protected override get sources(): readonly DataSource[] {
    return [this.surveySource, this.source];
  }

  /** No responses given: nothing to show but the empty state (with the survey's title). */
  protected override loadDefault(): Promise<unknown> {
    return Promise.resolve([]);
  }

  /** A collector's summary, from any source, first loads the code that reads it. */
  protected override readSource(signal: AbortSignal): unknown {
    const raw = super.readSource(signal);
    return raw instanceof Promise ? raw.then(loadSummaryReader) : loadSummaryReader(raw);
  }

  /** A `src` ending in .csv is a spreadsheet export, read once the survey says what its columns mean. */
  protected override async fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    if (!isCsvUrl(url)) return fetchJson(url, signal);
    return CsvExport.of(await fetchText(url, signal, 'text/csv'));
  }

  /** Given no survey, a CSV export's questions are read from the file itself; JSON responses take the DEVISUS survey. */
  protected override prepare(raw: unknown): unknown {
    const given = this.survey != null || Boolean(this.surveySrc);
    return resultsInput(given || !(raw instanceof CsvExport) ? this.surveySource.raw : undefined, raw);
  }

  protected override isEmpty(value: SurveyResultsData): boolean {
    return value.responses.length === 0 && !value.published;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('survey') || changed.has('surveySrc')) this.surveySource.load();
    // The DEVISUS survey comes in the reader's language where it is translated.
    else this.surveySource.follow(this.language);
    super.willUpdate(changed);
    this.view = this.value && viewModel(this.value, this.filter, this.view);
  }

  protected override renderEmpty(): unknown {
    const title = this.localize(this.value?.model.title);
    return title ? this.t('emptyFor', { title }) : this.t('empty');
  }

  protected renderReady(): unknown {
    return this.view && resultsView(this.context, this.view, this.uiLang);
  }

  /** The figures of each question, for the responses the filter keeps. */
  get summaries(): QuestionSummary<Count>[] {
    // Up to date between a new filter and the update it asks for, without keeping what it works out.
    return this.value ? viewModel(this.value, this.filter, this.view).summaries : [];
  }

  /**
   * The summary shown (filter included) as CSV, for spreadsheets. Columns: question, title, answer,
   * count, percentage, mean, median. Each question starts with a row with an empty answer whose
   * count is how many respondents answered it (the base of its percentages), with the mean and
   * median of rating and number questions; then one row per answer (matrix: per "row: column",
   * percentages within the row; ranking: per item, count and percentage of first places, mean and
   * median rank). Cells a spreadsheet would run as formulas are prefixed with an apostrophe. From a
   * collector's summary, a hidden count is written as `<` and the min-cell (`<5`), without a percentage.
   */
  exportCSV(): string {
    if (!this.value) return '';
    return summaryCsv(this.summaries, {
      title: (question) => this.localize(question.title),
      answer: this.context.answerLabel,
      text: (text) => this.localize(text),
      hidden: `<${this.value.published?.minCell}`,
    });
  }

  /** Offers the summary as a CSV file download. */
  downloadCSV(): void {
    const csv = this.exportCSV();
    if (csv) downloadSummaryCsv(this.value?.model.id ?? 'survey', csv);
  }

  private toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    this.expanded = expanded;
  }
}
