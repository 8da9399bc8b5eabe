/** The time a step may take when the browser has no idle callbacks to tell: well under a frame. */
const SLICE = 8;

/**
 * Calls `step` in the browser's idle time, again and again until it returns true; `step` works
 * until `timeLeft()` falls to zero. Where `requestIdleCallback` is missing (Safari), short tasks
 * stand in for it. A callback that waited a second runs anyway, so a busy page still gets there.
 * Returns a function that stops it.
 */
export function inIdleTime(step: (timeLeft: () => number) => boolean): () => void {
  let stopped = false;
  const run = (deadline?: IdleDeadline) => {
    if (stopped) return;
    const end = performance.now() + SLICE;
    if (!step(deadline ? () => deadline.timeRemaining() : () => end - performance.now())) next();
  };
  const next = () =>
    typeof requestIdleCallback == 'function' ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run);
  next();
  return () => (stopped = true);
}
