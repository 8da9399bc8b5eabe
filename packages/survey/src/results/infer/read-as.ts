/** How a question inferred from an export was read: a key of the results' `readAs` strings. */
export const READ_AS_RULES = [
  'options',
  'joined',
  'grid',
  'rankColumns',
  'rankNumbers',
  'rating',
  'number',
  'date',
  'single',
  'closed',
  'open',
  'withOther',
  'text',
] as const;

/** What an inferred question carries in `devisusReadAs`: its rule and the values the rule's sentence names. */
export interface ReadAs {
  rule: (typeof READ_AS_RULES)[number];
  values?: Record<string, string | number>;
}

/** The rule a question was read by, when it was inferred (a definition written by hand has none). */
export function readAsOf(json: Record<string, unknown>): ReadAs | undefined {
  const readAs = json.devisusReadAs as Partial<ReadAs> | undefined;
  return readAs && READ_AS_RULES.includes(readAs.rule as ReadAs['rule']) ? (readAs as ReadAs) : undefined;
}
