import * as v from 'valibot';

/** Where a score stands among the network's: how many gave it, the median and the quartiles. */
export const bandSchema = v.object({
  count: v.number(),
  q1: v.number(),
  median: v.number(),
  q3: v.number(),
});

/**
 * What a collector's `GET /grids/{gridId}/benchmark` answers (docs/collector/api.md): a band for
 * the overall score, each dimension and each criterion that enough assessments gave.
 */
export const benchmarkSchema = v.object({
  gridId: v.string(),
  minCell: v.number(),
  /** How many assessments were shared; null when too few for any figure. */
  assessments: v.nullable(v.number()),
  overall: v.nullable(bandSchema),
  dimensions: v.record(v.string(), bandSchema),
  criteria: v.record(v.string(), bandSchema),
});

export type Band = v.InferOutput<typeof bandSchema>;
export type Benchmark = v.InferOutput<typeof benchmarkSchema>;
