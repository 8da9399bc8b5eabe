/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import type { Pool } from 'pg';

/** What the routes need of a database: parameterised queries and transactions, on PGlite or PostgreSQL alike. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens PostgreSQL at `url`, or PGlite (PostgreSQL compiled to WebAssembly, in this process) in the
 * folder `data`; `memory://` keeps PGlite's database in memory only. Each driver is loaded only
 * when it is used.
 */
export async function openDatabase(options: { url?: string; data: string }): Promise<Database> {
  return options.url ? openPostgres(options.url) : openPglite(options.data);
}

async function openPglite(data: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (!data.startsWith('memory://')) mkdirSync(data, { recursive: true });
  const db = await PGlite.create(data);
  const run = async <Row>(target: Pick<typeof db, 'query'>, sql: string, params?: unknown[]) =>
    (await target.query<Row>(sql, params)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (work) => db.transaction((tx) => work({ query: (sql, params) => run(tx, sql, params) })),
    close: () => db.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection must not take the process down.
  pool.on('error', (error) => console.error(`database: ${error.message}`));
  const query = async <Row>(target: Pick<Pool, 'query'>, sql: string, params?: unknown[]) =>
    (await target.query(sql, params)).rows as Row[];
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ query: (sql, params) => query(client, sql, params) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
