import type { Hono } from 'hono';
import { responseSchema } from '@devisus/survey/data';
import type { Collector } from '../app.js';
import { corsFor, isUuid, problem } from '../http.js';
import { receive, refusedInsert } from '../receive.js';
import { bodyHash, insertOnce } from '../store.js';
import { bearer, deletionToken, isAdmin, isDeletionToken } from '../tokens.js';

/** Receiving a survey's responses, and deleting one. */
export function responseRoutes(app: Hono, collector: Collector): void {
  const { config, db, secret } = collector;

  app.post('/surveys/:surveyId/responses', async (c) => {
    const surveyId = c.req.param('surveyId');
    const intake = { what: 'response', kind: 'survey', id: surveyId, target: collector.survey(surveyId) } as const;
    const received = await receive(c, collector, intake, responseSchema);
    if (received instanceof Response) return received;
    const { key: id, value: record } = received;
    if (record.id.toLowerCase() !== id)
      return problem(c, 400, 'the Idempotency-Key header and the response id differ', { path: 'id' });
    if (record.surveyId !== surveyId)
      return problem(c, 400, `the response is to the survey "${record.surveyId}", not "${surveyId}"`, {
        path: 'surveyId',
      });

    const stored = await insertOnce(
      db,
      'devisus_responses',
      { column: 'survey_id', value: surveyId },
      { id, body_sha256: bodyHash(record), record: JSON.stringify(record) },
    );
    const refused = refusedInsert(c, stored, intake.what);
    if (refused) return refused;
    if (stored === 'created') collector.summaries.forget(surveyId);
    // The token goes to the respondent only; a retry gets the same one, as it is derived, not stored.
    const answer = {
      id,
      deletionToken: deletionToken(secret, id),
      delete: `/surveys/${encodeURIComponent(surveyId)}/responses/${id}`,
    };
    return c.json(answer, stored === 'created' ? 201 : 200);
  });

  app.delete('/surveys/:surveyId/responses/:id', async (c) => {
    const surveyId = c.req.param('surveyId');
    const survey = collector.survey(surveyId);
    if (!survey) return problem(c, 404, `no survey "${surveyId}" here`);
    const cors = corsFor(survey.origins, c.req.header('origin'));
    if (!cors) return problem(c, 403, 'pages of this site may not delete responses to this survey');
    for (const [name, value] of Object.entries(cors)) c.header(name, value);
    const id = c.req.param('id').toLowerCase();
    const token = bearer(c.req.header('authorization'));
    if (!token)
      return problem(c, 401, 'send the deletion token (or the admin token) as Authorization: Bearer <token>', {
        headers: { 'WWW-Authenticate': 'Bearer' },
      });
    if (!isUuid(id)) return problem(c, 404, 'no such response');
    // A wrong token is refused before the database is asked, so that it learns nothing of which ids exist.
    if (!isAdmin(token, config.adminTokenSha256) && !isDeletionToken(secret, id, token))
      return problem(c, 403, 'this token may not delete this response');
    const limited = collector.limit(c);
    if (limited) return limited;
    const deleted = await db.query('delete from devisus_responses where id = $1 and survey_id = $2 returning id', [
      id,
      surveyId,
    ]);
    if (!deleted.length) return problem(c, 404, 'no such response');
    collector.summaries.forget(surveyId);
    return c.body(null, 204);
  });
}
