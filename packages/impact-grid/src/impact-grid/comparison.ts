import type { Problem } from '@devisus/core';
import type { AssessmentFile } from '../framework/answers.js';
import { checkAssessment } from '../framework/check.js';
import type { Framework } from '../framework/schema.js';
import type { Notice } from './notice.js';

/**
 * The earlier assessment drawn beside the current one: the `comparison` property as checked
 * against the grid, or a file the person chose (checked as it was read).
 */
export class Comparison {
  /** The assessment as checked, when it can be drawn. */
  file?: AssessmentFile;
  /** What `file` was checked from, so that the same `comparison` is checked once. */
  #from?: unknown;

  /** Whether `comparison` differs from what was checked last. */
  isNew(comparison: unknown): boolean {
    return this.#from !== comparison;
  }

  /** Checks `comparison` against the grid; a notice when it is refused or answers were left out. */
  check(framework: Framework, comparison: unknown, describe: (problem: Problem) => string): Notice | undefined {
    this.take(undefined);
    this.#from = comparison;
    if (comparison === undefined) return undefined;
    const read = checkAssessment(framework, comparison, 'compare', describe);
    if (!('file' in read)) return { ...read, tone: 'problem' };
    this.file = read.file;
    return read.ignored.length ? { key: 'compare.ignored', tone: 'problem', lines: read.ignored } : undefined;
  }

  /** Compares with an assessment already checked (a file the person chose). */
  take(file: AssessmentFile | undefined): void {
    this.#from = file;
    this.file = file;
  }
}
