/** A text compared with others: Unicode-normalised, spacing folded, case aside. */
export const fold = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The distinct values of `items`, equal ones (case and spacing aside) together, most given first, then in order of appearance. */
export function tally(items: readonly string[]): { text: string; count: number }[] {
  const byKey = new Map<string, { text: string; count: number }>();
  for (const item of items) {
    const key = fold(item);
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { text: item, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
