// The grid's data formats without the element: for code that runs without a page, such as a
// server that receives shared assessments (@devisus/collector).
import * as v from 'valibot';

export { assessmentSchema, type AssessmentFile } from './framework/answers.js';

const score = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100)));

/** The `scores` of an exported assessment (docs/impact-grid/scores.md): each out of 100, or null. */
export const scoresSchema = v.object({
  overall: score,
  dimensions: v.record(v.string(), score),
  criteria: v.record(v.string(), score),
});

export { benchmarkSchema, bandSchema, type Benchmark, type Band } from './network/benchmark.js';
