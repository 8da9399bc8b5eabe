// POST /surveys/{id}/responses as the survey element's outbox uses it, DELETE, and /health.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { ADMIN_TOKEN, postResponse, sampleResponse, testApp } from './helpers.mjs';

let app;
let db;
before(async () => {
  ({ app, db } = await testApp());
});

const stored = async (id) => (await db.query('select record from devisus_responses where id = $1', [id]))[0]?.record;

describe('POST /surveys/{surveyId}/responses', () => {
  test('stores a response and answers 201 with its deletion token', async () => {
    const record = sampleResponse();
    const reply = await postResponse(app, record);
    assert.equal(reply.status, 201);
    const body = await reply.json();
    assert.equal(body.id, record.id);
    assert.match(body.deletionToken, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(await stored(record.id), record);
  });

  test('the same key and body again: 200, the same token, stored once', async () => {
    const record = sampleResponse();
    const first = await (await postResponse(app, record)).json();
    const again = await postResponse(app, record);
    assert.equal(again.status, 200);
    assert.equal((await again.json()).deletionToken, first.deletionToken);
    const [{ count }] = await db.query('select count(*)::integer as count from devisus_responses where id = $1', [
      record.id,
    ]);
    assert.equal(count, 1);
  });

  test('the same key with another body: 409, and the first body stays', async () => {
    const record = sampleResponse();
    await postResponse(app, record);
    const other = { ...record, data: { role: 'staff' } };
    const reply = await postResponse(app, other);
    assert.equal(reply.status, 409);
    assert.deepEqual((await stored(record.id)).data, record.data);
  });

  test('a key already used by another survey: 409', async () => {
    const record = sampleResponse('first-survey');
    assert.equal((await postResponse(app, record)).status, 201);
    assert.equal((await postResponse(app, { ...record, surveyId: 'second-survey' })).status, 409);
  });

  test('an invalid response: 400 naming the field', async () => {
    const record = sampleResponse();
    const cases = [
      [{ ...record, data: 'yes' }, 'data'],
      [{ ...record, startedAt: 'yesterday' }, 'startedAt'],
      [{ ...record, locale: undefined }, 'locale'],
      [{ ...record, surveyId: 'another' }, 'surveyId'],
    ];
    for (const [body, path] of cases) {
      const reply = await postResponse(app, record, { body: JSON.stringify(body) });
      assert.equal(reply.status, 400, path);
      assert.equal((await reply.json()).path, path);
    }
    assert.equal(await stored(record.id), undefined);
  });

  test('a missing or mismatched Idempotency-Key: 400', async () => {
    const record = sampleResponse();
    assert.equal((await postResponse(app, record, { headers: { 'Idempotency-Key': '' } })).status, 400);
    const other = sampleResponse().id;
    assert.equal((await postResponse(app, record, { headers: { 'Idempotency-Key': other } })).status, 400);
    assert.equal(await stored(record.id), undefined);
  });

  test('a body over the limit: 413, whether or not Content-Length says so', async () => {
    const record = sampleResponse('impact', { text: 'x'.repeat(300 * 1024) });
    assert.equal((await postResponse(app, record)).status, 413);
    const chunks = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 40; index++) controller.enqueue(new TextEncoder().encode('x'.repeat(10000)));
        controller.close();
      },
    });
    const streamed = await postResponse(app, record, { body: chunks, duplex: 'half' });
    assert.equal(streamed.status, 413);
  });

  test('not JSON: 415 for another content type, 400 for malformed JSON', async () => {
    const record = sampleResponse();
    assert.equal((await postResponse(app, record, { headers: { 'Content-Type': 'text/plain' } })).status, 415);
    assert.equal((await postResponse(app, record, { body: '{"id": ' })).status, 400);
  });

  test('an unknown survey id: 404', async () => {
    const record = sampleResponse('bad id with spaces');
    const reply = await app.request('/surveys/bad%20id/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id },
      body: JSON.stringify(record),
    });
    assert.equal(reply.status, 404);
  });
});

describe('a configured collector', () => {
  let configured;
  before(async () => {
    ({ app: configured } = await testApp({
      surveys: { impact: { origins: ['https://network.example'] } },
      rateLimit: { max: 3, windowSeconds: 60 },
    }));
  });

  test('takes responses to its surveys only: 404 for another', async () => {
    assert.equal((await postResponse(configured, sampleResponse('impact'))).status, 201);
    assert.equal((await postResponse(configured, sampleResponse('other'))).status, 404);
  });

  test('answers CORS for the listed origins only, and refuses the others with 403', async () => {
    const preflight = await configured.request('/surveys/impact/responses', {
      method: 'OPTIONS',
      headers: { Origin: 'https://network.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://network.example');
    assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    const refused = await configured.request('/surveys/impact/responses', {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const record = sampleResponse('impact');
    const post = await postResponse(configured, record, { headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(post.status, 403);
  });

  test('too many requests from one address: 429 with Retry-After', async () => {
    const replies = [];
    for (let index = 0; index < 5; index++) replies.push(await postResponse(configured, sampleResponse('impact')));
    const limited = replies.find((reply) => reply.status === 429);
    assert.ok(limited, replies.map((reply) => reply.status).join());
    assert.match(limited.headers.get('retry-after'), /^\d+$/);
  });
});

describe('DELETE /surveys/{surveyId}/responses/{id}', () => {
  const remove = (record, token) =>
    app.request(`/surveys/${record.surveyId}/responses/${record.id}`, {
      method: 'DELETE',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });

  test('with the deletion token the respondent was given: 204, and the response is gone', async () => {
    const record = sampleResponse();
    const { deletionToken } = await (await postResponse(app, record)).json();
    assert.equal((await remove(record, deletionToken)).status, 204);
    assert.equal(await stored(record.id), undefined);
    assert.equal((await remove(record, deletionToken)).status, 404);
  });

  test("with another response's token, or none: refused, and the response stays", async () => {
    const record = sampleResponse();
    await postResponse(app, record);
    const other = sampleResponse();
    const { deletionToken } = await (await postResponse(app, other)).json();
    assert.equal((await remove(record, deletionToken)).status, 403);
    assert.equal((await remove(record)).status, 401);
    assert.ok(await stored(record.id));
  });

  test('with the admin token: 204', async () => {
    const record = sampleResponse();
    await postResponse(app, record);
    assert.equal((await remove(record, ADMIN_TOKEN)).status, 204);
    assert.equal(await stored(record.id), undefined);
  });
});

test('GET /health: 200 with the database state', async () => {
  const reply = await app.request('/health');
  assert.equal(reply.status, 200);
  const body = await reply.json();
  assert.equal(body.status, 'ok');
  assert.equal(body.database.ok, true);
  assert.equal(body.database.schema, 1);
});

test('with the database down: /health 503, and a response 503, which the outbox sends again later', async () => {
  const { app: broken, db: lost } = await testApp();
  await lost.close();
  const health = await broken.request('/health');
  assert.equal(health.status, 503);
  assert.equal((await health.json()).database.ok, false);
  assert.equal((await postResponse(broken, sampleResponse())).status, 503);
});
