/**
 * Public figures worked out at most once per `seconds` per key, however many pages ask: a summary
 * reads every response of its survey, which a flood of requests must not repeat. Concurrent
 * askers share one computation; a failed one is not kept.
 */
export class FiguresCache<T> {
  private entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value;
    // Forget what expired, so that the map holds at most the keys asked for within `seconds`.
    for (const [name, old] of this.entries) if (old.until <= now) this.entries.delete(name);
    const value = compute();
    this.entries.set(key, { until: now + this.seconds * 1000, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }

  /** Drops the figures of `key`: new data arrived, the next asker works them out again. */
  forget(key: string): void {
    this.entries.delete(key);
  }
}

/** How long public figures are kept, here and in caches on the way. */
export const CACHE_SECONDS = 30;
