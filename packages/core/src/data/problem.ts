/**
 * Something wrong with an element's data, kept as a translation key and its values so that the
 * message follows the reader's language even after the language changes.
 */
export interface Problem {
  /** Translation key, looked up in the element's namespace, then in core's. */
  key: string;
  values?: Record<string, unknown>;
  /** Where in the data, e.g. `dimensions[2].criteria[0].id`; absent for loading failures. */
  path?: string;
  /** How many further problems were found after this one. */
  more?: number;
  /** The underlying error, logged for developers. */
  cause?: unknown;
}

/** Thrown by loaders so that a failure carries a readable, translatable problem. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.key);
  }
}
