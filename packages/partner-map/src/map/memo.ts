/**
 * Wraps `compute` so that it runs again only when one of its arguments changed (compared with
 * `===`): derived state can then be asked for at every update and still be worked out once per
 * change of what it depends on, not at each zoom or keystroke elsewhere.
 */
export function memo<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args) => {
    if (last?.args.length === args.length && last.args.every((arg, index) => arg === args[index])) return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}
