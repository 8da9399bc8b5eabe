import { ProblemError } from './problem.js';

/** How long a data request may take before the element says so. */
export const FETCH_TIMEOUT_MS = 15000;

/**
 * Fetches and parses JSON, turning every way it can fail into a readable problem.
 * `signal` cancels it (a newer `src` replaces an older one): the promise then rejects with an AbortError.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), FETCH_TIMEOUT_MS);
  const cancel = () => timeout.abort();
  signal.addEventListener('abort', cancel);
  let response: Response;
  try {
    response = await fetch(url, { signal: timeout.signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ProblemError({ key: timeout.signal.aborted ? 'error.timeout' : 'error.network', values: { url } });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
  if (!response.ok) throw new ProblemError({ key: 'error.http', values: { url, status: response.status } });
  return parseJson(await response.text(), url);
}

/** Parses JSON text; `source` names where it came from (absent: the script inside the element). */
export function parseJson(text: string, source?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new ProblemError({ key: 'error.json', values: source ? { source, detail } : { detail } });
  }
}
