import type { Context } from 'hono';
import * as v from 'valibot';
import type { Collector } from './app.js';
import { readJson } from './body.js';
import { corsFor, isUuid, problem } from './http.js';

/**
 * The checks every POST from a page goes through, in order: a survey or grid this collector
 * takes (404), from a listed origin (403), within the address's rate (429). Returns the refusal,
 * or null with the CORS headers set.
 */
function admit(
  c: Context,
  collector: Collector,
  target: { origins: readonly string[] } | undefined,
  refusals: { unknown: string; origin: string },
): Response | null {
  if (!target) return problem(c, 404, refusals.unknown);
  const cors = corsFor(target.origins, c.req.header('origin'));
  if (!cors) return problem(c, 403, refusals.origin);
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
  target: { origins: readonly string[] } | undefined,
  schema: Schema,
  texts: { unknown: string; origin: string; what: string },
): Promise<{ key: string; value: v.InferOutput<Schema> } | Response> {
  const refused = admit(c, collector, target, texts);
  if (refused) return refused;
  const what = texts.what;
  const key = c.req.header('idempotency-key');
  if (!isUuid(key)) return problem(c, 400, `the Idempotency-Key header must be a UUID, the same for every retry`);
  const parsed = v.safeParse(schema, await readJson(c.req.raw, collector.config.maxBodyBytes));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return problem(c, 400, `the ${what} is not valid: ${issue.message}`, { path: v.getDotPath(issue) ?? undefined });
  }
  return { key: key.toLowerCase(), value: parsed.output };
}
