import { html, nothing } from 'lit';
import type { SurveyModel } from '../definition/model.js';
import type { PagePlace } from './paging-controller.js';
import { questionId, renderQuestion, type QuestionContext } from './questions.js';

/** What a page of the survey shows, and what its controls do. */
export interface FormView {
  model: SurveyModel;
  place: PagePlace;
  questions: QuestionContext;
  errors: ReadonlyMap<string, string>;
  /** A message about the draft or the device's storage. */
  notice: string;
  /** What screen readers are told politely (a ranked item's new place). */
  announcement: string;
  /** The responses refused earlier, drawn by their own view. */
  refused: unknown;
  uiLang?: string;
  submit(): void;
  back(): void;
  /** The respondent picked one of the survey's languages. */
  pickLanguage(language: string): void;
  /** A link of the error summary was followed. */
  focusQuestion(name: string): void;
}

/** One page of the survey as a form: its texts, questions and the Back / Next (or Send) buttons. */
export function formView(view: FormView) {
  const { model, place, questions: context } = view;
  const page = model.pages[place.index];
  const { t, text } = context;
  return html`<form
    class="survey"
    novalidate
    lang=${view.uiLang ?? nothing}
    @submit=${(event: Event) => {
      event.preventDefault();
      view.submit();
    }}
  >
    ${model.title ? html`<h2 class="title">${text(model.title)}</h2>` : nothing} ${languagesView(view)}
    ${model.description && place.position === 0 ? html`<p class="description">${text(model.description)}</p>` : nothing}
    ${view.notice ? html`<p class="notice" role="status">${view.notice}</p>` : nothing} ${view.refused}
    ${
      model.showProgressBar && place.pages.length > 1
        ? html`<div part="progress" class="progress">
            <p>${t('progress', { current: place.position + 1, total: place.pages.length })}</p>
            <progress max=${place.pages.length} .value=${place.position + 1} aria-hidden="true"></progress>
          </div>`
        : nothing
    }
    ${view.errors.size ? errorSummaryView(view) : nothing}
    ${page.title ? html`<h3 class="page-title" tabindex="-1">${text(page.title)}</h3>` : nothing}
    ${page.description ? html`<p class="description">${text(page.description)}</p>` : nothing}
    ${page.elements.map((name) => renderQuestion(context, context.question(name)))}
    <div part="navigation" class="navigation">
      ${place.position > 0 ? html`<button type="button" @click=${() => view.back()}>${t('back')}</button>` : nothing}
      <button type="submit" class="primary">${t(place.last ? 'complete' : 'next')}</button>
    </div>
    <p class="visually-hidden" role="status">${view.announcement}</p>
  </form>`;
}

/** When the survey is written in several languages, the respondent may pick one. */
function languagesView({ model, questions: context, pickLanguage }: FormView) {
  const languages = model.languages;
  if (languages.length < 2) return nothing;
  const current = languages.find((language) => context.lang.toLowerCase().startsWith(language)) ?? languages[0];
  const picked = (event: Event) => event.target instanceof HTMLSelectElement && pickLanguage(event.target.value);
  return html`<label class="languages"
    >${context.t('languages')}
    <select @change=${picked}>
      ${languages.map(
        (language) =>
          html`<option value=${language} ?selected=${language === current} lang=${language}>
            ${new Intl.DisplayNames([language], { type: 'language' }).of(language)}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The page's problems, each a link to its question. */
function errorSummaryView({ errors, questions: context, focusQuestion }: FormView) {
  return html`<div
    part="error-summary"
    class="error-summary"
    role="alert"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <h3 id="error-summary-title">${context.t('summary.title')}</h3>
    <ul>
      ${[...errors].map(
        ([name, message]) =>
          html`<li>
            <a
              href="#${questionId(name)}"
              @click=${(event: Event) => {
                event.preventDefault();
                focusQuestion(name);
              }}
              >${context.text(context.question(name).title)}: ${message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
