import { Hono, type Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Benchmark } from './benchmark.js';
import { BodyError } from './body.js';
import { CACHE_SECONDS, FiguresCache } from './cache.js';
import type { CollectorConfig, SurveyConfig } from './config.js';
import type { Database } from './database.js';
import { problem, ID, PREFLIGHT, corsFor } from './http.js';
import { schemaVersion } from './migrations.js';
import { RateLimit } from './rate-limit.js';
import type { PublicSummary } from './summary.js';
import { responseRoutes } from './routes/responses.js';
import { exportRoutes } from './routes/export.js';
import { summaryRoutes } from './routes/summary.js';
import { gridRoutes } from './routes/grids.js';

/** What every route needs: the configuration, the database, and the few helpers built on them. */
export interface Collector {
  config: CollectorConfig;
  db: Database;
  /** The database's secret for deletion tokens. */
  secret: string;
  /** The survey `id` names, or undefined when it is not one this collector accepts. */
  survey(id: string): SurveyConfig | undefined;
  grid(id: string): { origins: string[] } | undefined;
  /** Public figures, by survey and by grid, worked out at most once per CACHE_SECONDS. */
  summaries: FiguresCache<PublicSummary>;
  benchmarks: FiguresCache<Benchmark>;
  /** null when the request may go on, else the answer to give (429 with Retry-After). */
  limit(c: Context): Response | null;
}

export type Log = (line: string) => void;

/**
 * The collector's HTTP interface, as a Hono app (a `fetch` handler): served by server.ts, called
 * directly by the tests.
 */
export function createApp(options: { config: CollectorConfig; db: Database; secret: string; log?: Log }): Hono {
  const { config, db, secret, log } = options;
  const rateLimit = new RateLimit(config.rateLimit.max, config.rateLimit.windowSeconds);
  const collector: Collector = {
    config,
    db,
    secret,
    survey: (id) => (config.surveys ? config.surveys.get(id) : ID.test(id) ? { origins: ['*'] } : undefined),
    summaries: new FiguresCache(CACHE_SECONDS),
    benchmarks: new FiguresCache(CACHE_SECONDS),
    grid: (id) => (config.grids ? config.grids.get(id) : ID.test(id) ? { origins: ['*'] } : undefined),
    limit(c) {
      const wait = rateLimit.take(clientAddress(c, config.trustProxy));
      return wait === null
        ? null
        : problem(c, 429, 'too many requests from this address; try again later', {
            headers: { 'Retry-After': String(wait) },
          });
    },
  };

  const app = new Hono();
  if (log) {
    // Method, path, status and time only: never a header (tokens) nor a body (answers).
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      // The path as a JSON string's inside: a line break in it cannot forge a line of the log.
      const path = JSON.stringify(c.req.path).slice(1, -1);
      log(`${c.req.method} ${path} ${c.res.status} ${Math.round(performance.now() - start)}ms`);
    });
  }

  app.get('/health', async (c) => {
    try {
      const schema = await schemaVersion(db);
      return c.json({ status: 'ok', database: { kind: db.kind, ok: true, schema } });
    } catch {
      return c.json({ status: 'unavailable', database: { kind: db.kind, ok: false } }, 503);
    }
  });

  // The preflight a page's browser sends before a cross-origin POST or DELETE.
  app.options('/:kind{surveys|grids}/:id/*', (c) => {
    const id = c.req.param('id');
    const target = c.req.param('kind') === 'surveys' ? collector.survey(id) : collector.grid(id);
    const cors = target && corsFor(target.origins, c.req.header('origin'));
    if (!cors) return c.body(null, 403);
    return c.body(null, 204, { ...cors, ...PREFLIGHT });
  });

  responseRoutes(app, collector);
  exportRoutes(app, collector);
  summaryRoutes(app, collector);
  gridRoutes(app, collector);

  app.notFound((c) => problem(c, 404, 'nothing here'));
  app.onError((error, c) => {
    if (error instanceof BodyError) return problem(c, error.status, error.message);
    // Our problem, not the sender's: 503 says "try again later", and the survey's outbox will.
    // The message only: a database error may quote the values it was given.
    console.error(`${c.req.method} ${c.req.path}: ${error.name}: ${error.message.slice(0, 200)}`);
    return problem(c, 503, 'the collector cannot do this now; try again later');
  });
  return app;
}

/** The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For entry. */
function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // called without a socket (the tests' app.request())
  }
}
