// A real @devisus/collector inside the browser tests' dev server, with a proxy in front of it:
//   /__collector__/<path>              handed to the collector as <path>
//   /__collector__/flaky/<n>/<path>    the first n POSTs of each Idempotency-Key answer 503 (a proxy
//                                      or server having a bad moment), later ones reach the collector
// The collector is bundled from its TypeScript (as `npm run collector` does) as soon as the test
// server starts, not on the first request: on a busy machine, bundling and opening the database
// took longer than a survey waits for an answer (15 s), so the response was sent twice and stored
// once, as it should be, but the test saw "200 already stored" instead of "201 created". Its
// database is PGlite in memory, fresh at each test run.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCollector } from './collector.mjs';
import { ROOT } from './packages.mjs';
import { readBody } from './test-server.mjs';

/** The admin token of the tests' collector: a test reads every stored response with it. */
export const TEST_ADMIN_TOKEN = 'browser-tests-admin-token';

/** The survey whose public summary a test shows (packages/widgets/test/collector.test.ts has it too). */
const SUMMARY_SURVEY = { elements: [{ type: 'checkbox', name: 'uses', choices: ['compost', 'seeds'] }] };

/**
 * Any survey id is taken, as without a "surveys" key in the configuration; those starting with
 * `summary-` also have SUMMARY_SURVEY as definition, which the public summary needs. Each test run
 * posts to an id of its own, since both browsers share this collector.
 */
class TestSurveys extends Map {
  get(id) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(id)) return undefined;
    return id.startsWith('summary-') ? { origins: ['*'], definition: SUMMARY_SURVEY } : { origins: ['*'] };
  }
}

let collector;
const failuresLeft = new Map();

async function startCollector() {
  const folder = await bundleCollector(join(ROOT, 'node_modules/.cache/devisus-collector/browser-tests'));
  const { resolveConfig, openDatabase, migrate, deletionSecret, createApp } = await import(
    pathToFileURL(join(folder, 'index.js')).href
  );
  const config = resolveConfig({}, { DEVISUS_DATA: 'memory://', DEVISUS_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
  config.surveys = new TestSurveys();
  const db = await openDatabase({ data: config.data });
  await migrate(db);
  return createApp({ config, db, secret: await deletionSecret(db), log: () => {} });
}

/** Starts the collector with the test server (a web-test-runner plugin). */
export const collectorStarter = {
  name: 'devisus-collector',
  serverStart() {
    collector ??= startCollector();
    // A collector that fails to start fails the requests that need it, not the whole test run.
    collector.catch(() => {});
  },
};

export async function collectorProxy(ctx, next) {
  const match = /^\/__collector__(?:\/flaky\/(\d+))?(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const [, fails, path] = match;
  const key = ctx.get('Idempotency-Key');
  if (fails && ctx.method === 'POST' && key) {
    const left = failuresLeft.get(key) ?? Number(fails);
    if (left > 0) {
      failuresLeft.set(key, left - 1);
      ctx.status = 503;
      ctx.body = 'the collector is having a bad moment';
      return;
    }
  }
  collector ??= startCollector();
  const app = await collector;
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.headers)) if (typeof value === 'string') headers.set(name, value);
  const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
  const reply = await app.fetch(
    new Request(`http://collector${path}${ctx.search}`, { method: ctx.method, headers, body }),
  );
  ctx.status = reply.status;
  reply.headers.forEach((value, name) => ctx.set(name, value));
  ctx.body = await reply.text();
}
