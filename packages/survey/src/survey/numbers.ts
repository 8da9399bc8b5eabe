import { formatNumber } from '@devisus/core';

// Numbers as people type and read them in their language, for number fields and their checks.

/** Whether the language writes 1.5 as "1,5" (French, German, Italian, Dutch, Spanish, Portuguese, Catalan…). */
const comma = (language: string) => formatNumber(language, 1.5).includes(',');

/**
 * A number as a person types it in their language: "3.5", or "3,5" where the decimal mark is a comma
 * (a point is read as decimal there too); thousands grouped with the language's separator ("2.500" in
 * German, "2,500" in English) or spaces. Anything else (NaN) is not a number.
 */
export function toNumber(value: unknown, language: string): number {
  if (typeof value == 'number') return value;
  const decimalComma = comma(language);
  const typed = String(value).replace(/\s/g, '');
  // A group separator is followed by exactly three digits: "2.500" is 2500 in German, 2.5 in English;
  // but "0.125" is no thousands anywhere.
  const text = (
    /^[-+]?0[.,]/.test(typed) ? typed : typed.replace(decimalComma ? /\.(?=\d{3}(?!\d))/g : /,(?=\d{3}(?!\d))/g, '')
  ).replace(decimalComma ? ',' : '.', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(text) ? +text : NaN;
}

/** A number as the language writes it, without grouping: 3.5 is "3,5" in French. */
export const numberText = (value: number, language: string) =>
  comma(language) ? String(value).replace('.', ',') : String(value);
