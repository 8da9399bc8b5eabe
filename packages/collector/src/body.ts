/** Why a body was refused, as the HTTP status that says so. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Deeper than any response or assessment (a matrix answer is three levels down). */
const MAX_DEPTH = 12;

/**
 * The request's JSON body, read at most `limit` bytes far: a larger body is refused as soon as it
 * is known to be larger, before it is all read. Throws a BodyError.
 */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type.trim()))
    throw new BodyError(415, 'the body must be JSON, sent as Content-Type: application/json');
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) throw new BodyError(413, `the body is larger than ${limit} bytes`);
  const text = await readText(request, limit);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BodyError(400, 'the body is not valid JSON');
  }
  checkShape(json);
  return json;
}

async function readText(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyError(413, `the body is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(concat(chunks, size));
  } catch {
    throw new BodyError(400, 'the body is not valid UTF-8');
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

// PostgreSQL's jsonb stores neither: refused here as the sender's mistake (400), they would
// otherwise fail in the database on every retry.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string): void {
  if (text.includes('\u0000') || LONE_SURROGATE.test(text))
    throw new BodyError(400, 'the body holds a NUL character or half a surrogate pair');
}

/**
 * Refuses nesting deeper than any real body and `__proto__` keys, which JSON.parse keeps as plain
 * keys but which would change an object's prototype wherever a later step copied them. Walks
 * without recursion, so that no nesting can exhaust the stack.
 */
function checkShape(json: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: json, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') checkText(value);
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw new BodyError(400, `the body is nested deeper than ${MAX_DEPTH} levels`);
    for (const [key, item] of Object.entries(value)) {
      if (key === '__proto__') throw new BodyError(400, 'the body holds a "__proto__" key');
      checkText(key);
      stack.push({ value: item, depth: depth + 1 });
    }
  }
}
