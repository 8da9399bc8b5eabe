import { html, nothing } from 'lit';
import { styleProperties } from '@devisus/core';
import type { Band } from '../../network/benchmark.js';
import type { ViewContext } from './view-context.js';

/** The network's figure for one score: the median, and the middle half (first to third quartile). */
export function renderBand(context: ViewContext, band: Band | undefined) {
  if (!band) return html`<td>${context.t('network.none')}</td>`;
  const round = (value: number) => context.number(Math.round(value));
  const start = Math.max(0, Math.min(100, band.q1));
  const width = Math.max(0, Math.min(100, band.q3) - start);
  return html`<td>
    <span class="bar network" aria-hidden="true"
      ><span class="band" ${styleProperties({ 'margin-inline-start': `${start}%`, width: `${width}%` })}></span
    ></span>
    <span class="figure">${round(band.median)}</span>
    <span class="quartiles">${context.t('network.middleHalf', { q1: round(band.q1), q3: round(band.q3) })}</span>
  </td>`;
}

/** The line under the overall score: how many assessments the network's figures come from. */
export function renderNetworkSummary(context: ViewContext) {
  const benchmark = context.network.benchmark;
  if (!benchmark?.assessments) return nothing;
  const overall = benchmark.overall;
  return html`<p class="network-summary">
    ${context.t('network.from', { count: benchmark.assessments })}
    ${
      !context.hideOverall && overall
        ? context.t('network.overall', {
            median: context.number(Math.round(overall.median)),
            q1: context.number(Math.round(overall.q1)),
            q3: context.number(Math.round(overall.q3)),
          })
        : nothing
    }
  </p>`;
}

/** The consent box: the scores go to the network's collector only once the person ticks it and sends. */
export function renderShare(context: ViewContext) {
  if (!context.shareUrl) return nothing;
  const { state, status, consent } = context.network;
  const message = {
    idle: '',
    'consent-missing': context.t('network.consentMissing'),
    sending: context.t('network.sending'),
    shared: context.t('network.shared'),
    failed: status ? context.t('network.refused', { status }) : context.t('network.failed'),
  }[state];
  return html`<section part="share" class="share" aria-labelledby="share-title">
    <h4 id="share-title">${context.t('network.shareTitle')}</h4>
    <p id="share-explain">${context.t('network.shareExplain')}</p>
    <label class="consent">
      <input
        type="checkbox"
        .checked=${consent}
        aria-describedby="share-explain"
        aria-invalid=${state === 'consent-missing' ? 'true' : nothing}
        @change=${(event: Event) => context.network.setConsent((event.target as HTMLInputElement).checked)}
      />
      ${context.t('network.consent')}
    </label>
    <button type="button" ?disabled=${state === 'sending'} @click=${context.share}>
      ${context.t('network.share')}
    </button>
    <p
      role="status"
      class=${state === 'failed' || state === 'consent-missing' ? 'share-status problem' : 'share-status'}
    >
      ${message}
    </p>
  </section>`;
}
