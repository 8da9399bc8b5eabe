import type { Answers } from '../framework/answers.js';
import { indicatorsOf, type Framework } from '../framework/schema.js';
import { isAnswered } from '../scoring/scores.js';

/** The indicators still to answer before a `required` grid lets its form be sent: all but the texts. */
export function missingAnswers(framework: Framework, answers: Answers): number {
  return indicatorsOf(framework).filter((indicator) => indicator.type !== 'text' && !isAnswered(answers[indicator.id]))
    .length;
}

/**
 * Gives the form the answers as JSON, and makes it invalid while answers are `missing`: `problem`
 * says how, and names what the browser focuses when it refuses to submit, to show the message.
 */
export function setFormValue(
  internals: ElementInternals,
  answers: Answers,
  missing: number,
  problem: () => { message: string; anchor?: HTMLElement },
): void {
  const json = JSON.stringify(answers);
  internals.setFormValue(json, json);
  if (missing === 0) internals.setValidity({});
  else {
    const { message, anchor } = problem();
    internals.setValidity({ valueMissing: true }, message, anchor);
  }
}
