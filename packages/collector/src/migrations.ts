/// <reference types="node" />
import { randomBytes } from 'node:crypto';
import type { Database } from './database.js';

/*
 * The schema, one numbered step at a time. A step is applied once, in a transaction, at start, and
 * recorded in devisus_migrations. Steps only add: a release never drops or rewrites a column
 * holding data, so that any earlier database opens with a later collector. Never edit a step that
 * has shipped; add the next one. Only SQL that both PostgreSQL and PGlite speak.
 */
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'responses, assessments, settings',
    sql: `
      create table devisus_settings (
        name text primary key,
        value text not null
      );
      create table devisus_responses (
        id uuid primary key,
        survey_id text not null,
        body_sha256 text not null,
        record jsonb not null,
        received_at timestamptz not null default now()
      );
      create index devisus_responses_by_survey on devisus_responses (survey_id, received_at, id);
      create table devisus_assessments (
        id uuid primary key,
        grid_id text not null,
        framework_version text not null,
        body_sha256 text not null,
        scores jsonb not null,
        received_on date not null default current_date
      );
      create index devisus_assessments_by_grid on devisus_assessments (grid_id);
    `,
  },
];

/** A number of our own, so that two collectors starting on one database migrate one after the other. */
const LOCK = 7_265_001;

/**
 * Applies the steps the database lacks, all in one transaction under an advisory lock, so that
 * collectors starting together on one database migrate one after the other; returns the schema's
 * version.
 */
export async function migrate(db: Database): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [LOCK]);
    await tx.query(`create table if not exists devisus_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from devisus_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const step of MIGRATIONS) {
      if (applied.has(step.version)) continue;
      for (const statement of statements(step.sql)) await tx.query(statement);
      await tx.query('insert into devisus_migrations (version, name) values ($1, $2)', [step.version, step.name]);
    }
  });
  return schemaVersion(db);
}

export async function schemaVersion(db: Database): Promise<number> {
  const [row] = await db.query<{ version: number | null }>('select max(version) as version from devisus_migrations');
  return row?.version ?? 0;
}

/** The database's secret for deletion tokens: made once, on the first start, kept in the database. */
export async function deletionSecret(db: Database): Promise<string> {
  await db.query(
    `insert into devisus_settings (name, value) values ('deletion-secret', $1) on conflict (name) do nothing`,
    [randomBytes(32).toString('base64url')],
  );
  const [row] = await db.query<{ value: string }>(`select value from devisus_settings where name = 'deletion-secret'`);
  return row.value;
}

// Statements are separated by semicolons at the end of a line: the steps above hold no other.
const statements = (sql: string) =>
  sql
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
