import { foldText } from '@devisus/core';

/** Letters (with their combining marks) and digits, in any script: the words of a text. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of `text`, folded: lower case, without accents. Folding costs a Unicode normalisation,
 * so an index passes `folded` to remember each word's folding: a collection says the same words
 * again and again.
 */
export function tokens(text: string, folded = new Map<string, string>()): string[] {
  const words: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    let term = folded.get(word);
    if (term === undefined) folded.set(word, (term = foldText(word)));
    // A word of combining marks alone folds to nothing.
    if (term) words.push(term);
  }
  return words;
}

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
