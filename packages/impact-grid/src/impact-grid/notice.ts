import type { Line } from '../framework/check.js';

/** A message about the answers' safekeeping or a file, shown in the status line, with details below it. */
export interface Notice extends Line {
  tone: 'info' | 'problem';
  lines?: Line[];
}
