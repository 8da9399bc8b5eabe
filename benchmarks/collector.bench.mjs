// The collector under load, over loopback only: autocannon posts a fixed number of distinct survey
// responses (for a minute at most) over 20 connections to a collector process on PGlite and, when TEST_DATABASE_URL names
// a PostgreSQL server, on a fresh database there. Prints responses stored per second, the latency
// percentiles, and checks that every response sent was stored.
//   npm run bench -- collector
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { bundleCollector } from '../scripts/collector.mjs';
import { ROOT } from '../scripts/packages.mjs';

const REQUESTS = 3000;
const CONNECTIONS = 20;
/** No run lasts longer than this, whatever the machine. */
const MAX_SECONDS = 60;
const TOKEN = 'benchmark-admin-token-0123456789';

const work = mkdtempSync(join(tmpdir(), 'devisus-collector-bench-'));
const bundle = await bundleCollector(join(ROOT, 'node_modules/.cache/devisus-collector', `bench-${process.pid}`));
writeFileSync(join(work, 'devisus-collector.json'), JSON.stringify({ rateLimit: { max: 0 } }));

/** A collector process on a free loopback port; resolves with its address once it listens. */
function start(env) {
  const cli = pathToFileURL(join(bundle, 'cli.js')).href;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `(await import(${JSON.stringify(cli)})).main()`],
    {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEVISUS_LOG: 'off', DEVISUS_ADMIN_TOKEN: TOKEN, ...env },
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+?),/.exec(output);
      if (match) resolve({ url: match[1], child });
    });
    child.once('exit', (code) => reject(new Error(`the collector exited (${code}): ${output}`)));
  });
}

async function run(name, env) {
  const { url, child } = await start(env);
  try {
    const surveyId = `bench-${Date.now()}`;
    const load = autocannon({
      url: `${url}/surveys/${surveyId}/responses`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          setupRequest(request) {
            const id = randomUUID();
            const record = {
              id,
              surveyId,
              locale: 'fr',
              startedAt: '2026-11-25T09:30:02.114Z',
              completedAt: '2026-11-25T09:41:37.902Z',
              data: {
                role: 'member',
                methods: ['interviews', 'other'],
                'methods-Comment': 'Photo diaries',
                importance: 4,
              },
            };
            return {
              ...request,
              headers: { 'content-type': 'application/json', 'idempotency-key': id },
              body: JSON.stringify(record),
            };
          },
        },
      ],
    });
    const stop = setTimeout(() => load.stop(), MAX_SECONDS * 1000);
    const result = await load;
    clearTimeout(stop);
    const stored = await fetch(`${url}/surveys/${surveyId}/responses`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    }).then((reply) => reply.json());
    const ok = result['2xx'];
    console.log(
      `${name.padEnd(11)} ${Math.round((ok / result.duration) * 10) / 10} responses/s, ` +
        `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
        `${ok}/${result.requests.sent} acknowledged, ${stored.length} stored, ${result.non2xx} refused, ${result.errors} errors`,
    );
    // A response cut by the time limit may be stored unacknowledged; an acknowledged one must be stored.
    if (stored.length < ok) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

/** A database of its own on the server of TEST_DATABASE_URL, dropped afterwards. */
async function postgres(work) {
  const { default: pg } = await import('pg');
  const name = `devisus_bench_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    await work(url.href);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

try {
  console.log(`${REQUESTS} distinct responses, ${CONNECTIONS} connections, loopback:`);
  await run('PGlite', { DEVISUS_DATA: join(work, 'data') });
  if (process.env.TEST_DATABASE_URL) await postgres((url) => run('PostgreSQL', { DATABASE_URL: url }));
  else console.log('PostgreSQL  skipped: set TEST_DATABASE_URL=postgres://… to measure it too');
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(bundle, { recursive: true, force: true });
}
