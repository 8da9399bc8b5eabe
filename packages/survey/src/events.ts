import { emit, type DevisusChangeDetail } from '@devisus/core';
import type { SurveyResponse } from './outbox/outbox.js';

// Every event the survey package's elements fire, with its payload: one shape per name.

/** What `devisus-change` carries on <devisus-survey>: `cause` 'answer', the question answered and its answer (core's one shape). */
export type SurveyChangeDetail = DevisusChangeDetail;

/** What `devisus-complete` carries: the response, as it is sent and downloaded. */
export interface SurveyCompleteDetail {
  response: SurveyResponse;
}

/** What `devisus-delivered` carries: the response the server accepted, and its HTTP status. */
export interface SurveyDeliveredDetail {
  id: string;
  status: number;
}

/** What `devisus-consent` carries: which service the visitor agreed to load, and from which host. */
export interface SurveyConsentDetail {
  /** A key of PROVIDERS (`tally`, `surveymonkey`…), or `other` for a site the element does not know. */
  provider: string;
  host: string;
}

// devisus-ready, devisus-error and devisus-change are declared once, by @devisus/core.
declare global {
  interface HTMLElementEventMap {
    'devisus-complete': CustomEvent<SurveyCompleteDetail>;
    'devisus-delivered': CustomEvent<SurveyDeliveredDetail>;
    'devisus-consent': CustomEvent<SurveyConsentDetail>;
  }
}

/** The package's events whose payload is declared above. */
type SurveyEvent = 'devisus-complete' | 'devisus-delivered' | 'devisus-consent' | 'devisus-error';

/** Fires one of the package's events, with the payload its declaration names. */
export function fire<Name extends SurveyEvent>(
  host: HTMLElement,
  name: Name,
  detail: HTMLElementEventMap[Name]['detail'],
): void {
  emit(host, name, detail);
}
