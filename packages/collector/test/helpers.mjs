// What the collector's tests share: the collector built from source, a clean database (PGlite in
// memory, or a fresh database on the PostgreSQL server of TEST_DATABASE_URL), sample bodies, and a
// collector process of its own for the tests that kill it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { pathToFileURL } from 'node:url';
import { bundleCollector } from '../../../scripts/collector.mjs';
import { ROOT } from '../../../scripts/packages.mjs';

const folder = join(ROOT, 'node_modules/.cache/devisus-collector', `test-${process.pid}`);
const bundled = bundleCollector(folder);
// Registered here, at the file's top level: an after() called inside a hook would run at that
// hook's end, closing a database the tests still use.
const cleanups = [() => rmSync(folder, { recursive: true, force: true })];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The collector's module (src/index.ts), built from source. */
export const collector = async () => import(pathToFileURL(join(await bundled, 'index.js')).href);

export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * A clean database for one test file: `{ url }` of a database made for it on the PostgreSQL server
 * of TEST_DATABASE_URL (dropped afterwards), else `{ data }`, PGlite in memory.
 */
export async function cleanDatabase() {
  if (!onPostgres) return { data: 'memory://' };
  const { default: pg } = await import('pg');
  const name = `devisus_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return { url: url.href };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/**
 * An app (Hono's `request()` answers without a socket) on a clean, migrated database. `file` is
 * what devisus-collector.json would hold.
 */
export async function testApp(file = {}) {
  const { resolveConfig, parseFile, openDatabase, migrate, deletionSecret, createApp } = await collector();
  const where = await cleanDatabase();
  const config = resolveConfig(parseFile({ rateLimit: { max: 0 }, ...file }), { DEVISUS_ADMIN_TOKEN: ADMIN_TOKEN });
  const db = await openDatabase({ url: where.url, data: where.data ?? 'memory://' });
  cleanups.push(() => db.close().catch(() => undefined)); // a test may have closed it
  await migrate(db);
  const app = createApp({ config, db, secret: await deletionSecret(db) });
  return { app, db, config };
}

/** A response as <devisus-survey> sends it. */
export function sampleResponse(surveyId = 'impact', data = { role: 'member', methods: ['interviews'] }) {
  return {
    id: randomUUID(),
    surveyId,
    locale: 'fr',
    startedAt: '2025-05-12T09:30:02.114Z',
    completedAt: '2025-05-12T09:41:37.902Z',
    data,
  };
}

/** POSTs `record` as the survey's outbox does; `init` adds or replaces headers and the body. */
export function postResponse(app, record, init = {}) {
  return app.request(`/surveys/${record.surveyId}/responses`, {
    method: 'POST',
    ...init,
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': record.id, ...init.headers },
    body: init.body ?? JSON.stringify(record),
  });
}

/**
 * Starts the collector in a process of its own on a free loopback port; resolves once it listens.
 * `env` adds to the process's environment (DEVISUS_DATA, DATABASE_URL…).
 */
export async function spawnCollector(env = {}) {
  const cli = pathToFileURL(join(await bundled, 'cli.js')).href;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `(await import(${JSON.stringify(cli)})).main()`],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEVISUS_LOG: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+?),/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}) before listening:\n${output}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  cleanups.push(() => child.kill('SIGKILL'));
  return { url, child, exited, output: () => output };
}
