import type { Band, Benchmark } from '@devisus/impact-grid/data';
import type { Queryable } from './database.js';

export type { Band, Benchmark };

// Quartiles as PostgreSQL's percentile_cont works them out (linear interpolation between the
// two nearest scores), the same on PGlite and on a server. Scores that are null are left out.
const BANDS = `
  with scores as (
    select 'overall' as level, 'overall' as key, a.scores->'overall' as value
      from devisus_assessments a where a.grid_id = $1
    union all
    select 'dimensions', d.key, d.value
      from devisus_assessments a, jsonb_each(a.scores->'dimensions') d where a.grid_id = $1
    union all
    select 'criteria', c.key, c.value
      from devisus_assessments a, jsonb_each(a.scores->'criteria') c where a.grid_id = $1
  )
  select level, key, count(*)::integer as count,
    percentile_cont(0.25) within group (order by (value #>> '{}')::float8) as q1,
    percentile_cont(0.5) within group (order by (value #>> '{}')::float8) as median,
    percentile_cont(0.75) within group (order by (value #>> '{}')::float8) as q3
  from scores where jsonb_typeof(value) = 'number'
  group by level, key
  having count(*) >= $2
  order by level, key`;

/** The grid's benchmark; a band only where at least `minCell` assessments gave that score. */
export async function benchmark(db: Queryable, gridId: string, minCell: number): Promise<Benchmark> {
  const [{ total }] = await db.query<{ total: number }>(
    'select count(*)::integer as total from devisus_assessments where grid_id = $1',
    [gridId],
  );
  const result: Benchmark = { gridId, minCell, assessments: null, overall: null, dimensions: {}, criteria: {} };
  if (total < minCell) return result;
  result.assessments = total;
  const rows = await db.query<Band & { level: 'overall' | 'dimensions' | 'criteria'; key: string }>(BANDS, [
    gridId,
    minCell,
  ]);
  for (const { level, key, count, q1, median, q3 } of rows) {
    const band = { count, q1: Number(q1), median: Number(median), q3: Number(q3) };
    if (level === 'overall') result.overall = band;
    else result[level][key] = band;
  }
  return result;
}
