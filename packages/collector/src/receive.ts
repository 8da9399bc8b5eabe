import type { Context } from 'hono';
import * as v from 'valibot';
import type { Collector } from './app.js';
import { readJson } from './body.js';
import { corsFor, isUuid, problem } from './http.js';
import type { Stored } from './store.js';

/** What a POST brings: a survey's response or a grid's assessment, `target` its configuration. */
export interface Intake {
  what: 'response' | 'assessment';
  kind: 'survey' | 'grid';
  id: string;
  target: { origins: readonly string[] } | undefined;
}

/**
 * The checks every POST from a page goes through, in order: a survey or grid this collector
 * takes (404), from a listed origin (403), within the address's rate (429). Returns the refusal,
 * or null with the CORS headers set.
 */
function admit(c: Context, collector: Collector, { what, kind, id, target }: Intake): Response | null {
  if (!target) return problem(c, 404, `this collector takes no ${what}s for the ${kind} "${id}"`);
  const cors = corsFor(target.origins, c.req.header('origin'));
  if (!cors) return problem(c, 403, `pages of this site may not send ${what}s for this ${kind}`);
  for (const [name, value] of Object.entries(cors)) c.header(name, value);
  return collector.limit(c);
}

/**
 * A POST admitted as above, then its body, read within the size limit and checked against
 * `schema`, with its Idempotency-Key (a UUID, lower-cased); or the refusal naming what is wrong
 * (400, 403, 404, 413, 415, 429).
 */
export async function receive<Schema extends v.GenericSchema>(
  c: Context,
  collector: Collector,
  intake: Intake,
  schema: Schema,
): Promise<{ key: string; value: v.InferOutput<Schema> } | Response> {
  const refused = admit(c, collector, intake);
  if (refused) return refused;
  const key = c.req.header('idempotency-key');
  if (!isUuid(key)) return problem(c, 400, `the Idempotency-Key header must be a UUID, the same for every retry`);
  const parsed = v.safeParse(schema, await readJson(c.req.raw, collector.config.maxBodyBytes));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem(c, 400, `the ${intake.what} is not valid: ${issue.message}`, {
      path: v.getDotPath(issue) ?? undefined,
    });
  }
  return { key: key.toLowerCase(), value: parsed.output };
}

/**
 * The refusal for an insert that did not store the body (another body under the same key: 409;
 * the row gone between two statements: 503), or null when it was stored now or before.
 */
export function refusedInsert(c: Context, stored: Stored, what: Intake['what']): Response | null {
  if (stored === 'conflict') return problem(c, 409, `another ${what} was already stored under this Idempotency-Key`);
  if (stored === 'vanished') return problem(c, 503, 'try again later');
  return null;
}
