/// <reference types="node" />
import { serve, type ServerType } from '@hono/node-server';
import { createApp, type Log } from './app.js';
import type { CollectorConfig } from './config.js';
import { openDatabase, type Database } from './database.js';
import { deletionSecret, migrate } from './migrations.js';

export interface RunningCollector {
  /** Where it listens, e.g. http://127.0.0.1:8787. */
  url: string;
  db: Database;
  schema: number;
  /** Stops taking requests, lets those under way finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and listens. */
export async function startCollector(config: CollectorConfig, log?: Log): Promise<RunningCollector> {
  const db = await openDatabase({ url: config.databaseUrl, data: config.data });
  let server: ServerType | undefined;
  try {
    const schema = await migrate(db);
    const secret = await deletionSecret(db);
    const app = createApp({ config, db, secret, log });
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info.port));
      server.once('error', reject);
    });
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      db,
      schema,
      close: async () => {
        await new Promise<void>((resolve) => server!.close(() => resolve()));
        await db.close();
      },
    };
  } catch (error) {
    server?.close();
    await db.close().catch(() => undefined);
    throw error;
  }
}
