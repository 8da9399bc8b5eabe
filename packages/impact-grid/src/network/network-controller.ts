import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as v from 'valibot';
import { fetchJson } from '@devisus/core';
import type { Scores } from '../scoring/scores.js';
import { benchmarkSchema, type Benchmark } from './benchmark.js';

/** Where sharing stands: nothing asked yet, asked without consent, on its way, done, or refused. */
export type ShareState = 'idle' | 'consent-missing' | 'sending' | 'shared' | 'failed';

interface NetworkHost extends ReactiveControllerHost {
  shareUrl?: string;
  benchmarkSrc?: string;
  mode: string;
}

/** The benchmark's address: `benchmark-src`, else next to `share-url` (…/assessments → …/benchmark). */
export function benchmarkUrl(shareUrl: string | undefined, benchmarkSrc: string | undefined): string | undefined {
  if (benchmarkSrc) return benchmarkSrc;
  return shareUrl && /\/assessments\/?$/.test(shareUrl)
    ? shareUrl.replace(/\/assessments\/?$/, '/benchmark')
    : undefined;
}

/**
 * The grid's link to its network's collector: sends the scores when the person agrees (the only
 * thing sent: no answer, comment or name), and fetches the network's benchmark for the results.
 */
export class NetworkController implements ReactiveController {
  consent = false;
  state: ShareState = 'idle';
  /** The HTTP status of a refusal, when there was one. */
  status?: number;
  benchmark?: Benchmark;

  /** One key per set of scores, so that sending the same scores again stores them once. */
  private key?: { scores: string; id: string };
  private benchmarkFrom?: string;
  private abort?: AbortController;

  constructor(private readonly host: NetworkHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The benchmark is fetched the first time the results are shown, and again if its address changes.
    const url = benchmarkUrl(this.host.shareUrl, this.host.benchmarkSrc);
    if (this.host.mode !== 'results' || url === this.benchmarkFrom) return;
    this.benchmarkFrom = url;
    this.benchmark = undefined;
    this.abort?.abort();
    if (url) void this.loadBenchmark(url);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.benchmarkFrom = undefined;
  }

  setConsent(consent: boolean): void {
    this.consent = consent;
    if (consent && this.state === 'consent-missing') this.state = 'idle';
    this.host.requestUpdate();
  }

  /** Sends the scores of the grid `framework`, if the person agreed. */
  async share(framework: { id: string; version: string }, scores: Scores): Promise<void> {
    const url = this.host.shareUrl;
    if (!url || this.state === 'sending') return;
    if (!this.consent) {
      this.state = 'consent-missing';
      this.host.requestUpdate();
      return;
    }
    const json = JSON.stringify(scores);
    if (this.key?.scores !== json) this.key = { scores: json, id: crypto.randomUUID() };
    this.state = 'sending';
    this.status = undefined;
    this.host.requestUpdate();
    // The day only, and no answers: what the collector keeps is all that leaves the device.
    const body = { framework, date: new Date().toISOString().slice(0, 10), answers: {}, scores };
    try {
      const reply = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': this.key.id },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15000),
      });
      this.state = reply.ok ? 'shared' : 'failed';
      this.status = reply.ok ? undefined : reply.status;
    } catch {
      this.state = 'failed';
    }
    this.host.requestUpdate();
  }

  private async loadBenchmark(url: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const parsed = v.safeParse(benchmarkSchema, await fetchJson(url, abort.signal));
      if (abort.signal.aborted) return;
      // A benchmark that cannot be read is left out: the results stand without it.
      this.benchmark = parsed.success ? parsed.output : undefined;
      if (!parsed.success) console.warn(`devisus-impact-grid: ${url} is not a benchmark`);
    } catch (error) {
      if (!abort.signal.aborted) console.warn(`devisus-impact-grid: ${url}: ${(error as Error).message}`);
    }
    this.host.requestUpdate();
  }
}
