import { emit, type DevisusErrorDetail } from '../events.js';
import type { Problem } from './problem.js';

/**
 * Tells the page about an element's problem: a `devisus-error` event each time, and one console
 * error per distinct message, so that a problem shown again (a re-render, a language change) does
 * not flood the console.
 */
export class ProblemReporter {
  #logged?: string;

  report(host: HTMLElement, message: string, problem: Pick<Problem, 'path' | 'cause'> = {}): void {
    if (this.#logged !== message) {
      const cause = problem.cause === undefined ? [] : [problem.cause];
      console.error(`<${host.localName}>: ${message}`, ...cause);
      this.#logged = message;
    }
    const detail: DevisusErrorDetail = problem.path === undefined ? { message } : { message, path: problem.path };
    emit(host, 'devisus-error', detail);
  }
}
