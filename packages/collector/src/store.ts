/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { Queryable } from './database.js';

/** The SHA-256 of a body as the collector keeps it, to tell a retry from another body under the same key. */
export const bodyHash = (body: unknown): string => createHash('sha256').update(JSON.stringify(body)).digest('hex');

export type Stored = 'created' | 'repeated' | 'conflict' | 'vanished';

/**
 * Inserts a row once per key. The key is the table's primary key, so that two copies arriving at
 * the same moment cannot both be inserted: the database decides, not a lookup before the insert.
 * `owner` is the survey or grid column and its value, which a repeat must share with the stored row.
 */
export async function insertOnce(
  db: Queryable,
  table: 'devisus_responses' | 'devisus_assessments',
  owner: { column: 'survey_id' | 'grid_id'; value: string },
  row: Record<string, unknown> & { id: string; body_sha256: string },
): Promise<Stored> {
  const columns = [owner.column, ...Object.keys(row)];
  const values = [owner.value, ...Object.values(row)];
  const inserted = await db.query(
    `insert into ${table} (${columns.join(', ')}) values (${values.map((_, index) => `$${index + 1}`).join(', ')})
     on conflict (id) do nothing returning id`,
    values,
  );
  if (inserted.length) return 'created';
  const [existing] = await db.query<{ owner: string; body_sha256: string }>(
    `select ${owner.column} as owner, body_sha256 from ${table} where id = $1`,
    [row.id],
  );
  // Deleted between the two statements: the sender will try again.
  if (!existing) return 'vanished';
  return existing.owner === owner.value && existing.body_sha256 === row.body_sha256 ? 'repeated' : 'conflict';
}
