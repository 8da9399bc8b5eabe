import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StoreWriteResult } from '@devisus/core';
import { fire } from '../events.js';
import { Outbox, type DeliveryResult, type OutboxEntry, type SurveyResponse } from '../outbox/outbox.js';

/** Where the completed response stands: kept here only, sent, waiting to be sent, or refused. */
export type Delivery =
  { state: 'local' } | { state: 'sent' } | { state: 'queued' } | { state: 'rejected'; status: number };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Delivers completed responses through an outbox for the survey's `action`: a new outbox when the
 * action changes (what an earlier visit left goes at once), a new try when the browser is back
 * online, the state of this visit's response, the responses the server refused (kept until the
 * person deletes them), and the `devisus-delivered` and `devisus-error` events.
 */
export class DeliveryController implements ReactiveController {
  /** The state of the response completed on this visit, once there is one. */
  delivery?: Delivery;
  /** Responses the server refused, still kept on this device. */
  refused: OutboxEntry[] = [];

  #outbox?: Outbox;
  #completed?: string;
  readonly #online = () => void this.#outbox?.flush();

  /** @param refusal - The sentence that says a response was refused, for `devisus-error`. */
  constructor(
    private readonly host: Host,
    private readonly refusal: (entry: Pick<OutboxEntry, 'response' | 'lastStatus'>) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    this.#outbox?.stop();
  }

  /** Sends to `action` from now on; without one, responses stay in the browser. */
  use(action: string | undefined): void {
    this.#outbox?.stop();
    this.#outbox = action ? new Outbox(action, (response, result) => this.#delivered(response, result)) : undefined;
    this.#refresh();
    // Responses left by an earlier visit go now.
    void this.#outbox?.flush();
  }

  /** Keeps this visit's response and sends it; says whether the browser could keep it. */
  send(response: SurveyResponse): StoreWriteResult {
    this.#completed = response.id;
    if (!this.#outbox) {
      this.#set({ state: 'local' });
      return { ok: true };
    }
    this.#set({ state: 'queued' });
    return this.#outbox.add(response);
  }

  /** Forgets a refused response, once the person no longer needs it here. */
  discard(id: string): void {
    this.#outbox?.discard(id);
    this.#refresh();
  }

  #delivered(response: SurveyResponse, result: DeliveryResult): void {
    this.#refresh();
    if (result.outcome === 'delivered')
      fire(this.host, 'devisus-delivered', { id: response.id, status: result.status });
    if (this.#completed !== response.id) return;
    this.#set(
      result.outcome === 'delivered'
        ? { state: 'sent' }
        : result.outcome === 'rejected'
          ? { state: 'rejected', status: result.status }
          : { state: 'queued' },
    );
    if (result.outcome === 'rejected')
      fire(this.host, 'devisus-error', { message: this.refusal({ response, lastStatus: result.status }) });
  }

  #refresh(): void {
    this.refused = this.#outbox?.refused() ?? [];
    this.host.requestUpdate();
  }

  #set(delivery: Delivery): void {
    this.delivery = delivery;
    this.host.requestUpdate();
  }
}
