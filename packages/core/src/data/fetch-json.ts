import { ProblemError } from './problem.js';

/** How long a data request may take before the element says so. */
export const FETCH_TIMEOUT_MS = 15000;

/**
 * Fetches a text, turning every way it can fail into a readable problem. `signal` cancels it
 * (a newer `src` replaces an older one): the promise then rejects with an AbortError.
 */
export async function fetchText(url: string, signal: AbortSignal, accept = 'application/json'): Promise<string> {
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), headers: { Accept: accept } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ProblemError({
      key: (error as Error).name === 'TimeoutError' ? 'error.timeout' : 'error.network',
      values: { url },
    });
  }
  if (!response.ok) throw new ProblemError({ key: 'error.http', values: { url, status: response.status } });
  return response.text();
}

/** Fetches and parses JSON, with the problems of fetchText() and of invalid JSON. */
export async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  return parseJson(await fetchText(url, signal), url);
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
