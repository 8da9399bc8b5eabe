import * as v from 'valibot';
import { createStore, type StoreWriteResult } from '@devisus/core';

/** A completed response, as sent and as downloaded. `data` is shaped as SurveyJS's. */
export interface SurveyResponse {
  id: string;
  surveyId: string;
  locale: string;
  startedAt: string;
  completedAt: string;
  data: Record<string, unknown>;
}

export interface OutboxEntry {
  response: SurveyResponse;
  attempts: number;
  /** `pending`: will be sent again; `rejected`: the server refused it (a 4xx other than 408/429). */
  status: 'pending' | 'rejected';
  lastStatus?: number;
}

export type DeliveryResult =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'retry'; status?: number }
  | { outcome: 'rejected'; status: number };

/** An entry as read back from storage, which holds whatever an older release or another script left. */
const entrySchema = v.object({
  // What sending needs; the server checks the rest (the full schema would weigh on every page).
  response: v.object({
    id: v.string(),
    surveyId: v.string(),
    completedAt: v.string(),
    data: v.record(v.string(), v.unknown()),
  }),
  attempts: v.number(),
  status: v.picklist(['pending', 'rejected']),
  lastStatus: v.optional(v.number()),
});

/** Where outboxes are kept, by action; what could not be read is in its set-aside records. */
export const outboxStore = createStore<OutboxEntry[]>({ name: 'survey-outbox', version: 1 });
const TIMEOUT_MS = 15000;
const MAX_DELAY_MS = 5 * 60 * 1000;

/** Whether an HTTP status means "try again later" rather than "this will never be accepted". */
export const isTransient = (status: number) => status === 408 || status === 429 || status >= 500;

/**
 * Keeps completed responses on the device until the site's server confirms them (a 2xx), as
 * Enketo and KoboToolbox do: a response is removed from the outbox only after delivery. Every
 * POST carries `Idempotency-Key: <response id>`, so a retry after a lost answer stores it once.
 */
export class Outbox {
  /** The first retry's delay, doubled at each failure up to five minutes. */
  static firstDelay = 1000;

  private timer?: ReturnType<typeof setTimeout>;
  private sending?: Promise<void>;
  /** Where entries live while the browser refuses to store them: sending must not depend on storing. */
  private memory?: OutboxEntry[];
  private stopped = false;

  constructor(
    readonly action: string,
    private readonly onResult: (response: SurveyResponse, result: DeliveryResult) => void,
  ) {}

  /** The entries kept for this action; those of the wrong shape are set aside, the rest go on. */
  entries(): OutboxEntry[] {
    if (this.memory) return this.memory;
    const stored: unknown = outboxStore.get(this.action);
    if (stored === undefined) return [];
    const list: unknown[] = Array.isArray(stored) ? stored : [stored];
    const entries = list.filter((entry): entry is OutboxEntry => v.is(entrySchema, entry));
    if (entries.length < list.length) {
      // One record per read, so that the person sees one thing to download rather than a list.
      const unread = list.filter((entry) => !entries.includes(entry as OutboxEntry));
      outboxStore.setAside(this.action, Array.isArray(stored) ? unread : stored);
      this.save(entries);
    }
    return entries;
  }

  /** The responses the server refused, still kept on this device. */
  refused(): OutboxEntry[] {
    return this.entries().filter((entry) => entry.status === 'rejected');
  }

  /** Forgets a response (one the server refused, once the person no longer needs it here). */
  discard(id: string): void {
    this.save(this.entries().filter((entry) => entry.response.id !== id));
  }

  /** Keeps the response, then tries to send it. Returns what the browser said about keeping it. */
  add(response: SurveyResponse): StoreWriteResult {
    const saved = this.save([
      ...this.entries().filter((entry) => entry.response.id !== response.id),
      { response, attempts: 0, status: 'pending' },
    ]);
    void this.flush();
    return saved;
  }

  /** Sends every pending response once; schedules the next try for those that could not go. */
  flush(): Promise<void> {
    this.sending ??= this.oneTabAtATime(() => this.sendAll()).finally(() => (this.sending = undefined));
    return this.sending;
  }

  /** Stops retrying from this page (the element left it); what is stored goes on the next visit. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /**
   * Runs `task` while no other tab of this site sends to the same action. Tabs share the outbox, so
   * the tab that waited reads it afresh and finds what the first one delivered already gone: one
   * POST per response, not one per open tab.
   */
  private oneTabAtATime(task: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    return locks ? locks.request(`devisus:survey-outbox:${this.action}`, task) : task();
  }

  private async sendAll(): Promise<void> {
    clearTimeout(this.timer);
    for (const entry of this.entries().filter((item) => item.status === 'pending')) {
      const result = await this.send(entry.response);
      const entries = this.entries();
      const current = entries.find((item) => item.response.id === entry.response.id);
      if (!current) continue;
      if (result.outcome === 'delivered') this.save(entries.filter((item) => item !== current));
      else {
        current.attempts += 1;
        current.lastStatus = result.status;
        if (result.outcome === 'rejected') current.status = 'rejected';
        this.save(entries);
      }
      this.onResult(entry.response, result);
    }
    const pending = this.entries().filter((item) => item.status === 'pending');
    if (pending.length && !this.stopped) {
      // Exponential backoff with some randomness, so that many visitors do not retry in step.
      const attempts = Math.min(...pending.map((item) => item.attempts));
      const delay = Math.min(MAX_DELAY_MS, Outbox.firstDelay * 2 ** attempts) * (0.75 + Math.random() / 2);
      this.timer = setTimeout(() => void this.flush(), delay);
    }
  }

  private async send(response: SurveyResponse): Promise<DeliveryResult> {
    try {
      const reply = await fetch(this.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.id },
        body: JSON.stringify(response),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (reply.ok) return { outcome: 'delivered', status: reply.status };
      return isTransient(reply.status)
        ? { outcome: 'retry', status: reply.status }
        : { outcome: 'rejected', status: reply.status };
    } catch {
      return { outcome: 'retry' };
    }
  }

  private save(entries: OutboxEntry[]): StoreWriteResult {
    if (!entries.length) {
      outboxStore.remove(this.action);
      this.memory = undefined;
      return { ok: true };
    }
    const saved = outboxStore.set(this.action, entries);
    this.memory = saved.ok ? undefined : entries;
    return saved;
  }
}
