// What comes out: the admin export (JSON and CSV), the public summary with small counts
// suppressed, and the grids' benchmark.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { ADMIN_TOKEN, collector, postResponse, sampleResponse, testApp } from './helpers.mjs';

const definition = {
  id: 'network',
  elements: [
    { type: 'radiogroup', name: 'role', choices: ['member', 'staff', 'volunteer'], showOtherItem: true },
    { type: 'checkbox', name: 'methods', choices: ['interviews', 'surveys', 'diaries'] },
    { type: 'comment', name: 'story' },
    { type: 'text', name: 'people', inputType: 'number' },
    { type: 'matrix', name: 'scope', rows: ['territory'], columns: ['never', 'regularly'] },
    { type: 'rating', name: 'importance', rateMin: 1, rateMax: 5 },
  ],
};

let app;
before(async () => {
  ({ app } = await testApp({ minCell: 5, surveys: { network: { origins: ['*'], definition }, bare: {} } }));
});

const exported = (surveyId, format, token = ADMIN_TOKEN) =>
  app.request(`/surveys/${surveyId}/responses?format=${format}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });

/** Posts one response per item of `answers` to the survey `network`. */
async function respond(answers) {
  for (const data of answers) assert.equal((await postResponse(app, sampleResponse('network', data))).status, 201);
}

describe('GET /surveys/{surveyId}/responses (export)', () => {
  const records = [
    sampleResponse('bare', { role: 'member', methods: ['interviews', 'diaries'], scope: { territory: 'never' } }),
    sampleResponse('bare', { role: '=HYPERLINK("http://x")', 'role-Comment': 'line\nbreak, "quoted"' }),
  ];
  before(async () => {
    for (const record of records) await postResponse(app, record);
  });

  test('needs the admin token: 401 without it or with another', async () => {
    assert.equal((await exported('bare', 'json', null)).status, 401);
    assert.equal((await exported('bare', 'json', 'not-the-admin-token')).status, 401);
  });

  test('JSON: every response record, as it was sent', async () => {
    const reply = await exported('bare', 'json');
    assert.equal(reply.status, 200);
    const body = await reply.json();
    assert.deepEqual(
      body.sort((a, b) => a.id.localeCompare(b.id)),
      [...records].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  test('CSV: a column per question, lists joined by "; ", a matrix per row, formulas defused', async () => {
    const reply = await exported('bare', 'csv');
    assert.match(reply.headers.get('content-type'), /^text\/csv/);
    const text = (await reply.text()).replace(/^\uFEFF/, '');
    const [header] = text.split('\r\n');
    assert.deepEqual(header.split(','), [
      'id',
      'surveyId',
      'locale',
      'startedAt',
      'completedAt',
      'methods',
      'role',
      'role-Comment',
      'scope.territory',
    ]);
    assert.ok(text.includes(',"interviews; diaries",member,,never\r\n'), text);
    assert.ok(text.includes(`,"'=HYPERLINK(""http://x"")","line\nbreak, ""quoted""",\r\n`), text);
  });
});

describe('GET /surveys/{surveyId}/summary', () => {
  test('a survey without a definition in the configuration has no summary: 404', async () => {
    assert.equal((await app.request('/surveys/bare/summary')).status, 404);
  });

  test('under min-cell responses, nothing but the survey id', async () => {
    await respond(Array.from({ length: 4 }, () => ({ role: 'member' })));
    const summary = await (await app.request('/surveys/network/summary')).json();
    assert.deepEqual(summary, { surveyId: 'network', minCell: 5, responses: null, questions: [] });
  });

  test('counts per answer, every count under min-cell suppressed, free text left out', async () => {
    // With the 4 above: role member 10, staff 6, volunteer 2, other 1 (with a typed text).
    await respond([
      ...Array.from({ length: 6 }, () => ({ role: 'member', methods: ['interviews'], importance: 4 })),
      ...Array.from({ length: 6 }, () => ({ role: 'staff', methods: ['interviews', 'surveys'], importance: 5 })),
      { role: 'volunteer', story: 'We met in the garden.', people: 12 },
      { role: 'volunteer', scope: { territory: 'never' } },
      { role: 'other', 'role-Comment': 'Founder of the Rue des Lilas café' },
    ]);
    const reply = await app.request('/surveys/network/summary');
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('access-control-allow-origin'), '*');
    const summary = await reply.json();
    assert.equal(summary.responses, 19);
    const byName = Object.fromEntries(summary.questions.map((question) => [question.name, question]));
    assert.deepEqual(Object.keys(byName), ['role', 'methods', 'scope', 'importance']);
    // volunteer (2) and other (1) are under 5: two hidden counts, whose sum alone can be worked out.
    assert.deepEqual(byName.role.counts, { 'c:member': 10, 'c:staff': 6, 'c:volunteer': null, other: null });
    assert.equal(byName.role.answered, 19);
    assert.deepEqual(byName.methods.counts, { 'c:interviews': 12, 'c:surveys': 6, 'c:diaries': null });
    assert.deepEqual(byName.scope, {
      name: 'scope',
      type: 'matrix',
      answered: null,
      matrix: { territory: { never: null, regularly: null } },
    });
    assert.equal(byName.importance.median, 4.5);
    const text = JSON.stringify(summary);
    for (const secret of ['garden', 'Lilas']) assert.ok(!text.includes(secret), secret);
  });

  test('a single small count is not left to be worked out from the total', async () => {
    const { suppress } = await collector();
    assert.deepEqual(suppress([10, 7, 3], 5, true), [10, null, null]);
    assert.deepEqual(suppress([10, 7, 3], 5, false), [10, 7, null]);
    assert.deepEqual(suppress([10, 2, 3], 5, true), [10, null, null]);
  });
});

describe('grids: POST /grids/{gridId}/assessments and GET /grids/{gridId}/benchmark', () => {
  const share = (gridId, scores, key = randomUUID()) =>
    app.request(`/grids/${gridId}/assessments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({
        framework: { id: gridId, version: '1.0' },
        date: '2026-11-25',
        answers: { 'ties-meeting-free': { value: true, comment: 'Only on Saturdays, ask Marie' } },
        scores,
      }),
    });
  const scores = (overall, ties, waste) => ({
    overall,
    dimensions: { ties, waste },
    criteria: { 'ties-meeting': ties, 'waste-repairs': waste },
  });
  const benchmark = async (gridId) => (await app.request(`/grids/${gridId}/benchmark`)).json();

  test('stores an assessment once per key: 201, then 200, and 409 for another body', async () => {
    const key = randomUUID();
    assert.equal((await share('repair', scores(50, 60, 40), key)).status, 201);
    assert.equal((await share('repair', scores(50, 60, 40), key)).status, 200);
    assert.equal((await share('repair', scores(51, 60, 40), key)).status, 409);
  });

  test('refuses what is not an assessment of that grid: 400 naming the field', async () => {
    const wrongGrid = await app.request('/grids/repair/assessments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({
        framework: { id: 'other', version: '1' },
        date: 'x',
        answers: {},
        scores: scores(1, 1, 1),
      }),
    });
    assert.equal(wrongGrid.status, 400);
    assert.equal((await wrongGrid.json()).path, 'framework.id');
    const outOfRange = await share('repair', scores(150, 1, 1));
    assert.equal((await outOfRange.json()).path, 'scores.overall');
  });

  test('no benchmark under min-cell assessments', async () => {
    const result = await benchmark('repair');
    assert.equal(result.assessments, null);
    assert.deepEqual(result.dimensions, {});
  });

  test('count, median and quartiles per dimension and criterion, once min-cell assessments exist', async () => {
    // With the one above (ties 60, waste 40): ties 10..60, waste only in four of them.
    for (const [overall, ties, waste] of [
      [20, 10, 30],
      [30, 20, null],
      [40, 30, 50],
      [45, 40, null],
      [55, 50, 70],
    ])
      assert.equal((await share('repair', scores(overall, ties, waste))).status, 201);
    const result = await benchmark('repair');
    assert.equal(result.assessments, 6);
    assert.deepEqual(result.dimensions.ties, { count: 6, q1: 22.5, median: 35, q3: 47.5 });
    assert.deepEqual(result.criteria['ties-meeting'], result.dimensions.ties);
    assert.deepEqual(result.overall, { count: 6, q1: 32.5, median: 42.5, q3: 48.75 });
    // waste has 4 scores: under min-cell, no band.
    assert.equal(result.dimensions.waste, undefined);
    assert.equal(JSON.stringify(result).includes('Marie'), false);
  });
});

test('public figures are worked out once for many askers, again once stale or forgotten', async () => {
  const { FiguresCache } = await collector();
  let now = 0;
  let computed = 0;
  const cache = new FiguresCache(30, () => now);
  const compute = async () => ++computed;
  assert.deepEqual(await Promise.all(Array.from({ length: 20 }, () => cache.get('s', compute))), Array(20).fill(1));
  now = 29_999;
  assert.equal(await cache.get('s', compute), 1);
  now = 30_000;
  assert.equal(await cache.get('s', compute), 2);
  cache.forget('s');
  assert.equal(await cache.get('s', compute), 3);
  await assert.rejects(cache.get('t', () => Promise.reject(new Error('database down'))));
  assert.equal(await cache.get('t', compute), 4);
});
