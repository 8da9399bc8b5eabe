/** How a question inferred from an export was read: a key of the `readAs` strings (infer/locales). */
export interface ReadAs {
  rule:
    | 'options'
    | 'joined'
    | 'grid'
    | 'rankColumns'
    | 'rankNumbers'
    | 'rating'
    | 'number'
    | 'date'
    | 'single'
    | 'closed'
    | 'open'
    | 'withOther'
    | 'text';
  values?: Record<string, string | number>;
}

/**
 * The rule a question was read by, when the inference made it (`devisusReadAs`); a definition
 * written by hand has none. Only the inference sets it, so it is not checked further.
 */
export const readAsOf = (json: Record<string, unknown>): ReadAs | undefined =>
  (json.devisusReadAs as ReadAs | undefined)?.rule ? (json.devisusReadAs as ReadAs) : undefined;
