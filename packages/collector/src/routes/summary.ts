import type { Hono } from 'hono';
import { buildModel } from '@devisus/survey/data';
import type { Collector } from '../app.js';
import { PUBLIC, problem } from '../http.js';
import { CACHE_SECONDS } from '../cache.js';
import { publicSummary } from '../summary.js';

/** A survey's public figures, for anyone (see summary.ts for what is left out). */
export function summaryRoutes(app: Hono, collector: Collector): void {
  const { config, db } = collector;

  app.get('/surveys/:surveyId/summary', async (c) => {
    const surveyId = c.req.param('surveyId');
    const survey = collector.survey(surveyId);
    if (!survey) return problem(c, 404, `no survey "${surveyId}" here`, { headers: PUBLIC });
    // Without the survey's questions, a typed text cannot be told from a choice: nothing is shown.
    if (!survey.definition)
      return problem(c, 404, `no summary: the survey "${surveyId}" has no definition in the configuration`, {
        headers: PUBLIC,
      });
    const definition = survey.definition;
    const summary = await collector.summaries.get(surveyId, async () => {
      const rows = await db.query<{ data: Record<string, unknown> }>(
        `select record->'data' as data from devisus_responses where survey_id = $1`,
        [surveyId],
      );
      const answers = rows.map((row) => row.data);
      return publicSummary(surveyId, buildModel(definition), answers, config.minCell);
    });
    return c.json(summary, 200, { ...PUBLIC, 'Cache-Control': `public, max-age=${CACHE_SECONDS}` });
  });
}
