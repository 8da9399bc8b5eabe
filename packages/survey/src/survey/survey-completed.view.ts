import { html, nothing } from 'lit';
import type { SurveyModel } from '../definition/model.js';
import type { SetAsideRecord } from '@devisus/core';
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
  /** What the outbox or the draft held but could not be read: each kept for download until deleted. */
  setAside: { record: SetAsideRecord; forget(): void }[];
  /** The sentence that says a kept record could not be read, and when it was set aside. */
  unreadable(record: SetAsideRecord): string;
  download(response: SurveyResponse): void;
  downloadSetAside(record: SetAsideRecord): void;
  discard(id: string): void;
  notice: string;
  uiLang?: string;
}

/**
 * What this device keeps that is not part of this visit: responses the server refused earlier (after
 * a reload too) and stored records that could not be read, each with its download until deleted.
 */
export function keptView(view: DeliveryView) {
  return [
    ...view.refused.map((entry) =>
      keptItem(view, `refused-${entry.response.id}`, view.refusal(entry), {
        download: () => view.download(entry.response),
        discard: () => view.discard(entry.response.id),
      }),
    ),
    ...view.setAside.map(({ record, forget }) =>
      keptItem(view, `unreadable-${record.id}`, view.unreadable(record), {
        download: () => view.downloadSetAside(record),
        discard: forget,
      }),
    ),
  ];
}

function keptItem(view: DeliveryView, id: string, message: string, act: { download(): void; discard(): void }) {
  return html`<div part="refused" class="refused">
    <p id=${id}>${message}</p>
    <button type="button" aria-describedby=${id} @click=${act.download}>${view.t('done.download')}</button>
    <button type="button" aria-describedby=${id} @click=${act.discard}>${view.t('discard')}</button>
  </div>`;
}

/** Once the survey is completed: what happened to the response, its download unless it was sent. */
export function completedView(view: DeliveryView, model: SurveyModel, response: SurveyResponse, delivery: Delivery) {
  const refused = delivery.state === 'rejected';
  // Once the server has the answers, a warning about keeping them here (and their download) is moot.
  const sent = delivery.state === 'sent';
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
    ${
      sent
        ? nothing
        : html`${view.notice ? html`<p class="notice">${view.notice}</p>` : nothing}
            <button type="button" @click=${() => view.download(response)}>${view.t('done.download')}</button>`
    }
    ${keptView(view)}
  </section>`;
}
