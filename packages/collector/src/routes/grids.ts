import type { Hono } from 'hono';
import * as v from 'valibot';
import { assessmentSchema, scoresSchema } from '@devisus/impact-grid/data';
import type { Collector } from '../app.js';
import { benchmark } from '../benchmark.js';
import { CACHE_SECONDS } from '../cache.js';
import { PUBLIC, problem } from '../http.js';
import { receive, refusedInsert } from '../receive.js';
import { bodyHash, insertOnce } from '../store.js';

const shared = v.object({ ...assessmentSchema.entries, scores: scoresSchema });

/**
 * Assessments a grid's users chose to share, anonymously: only the grid's version and the scores
 * are kept (no answers, no comments, no date but the day it arrived), and the network's benchmark
 * made from them.
 */
export function gridRoutes(app: Hono, collector: Collector): void {
  const { config, db } = collector;

  app.post('/grids/:gridId/assessments', async (c) => {
    const gridId = c.req.param('gridId');
    const intake = { what: 'assessment', kind: 'grid', id: gridId, target: collector.grid(gridId) } as const;
    const received = await receive(c, collector, intake, shared);
    if (received instanceof Response) return received;
    const {
      key,
      value: { framework, scores },
    } = received;
    if (framework.id !== gridId)
      return problem(c, 400, `the assessment is of the grid "${framework.id}", not "${gridId}"`, {
        path: 'framework.id',
      });
    const kept = { version: framework.version, scores };
    const stored = await insertOnce(
      db,
      'devisus_assessments',
      { column: 'grid_id', value: gridId },
      {
        id: key,
        body_sha256: bodyHash(kept),
        framework_version: framework.version,
        scores: JSON.stringify(scores),
      },
    );
    const refused = refusedInsert(c, stored, intake.what);
    if (refused) return refused;
    if (stored === 'created') collector.benchmarks.forget(gridId);
    return c.json({ id: key }, stored === 'created' ? 201 : 200);
  });

  app.get('/grids/:gridId/benchmark', async (c) => {
    const gridId = c.req.param('gridId');
    if (!collector.grid(gridId)) return problem(c, 404, `no grid "${gridId}" here`, { headers: PUBLIC });
    const figures = await collector.benchmarks.get(gridId, () => benchmark(db, gridId, config.minCell));
    return c.json(figures, 200, { ...PUBLIC, 'Cache-Control': `public, max-age=${CACHE_SECONDS}` });
  });
}
