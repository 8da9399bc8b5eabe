import type { DevisusChangeDetail } from '@devisus/core';
import type { Answer } from './framework/answers.js';
import type { Scores } from './scoring/scores.js';

// Every event <devisus-impact-grid> fires, with its payload: one shape per name across elements.

/**
 * What `devisus-change` carries on the grid: core's one shape (`cause`; `name`, the indicator
 * answered, or `null` on import and reset; `value`, its new answer) and the grid's new `scores`.
 */
export type ImpactGridChangeDetail = DevisusChangeDetail<Answer> & { scores: Scores };

// The grid fires devisus-ready, devisus-error and devisus-change only, and @devisus/core declares
// all three in HTMLElementEventMap: the grid has no event of its own to declare. Core types
// devisus-change with the shape every element shares, so a listener that reads `scores` names
// this type: `(event as CustomEvent<ImpactGridChangeDetail>).detail.scores`.
