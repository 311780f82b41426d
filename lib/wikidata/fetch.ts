/**
 * Send the one query and read the answer, within a time limit and a size cap. Never
 * throws: every failure is `{ ok: false, kind, error }` with a sentence for the Feeds tab.
 *
 * POST with a form body is a CORS "simple request" (no preflight), keeps the query out
 * of URLs that proxies log, and has no URL length limit. No cookies (`credentials:
 * 'omit'`), no referrer, no redirects followed (the endpoint does not redirect; anything
 * that does is not it).
 */
import { readCapped } from '../net/read-capped';
import { MAX_RESPONSE_BYTES } from './parse';

export type SparqlErrorKind = 'offline' | 'timeout' | 'http' | 'too-large' | 'encoding';
export type SparqlFetchResult = { ok: true; text: string } | { ok: false; kind: SparqlErrorKind; error: string };

export interface SparqlFetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  fetch_?: typeof fetch;
}

/** The Query Service itself stops queries at 60 s; ours is small and usually answers in a few seconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export async function fetchSparql(endpoint: string, query: string, options: SparqlFetchOptions = {}): Promise<SparqlFetchResult> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = MAX_RESPONSE_BYTES, fetch_ = fetch } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const host = new URL(endpoint).host;
  try {
    const response = await fetch_(endpoint, {
      method: 'POST',
      headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query }).toString(),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const hint = response.status === 429 ? ': too many requests, try again in a minute' : response.status >= 500 ? ': the service failed, try again later' : '';
      return { ok: false, kind: 'http', error: `${host} answered ${response.status}${hint}` };
    }
    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, kind: 'too-large', error: `the answer is ${declared} bytes, over the ${maxBytes}-byte cap` };
    }
    const bytes = await readCapped(response, maxBytes);
    if (bytes === 'too-large') return { ok: false, kind: 'too-large', error: `the answer is over the ${maxBytes}-byte cap (stopped reading)` };
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, kind: 'encoding', error: 'the answer is not UTF-8 text' };
    }
  } catch (e) {
    if (timedOut) return { ok: false, kind: 'timeout', error: `no answer from ${host} within ${Math.round(timeoutMs / 1000)} s (timed out)` };
    return { ok: false, kind: 'offline', error: `could not reach ${host}: ${(e as Error).message}; offline, or the service is down` };
  } finally {
    clearTimeout(timer);
  }
}
