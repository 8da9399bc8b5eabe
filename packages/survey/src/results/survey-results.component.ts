import { download } from '@devisus/core/files';
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import * as v from 'valibot';
import {
  DataSource,
  DevisusElement,
  fetchJson,
  fetchText,
  foreignLanguage,
  formatNumber,
  localizedContent,
  ProblemError,
  validate,
  type LocalizedText,
} from '@devisus/core';
import { answerable, buildModel, toText, type Question, type SurveyModel } from '../definition/model.js';
import { surveySchema, type SurveyText } from '../definition/schema.js';
import { barChart } from './bar-chart.js';
import { CsvError, readCsv, responsesSchema, toAnswers } from './responses.js';
import {
  FILTER_TYPES,
  filterResponses,
  summarize,
  summarizeAll,
  summaryCsv,
  type Answers,
  type ChoiceSummary,
  type MatrixSummary,
  type QuestionSummary,
  type RankingSummary,
  type Share,
  type Stats,
  type TextSummary,
} from './summarize.js';
import { surveyResultsStyles } from './survey-results.styles.js';
import { SURVEY_RESULTS_NAMESPACE } from './translations.js';

/** A survey and the answers of each of its responses, once read and checked. */
export interface SurveyResultsData {
  model: SurveyModel;
  responses: Answers[];
}

/**
 * Results shown only for the responses whose answer to `question` is `answer`, a key of the
 * question's lines: `c:<choice value>`, `other`, `none`, `true` or `false` (yes/no questions), or
 * `u:<value>` for a value the survey does not list. Without `answer`, every response counts.
 */
export interface ResultsFilter {
  question: string;
  answer?: string;
}

interface View {
  filterable: Question[];
  filterQuestion?: Question;
  options: Share[];
  active: boolean;
  matched: number;
  summaries: QuestionSummary[];
}

/** The survey and the responses are checked together, so that a problem in either names its path. */
const resultsSchema = v.pipe(
  v.object({ survey: surveySchema, responses: responsesSchema }),
  v.transform(({ survey, responses }): SurveyResultsData => {
    const model = buildModel(survey);
    return { model, responses: toAnswers(model, responses) };
  }),
);

/** A CSV export's text, kept as it is until the survey that says what its columns mean is known. */
class CsvExport {
  constructor(readonly text: string) {}
}

/** Reads a CSV export against the survey; an invalid survey is named by the validation that follows. */
function readExport(text: string, survey: unknown): unknown {
  const checked = validate(surveySchema, survey);
  if (!checked.ok) return [];
  try {
    return readCsv(text, buildModel(checked.value));
  } catch (error) {
    if (error instanceof CsvError) throw new ProblemError({ key: error.key, values: error.values });
    throw error;
  }
}

/** Text lists show this many answers until the reader asks for all. */
const FIRST_ANSWERS = 50;

/**
 * @tag devisus-survey-results
 * @summary A survey's results, question by question: counts and percentages as bars and tables,
 * means and medians, matrix grids, average ranks and the texts given, with a filter and a CSV export.
 *
 * The survey comes from the `survey` property, else `survey-src`, else the DEVISUS survey. The
 * responses come from the `data` property, an inline `<script type="application/json">` or `src`:
 * JSON (an array of response records or of SurveyJS `data` objects) or, for a `src` ending in
 * .csv, a CSV export (ours, LimeSurvey's or SurveyMonkey's).
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
export class SurveyResults extends DevisusElement<SurveyResultsData> {
  static override styles = [...DevisusElement.styles, surveyResultsStyles];
  protected static override namespaces = [SURVEY_RESULTS_NAMESPACE];

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

  private memo?: { value: SurveyResultsData; question?: string; answer?: string; view: View };

  /** No responses given: nothing to show but the empty state (with the survey's title). */
  protected override loadDefault(): Promise<unknown> {
    return Promise.resolve([]);
  }

  /** The survey the responses answer: `survey`, else `survey-src`, else the DEVISUS survey. */
  protected readonly surveySource = new DataSource(this, (signal) => {
    if (this.survey != null) return this.survey;
    if (this.surveySrc) return fetchJson(this.surveySrc, signal);
    return import('@devisus/content/survey').then(
      (module: { devisusSurvey: unknown }) => module.devisusSurvey,
      (cause: unknown) => {
        throw new ProblemError({ key: 'error.defaultContent', cause });
      },
    );
  });

  /** The survey first: its problem is the one told when both fail, and responses wait for it. */
  protected override get sources(): readonly DataSource[] {
    return [this.surveySource, this.source];
  }

  /** A `src` ending in .csv is a spreadsheet export, read once the survey says what its columns mean. */
  protected override async fetchSource(url: string, signal: AbortSignal): Promise<unknown> {
    if (!/\.csv([?#]|$)/i.test(url)) return fetchJson(url, signal);
    return new CsvExport(await fetchText(url, signal, 'text/csv'));
  }

  protected override prepare(raw: unknown): unknown {
    const survey = this.surveySource.raw;
    return { survey, responses: raw instanceof CsvExport ? readExport(raw.text, survey) : raw };
  }

  protected override isEmpty(value: SurveyResultsData): boolean {
    return value.responses.length === 0;
  }

  protected override renderEmpty(): unknown {
    const title = this.localize(this.value?.model.title);
    return title ? this.t('emptyFor', { title }) : this.t('empty');
  }

  /** The figures of each question, for the responses the filter keeps. */
  get summaries(): QuestionSummary[] {
    return this.value ? this.view(this.value).summaries : [];
  }

  /**
   * The summary shown (filter included) as CSV, for spreadsheets. Columns: question, title, answer,
   * count, percentage, mean, median. Each question starts with a row with an empty answer whose
   * count is how many respondents answered it (the base of its percentages), with the mean and
   * median of rating and number questions; then one row per answer (matrix: per "row: column",
   * percentages within the row; ranking: per item, count and percentage of first places, mean and
   * median rank). Cells a spreadsheet would run as formulas are prefixed with an apostrophe.
   */
  exportCSV(): string {
    if (!this.value) return '';
    return summaryCsv(this.summaries, {
      title: (question) => this.localize(question.title),
      answer: (question, share) => this.answerLabel(question, share),
      text: (text) => this.localize(text),
    });
  }

  /** Offers the summary as a CSV file download. */
  downloadCSV(): void {
    const csv = this.exportCSV();
    if (!csv) return;
    // The byte order mark lets spreadsheet programs read accents right.
    download(`${this.value?.model.id ?? 'survey'}-results.csv`, ['\uFEFF', csv], 'text/csv;charset=utf-8');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('survey') || changed.has('surveySrc')) this.surveySource.load();
    super.willUpdate(changed);
  }

  /** The filtered responses' figures, worked out once per responses and filter (labels are resolved when shown). */
  private view(value: SurveyResultsData): View {
    const { question, answer } = this.filter ?? {};
    const memo = this.memo;
    if (memo && memo.value === value && memo.question === question && memo.answer === answer) return memo.view;
    const filterable = answerable(value.model).filter((candidate) => FILTER_TYPES.includes(candidate.type));
    const filterQuestion = filterable.find((candidate) => candidate.name === question);
    const options = filterQuestion ? (summarize(filterQuestion, value.responses) as ChoiceSummary).rows : [];
    const active = Boolean(filterQuestion && options.some((option) => option.key === answer));
    const matched = active ? filterResponses(filterQuestion!, value.responses, answer!) : value.responses;
    const view: View = {
      filterable,
      filterQuestion,
      options,
      active,
      matched: matched.length,
      summaries: summarizeAll(value.model, matched),
    };
    this.memo = { value, question, answer, view };
    return view;
  }

  protected renderReady(value: SurveyResultsData): unknown {
    const view = this.view(value);
    const total = value.responses.length;
    const number = this.number(total);
    const title = this.localize(value.model.title);
    return html`<div class="results" lang=${this.uiLang ?? nothing}>
      ${title ? html`<h2 part="title" class="title">${localizedContent(value.model.title, this.language)}</h2>` : nothing}
      <div class="toolbar">
        ${this.renderFilter(view)}
        <button type="button" part="export" class="export" @click=${() => this.downloadCSV()}>
          ${this.t('exportCsv')}
        </button>
      </div>
      <p part="count" class="count" role="status">
        ${
          view.active
            ? this.t('countFiltered', { count: total, number, shown: this.number(view.matched) })
            : this.t('count', { count: total, number })
        }
      </p>
      ${
        view.matched
          ? view.summaries.map((summary, index) => this.renderQuestion(summary, `q${index}`))
          : html`<p class="no-match">${this.t('noMatch')}</p>`
      }
    </div>`;
  }

  private renderFilter(view: View) {
    const selected = view.filterQuestion;
    return html`<fieldset part="filter" class="filter">
      <legend>${this.t('filter.legend')}</legend>
      <label for="filter-question">${this.t('filter.question')}</label>
      <select id="filter-question" @change=${this.onFilterQuestion}>
        <option value="" ?selected=${!selected}>${this.t('filter.all')}</option>
        ${view.filterable.map(
          (question) =>
            html`<option value=${question.name} ?selected=${question === selected}>
              ${this.localize(question.title)}
            </option>`,
        )}
      </select>
      ${
        selected
          ? html`<label for="filter-answer">${this.t('filter.answer')}</label>
              <select id="filter-answer" @change=${this.onFilterAnswer}>
                <option value="" ?selected=${!view.active}>${this.t('filter.chooseAnswer')}</option>
                ${view.options.map(
                  (option) =>
                    html`<option value=${option.key} ?selected=${view.active && option.key === this.filter?.answer}>
                      ${this.answerLabel(selected, option)}
                    </option>`,
                )}
              </select>
              <button type="button" class="clear" @click=${() => (this.filter = undefined)}>
                ${this.t('filter.clear')}
              </button>`
          : nothing
      }
    </fieldset>`;
  }

  private readonly onFilterQuestion = (event: Event) => {
    const question = (event.target as HTMLSelectElement).value;
    this.filter = question ? { question } : undefined;
  };

  private readonly onFilterAnswer = (event: Event) => {
    const answer = (event.target as HTMLSelectElement).value;
    if (this.filter) this.filter = { question: this.filter.question, answer: answer || undefined };
  };

  private renderQuestion(summary: QuestionSummary, id: string) {
    const { question, answered, unanswered } = summary;
    const title = this.localize(question.title);
    const base = [
      this.t('answered', { count: answered, number: this.number(answered) }),
      ...(unanswered ? [this.t('unanswered', { count: unanswered, number: this.number(unanswered) })] : []),
    ].join(' · ');
    return html`<section part="question" class="question ${summary.kind}" aria-labelledby=${id}>
      <h3 id=${id}>${localizedContent(question.title, this.language)}</h3>
      <p class="base">${base}</p>
      ${answered ? this.renderBody(summary, id, title) : html`<p class="none">${this.t('noAnswers')}</p>`}
    </section>`;
  }

  private renderBody(summary: QuestionSummary, id: string, title: string) {
    switch (summary.kind) {
      case 'choice':
        return html`${this.renderShares(summary.question, summary.rows, id, this.t('caption', { title }))}
        ${summary.multiple ? html`<p class="note">${this.t('multiple')}</p>` : nothing}
        ${
          summary.others.length
            ? html`<h4 class="others">
                  ${this.t('otherAnswers', { other: this.answerLabel(summary.question, { key: 'other', kind: 'other', count: 0, share: 0 }) })}
                </h4>
                ${this.renderTexts(summary.question.name + '-Comment', summary.others)}`
            : nothing
        }`;
      case 'rating':
        return html`${this.renderStats(summary.stats)}
        ${this.renderShares(summary.question, summary.rows, id, this.t('caption', { title }))}`;
      case 'number':
        return this.renderStats(summary.stats);
      case 'matrix':
        return this.renderMatrix(summary, title);
      case 'ranking':
        return this.renderRanking(summary, id, title);
      case 'text':
        return this.renderTexts(summary.question.name, (summary as TextSummary).answers);
    }
  }

  /** Bars, then the table with the same figures; the bars are labelled by the table's caption. */
  private renderShares(question: Question, rows: Share[], id: string, caption: string) {
    const percent = (share: number) => this.number(share, { style: 'percent', maximumFractionDigits: 1 });
    const labelled = rows.map((row) => ({ row, label: this.answerLabel(question, row) }));
    return html`${barChart(
        labelled.map(({ row, label }) => ({
          label,
          share: row.share,
          figure: this.t('figure', { percent: percent(row.share), number: this.number(row.count) }),
        })),
        `${id}-caption`,
      )}
      <table part="table">
        <caption id="${id}-caption">
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('choice')}</th>
            <th scope="col">${this.t('count')}</th>
            <th scope="col">${this.t('percentage')}</th>
          </tr>
        </thead>
        <tbody>
          ${labelled.map(
            ({ row, label }) =>
              html`<tr>
                <th scope="row" lang=${(row.kind === 'choice' && foreignLanguage(row.text, this.language)) || nothing}>
                  ${label}
                </th>
                <td>${this.number(row.count)}</td>
                <td>${percent(row.share)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  private renderStats(stats: Stats) {
    const figure = (value: number | null) => (value === null ? '–' : this.number(value, { maximumFractionDigits: 2 }));
    return html`<dl part="stats" class="stats">
      <div>
        <dt>${this.t('stats.mean')}</dt>
        <dd>${figure(stats.mean)}</dd>
      </div>
      <div>
        <dt>${this.t('stats.median')}</dt>
        <dd>${figure(stats.median)}</dd>
      </div>
      <div>
        <dt>${this.t('stats.count')}</dt>
        <dd>${this.number(stats.count)}</dd>
      </div>
    </dl>`;
  }

  private renderMatrix(summary: MatrixSummary, title: string) {
    const caption = this.t('matrix.caption', { title });
    // A wide grid scrolls on its own; the region can take focus so that keyboards can scroll it too.
    return html`<div class="scroll" role="region" tabindex="0" aria-label=${caption}>
      <table part="table" class="matrix">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('matrix.row')}</th>
            ${summary.columns.map((column) => html`<th scope="col">${localizedContent(column.text, this.language)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${summary.rows.map(
            (row, index) =>
              html`<tr>
                <th scope="row">${localizedContent(row.text, this.language)}</th>
                ${summary.counts[index].map((count) => html`<td>${this.number(count)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRanking(summary: RankingSummary, id: string, title: string) {
    const rank = (value: number | null) => (value === null ? '–' : this.number(value, { maximumFractionDigits: 2 }));
    return html`${this.renderShares(summary.question, summary.first, id, this.t('ranking.firstCaption', { title }))}
      <table part="table" class="ranks">
        <caption>
          ${this.t('ranking.ranksCaption', { title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('ranking.item')}</th>
            <th scope="col">${this.t('ranking.average')}</th>
            <th scope="col">${this.t('ranking.median')}</th>
            <th scope="col">${this.t('ranking.ranked')}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.ranks.map(
            (item) =>
              html`<tr>
                <th scope="row">${localizedContent(item.text, this.language)}</th>
                <td>${rank(item.mean)}</td>
                <td>${rank(item.median)}</td>
                <td>${this.number(item.count)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  /** Text answers, as text (never HTML): the first 50, then all on request. */
  private renderTexts(key: string, answers: string[]) {
    const all = this.expanded.has(key);
    const shown = all ? answers : answers.slice(0, FIRST_ANSWERS);
    const more = answers.length > FIRST_ANSWERS;
    return html`<ul part="answers" class="answers">
        ${shown.map((answer) => html`<li>${answer}</li>`)}
      </ul>
      ${
        more
          ? html`<p class="more">
              ${
                all
                  ? nothing
                  : html`<span
                      >${this.t('shown', { shown: this.number(shown.length), total: this.number(answers.length) })}</span
                    >`
              }
              <button type="button" aria-expanded=${all ? 'true' : 'false'} @click=${() => this.toggle(key)}>
                ${
                  all
                    ? this.t('showFewer')
                    : this.t('showAll', { count: answers.length, number: this.number(answers.length) })
                }
              </button>
            </p>`
          : nothing
      }`;
  }

  private toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    this.expanded = expanded;
  }

  /** The label of one line of results, in the reader's language. */
  private answerLabel(question: Question, share: Share): string {
    const json = question.json;
    const own = (text: unknown, fallback: string) => this.localize(surveyText(text)) || this.t(fallback);
    switch (share.kind) {
      case 'other':
        return own(json.otherText, 'other');
      case 'none':
        return own(json.noneText, 'none');
      case 'true':
        return own(json.labelTrue, 'yes');
      case 'false':
        return own(json.labelFalse, 'no');
      default:
        return this.localize(share.text);
    }
  }

  private number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.language, value, options);
  }
}

/** A SurveyJS text property (`"…"` or `{ "default": "…", "fr": "…" }`) as LocalizedText, if it is one. */
function surveyText(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Object.values(value).every((text) => typeof text === 'string'))
    return toText(value as SurveyText);
  return undefined;
}
