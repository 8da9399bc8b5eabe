/**
 * A pause that lets the page handle input and paint before long work goes on: a new task, behind
 * whatever the page has queued (a prioritised continuation such as `scheduler.yield()` can keep
 * the next frame waiting, as Chromium showed here).
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
