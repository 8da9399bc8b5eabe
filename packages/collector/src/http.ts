import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error answer: `{ "error": "…", "path"?: "…" }`, which says what to fix. */
export const problem = (
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  extra: { path?: string; headers?: Record<string, string> } = {},
) => c.json(extra.path ? { error, path: extra.path } : { error }, status, extra.headers);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string | undefined): value is string => !!value && UUID.test(value);

/** The survey and grid ids the collector accepts when it is told of none: what the elements make. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/**
 * CORS for a POST or DELETE from a page: the headers to answer with, or null when the page's origin
 * is not on the list. No Origin header means no browser page: CORS does not apply.
 */
export function corsFor(origins: readonly string[], origin: string | undefined): Record<string, string> | null {
  if (origin === undefined) return {};
  if (!origins.includes('*') && !origins.includes(origin)) return null;
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
}

export const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'POST, DELETE',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
  'Access-Control-Max-Age': '86400',
};

/** Public figures (summaries, benchmarks) may be read by any page. */
export const PUBLIC = { 'Access-Control-Allow-Origin': '*' };
