// Exactly once under retries, races and crashes, against a collector process of its own.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { client, pool } from './http-client.mjs';
import { ADMIN_TOKEN, cleanDatabase, sampleResponse, spawnCollector } from './helpers.mjs';

const folder = mkdtempSync(join(tmpdir(), 'devisus-collector-'));
after(() => rmSync(folder, { recursive: true, force: true }));
let env;
before(async () => {
  writeFileSync(join(folder, 'devisus-collector.json'), JSON.stringify({ rateLimit: { max: 0 } }));
  const where = await cleanDatabase();
  env = {
    DEVISUS_CONFIG: join(folder, 'devisus-collector.json'),
    DEVISUS_ADMIN_TOKEN: ADMIN_TOKEN,
    ...(where.url ? { DATABASE_URL: where.url } : { DEVISUS_DATA: join(folder, 'data') }),
  };
});

/** The ids the collector holds for `surveyId`, read back through the admin export. */
async function storedIds(http, surveyId) {
  const reply = await http.request('GET', `/surveys/${surveyId}/responses?format=json`, {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  assert.equal(reply.status, 200);
  return JSON.parse(reply.text).map((record) => record.id);
}

test('the same response posted 20 times at once is stored once: one 201, nineteen 200', async () => {
  const collector = await spawnCollector(env);
  const http = client(collector.url, 20);
  const record = sampleResponse('race');
  const replies = await Promise.all(Array.from({ length: 20 }, () => http.postResponse(record)));
  const statuses = replies.map((reply) => reply.status).sort((a, b) => b - a);
  assert.deepEqual(statuses, [201, ...Array(19).fill(200)]);
  assert.deepEqual(await storedIds(http, 'race'), [record.id]);
  http.close();
  collector.child.kill('SIGTERM');
  await collector.exited;
});

test('2,000 distinct responses over 50 connections are all stored, each once', { timeout: 180_000 }, async () => {
  const collector = await spawnCollector(env);
  const http = client(collector.url, 50);
  const records = Array.from({ length: 2000 }, (_, index) => sampleResponse('load', { index }));
  const replies = await pool(records, 50, (record) => http.postResponse(record));
  assert.deepEqual(
    replies.filter((reply) => reply.status !== 201).map((reply) => `${reply.status} ${reply.text}`),
    [],
  );
  const stored = await storedIds(http, 'load');
  assert.equal(stored.length, 2000);
  assert.deepEqual(new Set(stored), new Set(records.map((record) => record.id)));
  http.close();
  collector.child.kill('SIGTERM');
  await collector.exited;
});

test('killed mid-load and restarted, it has every response it acknowledged', { timeout: 180_000 }, async () => {
  const records = Array.from({ length: 600 }, (_, index) => sampleResponse('crash', { index }));
  const acknowledged = new Set();
  let collector = await spawnCollector(env);
  let http = client(collector.url, 20);
  let killed = false;
  await pool(records, 20, async (record) => {
    try {
      const reply = await http.postResponse(record);
      if (reply.status >= 200 && reply.status < 300) acknowledged.add(record.id);
    } catch {
      // The connection died with the process: not acknowledged, the outbox would send it again.
    }
    // SIGKILL: no clean shutdown, whatever is in flight is cut.
    if (!killed && acknowledged.size >= 150) {
      killed = true;
      collector.child.kill('SIGKILL');
    }
  });
  assert.equal((await collector.exited).signal, 'SIGKILL');
  assert.ok(acknowledged.size >= 150 && acknowledged.size < records.length, `${acknowledged.size} acknowledged`);
  http.close();

  collector = await spawnCollector(env);
  http = client(collector.url, 20);
  const stored = new Set(await storedIds(http, 'crash'));
  const lost = [...acknowledged].filter((id) => !stored.has(id));
  assert.deepEqual(lost, []);
  // The outbox then sends the rest again: every response ends up stored once.
  const replies = await pool(records, 20, (record) => http.postResponse(record));
  assert.ok(replies.every((reply) => reply.status === 200 || reply.status === 201));
  assert.equal((await storedIds(http, 'crash')).length, records.length);
  http.close();
  collector.child.kill('SIGTERM');
  await collector.exited;
});
