/**
 * At most `max` requests per key (a client's address) per window, counted in memory: enough to
 * blunt a script flooding the POST routes of one collector process. 0 turns it off.
 */
export class RateLimit {
  private counts = new Map<string, number>();
  private windowEnds = 0;

  constructor(
    private readonly max: number,
    private readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** null when the request may go on; otherwise the seconds to wait (for Retry-After). */
  take(key: string): number | null {
    if (this.max === 0) return null;
    const now = this.now();
    if (now >= this.windowEnds) {
      // A fresh window forgets every address: the map never outgrows one window's clients.
      this.counts.clear();
      this.windowEnds = now + this.windowSeconds * 1000;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.max ? Math.max(1, Math.ceil((this.windowEnds - now) / 1000)) : null;
  }
}
