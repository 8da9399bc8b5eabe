import type { Hono } from 'hono';
import { buildModel, type ResponseRecord } from '@devisus/survey/data';
import type { Collector } from '../app.js';
import { responsesCsv } from '../export-csv.js';
import { problem } from '../http.js';
import { bearer, isAdmin } from '../tokens.js';

/** Every response of a survey, for its owners (the admin token): JSON or CSV. */
export function exportRoutes(app: Hono, collector: Collector): void {
  const { config, db } = collector;

  app.get('/surveys/:surveyId/responses', async (c) => {
    if (!config.adminTokenSha256) return problem(c, 403, 'exports are off: this collector has no admin token');
    if (!isAdmin(bearer(c.req.header('authorization')), config.adminTokenSha256))
      return problem(c, 401, 'send the admin token as Authorization: Bearer <token>', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    const surveyId = c.req.param('surveyId');
    const survey = collector.survey(surveyId);
    if (!survey) return problem(c, 404, `no survey "${surveyId}" here`);
    const format = c.req.query('format') ?? 'json';
    if (format !== 'json' && format !== 'csv') return problem(c, 400, 'format must be json or csv');
    const rows = await db.query<{ record: ResponseRecord }>(
      'select record from devisus_responses where survey_id = $1 order by received_at, id',
      [surveyId],
    );
    const records = rows.map((row) => row.record);
    const filename = `${surveyId.replace(/[^A-Za-z0-9._-]/g, '_')}-responses.${format}`;
    const headers = { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' };
    if (format === 'json') return c.json(records, 200, headers);
    const model = survey.definition ? buildModel(survey.definition) : undefined;
    // A BOM, so that spreadsheets open the file as UTF-8.
    return c.body(`\uFEFF${responsesCsv(records, model)}`, 200, {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
    });
  });
}
