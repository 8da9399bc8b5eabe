import type { Stats } from './summary.js';

// Numeric answers (ratings, numbers, ranks) and the figures taken over them.

/** A number out of an answer: numbers as they are, numeric strings (`"4"`, `"3,5"`) read; anything else null. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)\s*$/.test(value)) return null;
  return Number(value.trim().replace(',', '.'));
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function stats(values: readonly number[]): Stats {
  return { count: values.length, mean: mean(values), median: median(values) };
}
