// Real HTTP endpoints for the browser tests, served by the test runner's own dev server.
//   /__test__/respond?status=503&delay=200&type=application/json&body=...  answers as told
//   /__test__/record/<bucket>   POST stores the body (once per Idempotency-Key), GET lists them
//   /__test__/fail-then-ok/<bucket>?fails=2  fails `fails` times with 503, then behaves like record
// and it sends any page named *.strict-csp.html with the strict policy that docs/guides/embedding.md
// recommends (the test runner's own pages carry inline scripts, so the policy cannot sit on them).
const buckets = new Map();
const failures = new Map();

function bucket(name) {
  if (!buckets.has(name)) buckets.set(name, new Map());
  return buckets.get(name);
}

/** The whole body of a request, as text. */
export async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The policy of the embedding guide's Content-Security-Policy section, word for word. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export const testServerMiddleware = [
  async function strictCspPages(ctx, next) {
    await next();
    if (ctx.path.endsWith('.strict-csp.html')) ctx.set('Content-Security-Policy', STRICT_CSP);
  },
  async function testEndpoints(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__test__/')) return next();
    const [, , route, name = 'default'] = url.pathname.split('/');
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await sleep(delay);

    if (route === 'respond') {
      ctx.status = Number(url.searchParams.get('status') ?? 200);
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = url.searchParams.get('body') ?? '';
      return;
    }
    if (route === 'fail-then-ok' && ctx.method === 'POST') {
      const left = failures.get(name) ?? Number(url.searchParams.get('fails') ?? 1);
      if (left > 0) {
        failures.set(name, left - 1);
        ctx.status = 503;
        ctx.body = 'try later';
        return;
      }
    }
    if (route === 'record' || route === 'fail-then-ok') {
      const store = bucket(name);
      if (ctx.method === 'POST') {
        const key = ctx.get('Idempotency-Key') || `anon-${store.size}`;
        if (!store.has(key)) store.set(key, await readBody(ctx.req));
        ctx.status = 201;
        ctx.body = { stored: key };
        return;
      }
      if (ctx.method === 'DELETE') {
        buckets.delete(name);
        failures.delete(name);
        ctx.status = 204;
        return;
      }
      ctx.body = [...store.values()];
      return;
    }
    ctx.status = 404;
  },
];
