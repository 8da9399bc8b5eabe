import { foldText } from '@devisus/core';

/** What is not a letter (with its combining marks) or a digit, in any script, separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;

/** The words of `text`, folded: lower case, without accents. */
export const tokens = (text: string): string[] => foldText(text).split(SEPARATORS).filter(Boolean);

/** The range of `sorted` (in code unit order) whose words start with `prefix`: two binary searches. */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const first = (after: (term: string) => boolean) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (after(sorted[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  // Every word starting with `prefix` sorts before `prefix` followed by the highest code unit.
  return [first((term) => term >= prefix), first((term) => term > `${prefix}\uffff`)];
}

/** Whether `a` becomes `b` by one insertion, deletion or substitution at most (Levenshtein distance ≤ 1). */
export function oneEditApart(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  // What differs is in a[start..endA] and b[start..endB]: at most one character in all.
  return a.length === b.length ? endA <= start : endA < start;
}
