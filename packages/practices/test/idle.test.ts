import { expect, waitUntil } from '@open-wc/testing';
import { inIdleTime } from '../src/search/idle.js';

/** Counts the calls of a step that is done after `steps` calls, and the time each was given. */
function counter(steps: number) {
  const budgets: number[] = [];
  return {
    budgets,
    step: (timeLeft: () => number) => {
      budgets.push(timeLeft());
      return budgets.length >= steps;
    },
  };
}

describe('work in idle time', () => {
  it('calls the step, with time to spend, until it says it is done', async () => {
    const work = counter(3);
    inIdleTime(work.step);
    expect(work.budgets).to.have.length(0);
    await waitUntil(() => work.budgets.length === 3, 'the work was not finished');
    expect(work.budgets.every((budget) => budget >= 0)).to.equal(true);
    // Done: idle periods still come, and the step is not called again.
    const later = counter(2);
    inIdleTime(later.step);
    await waitUntil(() => later.budgets.length === 2, 'the later work was not finished');
    expect(work.budgets).to.have.length(3);
  });

  it('stops when told to', async () => {
    const stopped = counter(5);
    inIdleTime(stopped.step)();
    const other = counter(3);
    inIdleTime(other.step);
    await waitUntil(() => other.budgets.length === 3, 'the other work was not finished');
    expect(stopped.budgets).to.have.length(0);
  });

  it('works in short tasks where the browser has no idle callbacks', async () => {
    const original = window.requestIdleCallback;
    Reflect.deleteProperty(window, 'requestIdleCallback');
    try {
      expect(typeof window.requestIdleCallback).to.equal('undefined');
      const work = counter(2);
      inIdleTime(work.step);
      await waitUntil(() => work.budgets.length === 2, 'the work was not finished');
      expect(work.budgets.every((budget) => budget > 0 && budget <= 8)).to.equal(true);
    } finally {
      window.requestIdleCallback = original;
    }
  });
});
