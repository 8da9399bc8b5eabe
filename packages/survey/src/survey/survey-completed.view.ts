import { html, nothing } from 'lit';
import type { SurveyModel } from '../definition/model.js';
import type { OutboxEntry, SurveyResponse } from '../outbox/outbox.js';
import type { Delivery } from './delivery-controller.js';
import type { QuestionContext } from './questions.js';

/** What the views of a completed survey and of refused responses show, and what their buttons do. */
export interface DeliveryView {
  t: QuestionContext['t'];
  text: QuestionContext['text'];
  /** The sentence that says the server refused a response, when it was sent, and what to do. */
  refusal(entry: Pick<OutboxEntry, 'response' | 'lastStatus'>): string;
  /** Responses refused earlier, other than this visit's. */
  refused: OutboxEntry[];
  download(response: SurveyResponse): void;
  discard(id: string): void;
  notice: string;
  uiLang?: string;
}

/** Earlier responses the server refused (after a reload too): each with its download, until deleted. */
export function refusedView(view: DeliveryView) {
  return view.refused.map(
    (entry) =>
      html`<div part="refused" class="refused">
        <p id="refused-${entry.response.id}">${view.refusal(entry)}</p>
        <button
          type="button"
          aria-describedby="refused-${entry.response.id}"
          @click=${() => view.download(entry.response)}
        >
          ${view.t('done.download')}
        </button>
        <button
          type="button"
          aria-describedby="refused-${entry.response.id}"
          @click=${() => view.discard(entry.response.id)}
        >
          ${view.t('discard')}
        </button>
      </div>`,
  );
}

/** Once the survey is completed: what happened to the response, its download unless it was sent. */
export function completedView(view: DeliveryView, model: SurveyModel, response: SurveyResponse, delivery: Delivery) {
  const refused = delivery.state === 'rejected';
  const message = refused ? view.refusal({ response, lastStatus: delivery.status }) : view.t(`done.${delivery.state}`);
  // The heading says what happened: a refused response is not thanked for as if it were recorded.
  const title = refused
    ? view.t('done.rejectedTitle')
    : model.completedText
      ? view.text(model.completedText)
      : view.t('done.thanks');
  return html`<section
    part="completed"
    class="completed"
    aria-labelledby="completed-title"
    lang=${view.uiLang ?? nothing}
  >
    <h2 id="completed-title" tabindex="-1">${title}</h2>
    ${refused ? html`<p role="alert" class="refused">${message}</p>` : html`<p role="status">${message}</p>`}
    ${view.notice ? html`<p class="notice">${view.notice}</p>` : nothing}
    ${delivery.state !== 'sent' ? html`<button type="button" @click=${() => view.download(response)}>${view.t('done.download')}</button>` : nothing}
    ${refusedView(view)}
  </section>`;
}
