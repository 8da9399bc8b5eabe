import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ProblemError, type Problem } from './problem.js';

/** Where a data source stands. */
export type SourceState = 'loading' | 'loaded' | 'failed';

/**
 * One source of an element's data, as a Lit reactive controller: it reads (now or later), drops a
 * read that a newer one replaced (aborting its request), turns every failure into a `Problem`, and
 * asks the host to update when a read ends. An element holds one per thing it reads (the survey
 * results read a survey and responses); it derives its own state from them in `willUpdate`.
 */
export class DataSource<Raw = unknown> implements ReactiveController {
  state: SourceState = 'loading';
  /** What the last read gave, once loaded (`undefined`: there was nothing to read). */
  raw?: Raw;
  /** Why the last read failed, once failed. */
  problem?: Problem;
  /** Counts the reads that ended, so that a host re-derives its state only when one did. */
  generation = 0;

  #id = 0;
  #request?: AbortController;
  /** What the last read said it was made for (the language of the default material), if anything. */
  #readFor?: unknown;

  /**
   * @param read gives the data now, or a promise of it, or `undefined` for none; `signal` aborts
   *   the request when a newer read replaces this one or the host leaves the page.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: (signal: AbortSignal) => Raw | Promise<Raw> | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Reads again. A read that answers at once (a property, inline JSON) has ended when this returns. */
  load(): void {
    this.#start(false);
  }

  /** Said by a read whose data depends on `value` (the default material, on the reader's language). */
  readFor(value: unknown): void {
    this.#readFor = value;
  }

  /**
   * Reads again when the last read was made for another value than `value` (the reader's language
   * changed), keeping what was read until the new read ends instead of showing that it is loading.
   */
  follow(value: unknown): void {
    if (this.#readFor !== undefined && this.#readFor !== value) this.#start(true);
  }

  #start(keepShown: boolean): void {
    const id = ++this.#id;
    this.#request?.abort();
    this.#request = new AbortController();
    this.#readFor = undefined;
    let pending: Raw | Promise<Raw> | undefined;
    try {
      pending = this.read(this.#request.signal);
    } catch (error) {
      return this.#end(id, false, error);
    }
    if (!(pending instanceof Promise)) return this.#end(id, true, pending);
    if (!keepShown || this.state !== 'loaded') this.state = 'loading';
    pending.then(
      (raw) => this.#end(id, true, raw),
      (error: unknown) => this.#end(id, false, error),
    );
  }

  #end(id: number, ok: boolean, result: unknown): void {
    // A newer read replaced this one, or this one was aborted on purpose: nothing to say.
    if (id !== this.#id || (result instanceof DOMException && result.name === 'AbortError')) return;
    this.raw = ok ? (result as Raw) : undefined;
    this.problem = ok ? undefined : toProblem(result);
    this.state = ok ? 'loaded' : 'failed';
    this.generation++;
    this.host.requestUpdate();
  }
}

/** Any error as a readable problem: a ProblemError keeps its own, anything else is "unexpected". */
export function toProblem(error: unknown): Problem {
  return error instanceof ProblemError
    ? error.problem
    : { key: 'error.unexpected', values: { detail: String(error) }, cause: error };
}
