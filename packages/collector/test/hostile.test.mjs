// Bad input never takes the collector down: a corpus of hostile requests against a collector
// process of its own, each followed by GET /health. SQL anywhere is stored as text, never run.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import { client } from './http-client.mjs';
import { ADMIN_TOKEN, cleanDatabase, sampleResponse, spawnCollector } from './helpers.mjs';

let collector;
let http;
before(async () => {
  const where = await cleanDatabase();
  collector = await spawnCollector({
    DEVISUS_ADMIN_TOKEN: ADMIN_TOKEN,
    DEVISUS_LOG: 'on',
    ...(where.url ? { DATABASE_URL: where.url } : { DEVISUS_DATA: 'memory://' }),
  });
  http = client(collector.url, 4);
});

const SQL = `'; drop table devisus_responses; --`;
const json = { 'Content-Type': 'application/json' };
const keyed = (id, headers = json) => ({ ...headers, 'Idempotency-Key': id });

/** [name, method, path, body, headers, the statuses it may get] */
function corpus() {
  const record = sampleResponse('hostile');
  const id = record.id;
  const body = (changes) => JSON.stringify({ ...record, ...changes });
  const nested = (depth) => '['.repeat(depth) + ']'.repeat(depth);
  const post = '/surveys/hostile/responses';
  return [
    ['empty body', 'POST', post, '', keyed(id), [400]],
    ['truncated JSON', 'POST', post, '{"id": "', keyed(id), [400]],
    ['trailing garbage', 'POST', post, body({}) + '}', keyed(id), [400]],
    ['JSON null', 'POST', post, 'null', keyed(id), [400]],
    ['a JSON array', 'POST', post, '[1,2,3]', keyed(id), [400]],
    ['a JSON string', 'POST', post, '"hello"', keyed(id), [400]],
    [
      'a number too big for a double',
      'POST',
      post,
      body({ data: { n: 1 } }).replace('"n":1', '"n":1e999'),
      keyed(id),
      [201],
    ],
    ['100,000 nested arrays', 'POST', post, nested(100_000), keyed(id), [400]],
    [
      'deep objects in data',
      'POST',
      post,
      body({ data: JSON.parse('{"a":'.repeat(50) + '1' + '}'.repeat(50)) }),
      keyed(id),
      [400],
    ],
    ['text/plain', 'POST', post, body({}), keyed(id, { 'Content-Type': 'text/plain' }), [415]],
    ['a form', 'POST', post, 'id=1&data=2', keyed(id, { 'Content-Type': 'application/x-www-form-urlencoded' }), [415]],
    [
      'multipart',
      'POST',
      post,
      '--x\r\n\r\n--x--',
      keyed(id, { 'Content-Type': 'multipart/form-data; boundary=x' }),
      [415],
    ],
    ['no content type', 'POST', post, body({}), { 'Idempotency-Key': id }, [415]],
    ['latin-1 JSON', 'POST', post, body({}), keyed(id, { 'Content-Type': 'application/json; charset=latin1' }), [415]],
    ['invalid UTF-8', 'POST', post, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), keyed(id), [400]],
    ['a __proto__ key', 'POST', post, body({}).replace('{', '{"__proto__":{"polluted":true},'), keyed(id), [400]],
    [
      'a __proto__ answer',
      'POST',
      post,
      body({}).replace('"data":{', '"data":{"__proto__":{"polluted":true},'),
      keyed(id),
      [400],
    ],
    [
      'constructor and prototype answers',
      'POST',
      post,
      body({ id: randomUUID(), data: { constructor: 'x', prototype: { a: 1 } } }),
      keyed(null),
      [201],
    ],
    ['a NUL in an answer', 'POST', post, body({ data: { q: 'a\u0000b' } }), keyed(id), [400]],
    ['half a surrogate pair', 'POST', post, body({}).replace('"member"', '"\\ud800"'), keyed(id), [400]],
    ['a key that is SQL', 'POST', post, body({}), keyed(SQL), [400]],
    [
      'a survey id that is SQL',
      'POST',
      `/surveys/${encodeURIComponent(SQL)}/responses`,
      body({ surveyId: SQL }),
      keyed(id),
      [404],
    ],
    ['a path that climbs', 'POST', '/surveys/../../etc/passwd/responses', body({}), keyed(id), [404]],
    ['a huge Idempotency-Key', 'POST', post, body({}), keyed('a'.repeat(8000)), [400]],
    ['10 MB declared', 'POST', post, 'x'.repeat(10 * 1024 * 1024), keyed(id), [413]],
    [
      '10,000 answers',
      'POST',
      post,
      body({ id: randomUUID(), data: Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`q${i}`, i])) }),
      keyed(null),
      [201],
    ],
    ['PUT', 'PUT', post, body({}), keyed(id), [404]],
    ['an export without a token', 'GET', '/surveys/hostile/responses', undefined, {}, [401]],
    [
      'an export with a wrong token',
      'GET',
      '/surveys/hostile/responses',
      undefined,
      { Authorization: 'Bearer nope' },
      [401],
    ],
    [
      'an export with a token that is SQL',
      'GET',
      '/surveys/hostile/responses?format=csv',
      undefined,
      { Authorization: `Bearer ${SQL}` },
      [401, 400],
    ],
    [
      'an export in an unknown format',
      'GET',
      '/surveys/hostile/responses?format=xml',
      undefined,
      { Authorization: `Bearer ${ADMIN_TOKEN}` },
      [400],
    ],
    [
      'a delete with SQL as the id',
      'DELETE',
      `/surveys/hostile/responses/${encodeURIComponent(SQL)}`,
      undefined,
      { Authorization: `Bearer ${ADMIN_TOKEN}` },
      [404],
    ],
    [
      'a benchmark of a grid id that is SQL',
      'GET',
      `/grids/${encodeURIComponent(SQL)}/benchmark`,
      undefined,
      {},
      [404],
    ],
    ['an assessment that is not one', 'POST', '/grids/g/assessments', '{"framework":1}', keyed(randomUUID()), [400]],
  ].map(([name, method, path, data, headers, statuses]) => {
    // keyed(null): the body's own id is the key.
    if (headers['Idempotency-Key'] === null) headers['Idempotency-Key'] = JSON.parse(data).id;
    return { name, method, path, data, headers, statuses };
  });
}

test('every hostile request is refused with a 4xx (or stored as text), and /health stays 200', async () => {
  for (const { name, method, path, data, headers, statuses } of corpus()) {
    const reply = await http.request(method, path, { body: data, headers }).catch((error) => ({ status: error.code }));
    assert.ok(statuses.includes(reply.status), `${name}: ${reply.status} ${reply.text ?? ''}`);
    const health = await http.request('GET', '/health');
    assert.equal(health.status, 200, `after ${name}`);
  }
  assert.equal(collector.child.exitCode, null);
  // No prototype was touched along the way.
  assert.equal({}.polluted, undefined);
});

test('SQL in every field is stored and exported as the text it is', async () => {
  const record = sampleResponse('hostile', { [SQL]: SQL, q: [SQL, `" or 1=1 --`], m: { [SQL]: `$1` } });
  record.locale = SQL.slice(0, 35);
  const reply = await http.postResponse(record);
  assert.equal(reply.status, 201, reply.text);
  const exported = await http.request('GET', '/surveys/hostile/responses?format=json', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  const stored = JSON.parse(exported.text).find((item) => item.id === record.id);
  assert.deepEqual(stored, record);
});

test('the log names no token, and holds no answer', async () => {
  const record = sampleResponse('hostile', { secret: 'my-private-answer' });
  const { deletionToken } = JSON.parse((await http.postResponse(record)).text);
  await http.request('GET', '/surveys/hostile/responses?format=csv', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  await http.request('DELETE', `/surveys/hostile/responses/${record.id}`, {
    headers: { Authorization: `Bearer ${deletionToken}` },
  });
  const health = await http.request('GET', '/health');
  assert.equal(health.status, 200);
  const log = collector.output();
  assert.match(log, /DELETE \/surveys\/hostile\/responses\/\S+ 204/);
  for (const secret of [ADMIN_TOKEN, deletionToken, 'my-private-answer']) assert.ok(!log.includes(secret), secret);
  // A line break in the path stays inside its own line.
  await http.request('GET', '/surveys/x%0AGET%20/forged%20200%200ms/summary');
  await http.request('GET', '/health');
  assert.doesNotMatch(collector.output(), /^GET \/forged/m);
});
