/**
 * Fetch one pack feed: checked redirects, conditional request, size limit, timeout,
 * signature, schema.
 * Never throws: every failure comes back as `{ status: 'error', error, kind }` with a
 * sentence for the options page, and the caller keeps the last good pack.
 *
 * `cache: 'no-store'`: with our own If-None-Match the server's 304 must reach us, not be
 * turned into a 200 from the browser's HTTP cache (Fetch spec, HTTP-network-or-cache fetch).
 *
 * The size limit is enforced twice: by Content-Length before reading, and while
 * streaming, because a server may omit the header or lie in it.
 */
import { readCapped } from '../net/read-capped';
import { checkPackFormat, parseJson } from '../factbase/importers/pack-json';
import { validatePack, type FactPack } from '../factbase/schema';
import { verifyPackSignature } from '../factbase/signature';
import { checkFeedUrl } from './feed-url';

export { checkFeedUrl, isLocalHost } from './feed-url';

export interface FetchFeedOptions {
  /** Validators from the last good fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string;
  lastModified?: string;
  maxBytes?: number;
  timeoutMs?: number;
  /** When set, an unsigned pack or one whose signature fails is refused. */
  publicKey?: string;
  /** Aborts the request from outside (extension shutting down, user pressed Cancel). */
  signal?: AbortSignal;
  fetch_?: typeof fetch;
  subtle?: SubtleCrypto;
}

export type FeedErrorKind = 'url' | 'offline' | 'timeout' | 'aborted' | 'http' | 'too-large' | 'encoding' | 'json' | 'schema' | 'signature';

export type FeedResult =
  | { status: 'not-modified' }
  | { status: 'updated'; pack: FactPack; etag?: string; lastModified?: string; bytes: number }
  | { status: 'error'; error: string; kind: FeedErrorKind };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

const fail = (kind: FeedErrorKind, error: string): FeedResult => ({ status: 'error', kind, error });

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FeedResult> {
  const { maxBytes = DEFAULT_MAX_BYTES, timeoutMs = DEFAULT_TIMEOUT_MS, fetch_ = fetch } = options;
  const urlError = checkFeedUrl(url);
  if (urlError) return fail('url', urlError);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort);
  if (options.signal?.aborted) controller.abort();
  let answered = false;
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
    const reached = await followRedirects(url, { headers, signal: controller.signal, credentials: 'omit', cache: 'no-store' }, fetch_);
    answered = true;
    if ('status' in reached) return reached;
    const { response } = reached;
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) return fail('http', httpError(response));
    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('too-large', `the feed is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
    }
    const body = await readCapped(response, maxBytes);
    if (body === 'too-large') return fail('too-large', `the feed is over the ${formatBytes(maxBytes)} limit (stopped reading)`);
    return await checkPack(body, response, options);
  } catch (e) {
    if (timedOut) return fail('timeout', `no complete answer within ${Math.round(timeoutMs / 1000)} s (timed out)`);
    if (controller.signal.aborted) return fail('aborted', 'the request was cancelled');
    const error = e as Error & { cause?: { code?: string; message?: string } };
    const cause = error.cause?.code ?? error.cause?.message;
    if (answered) return fail('offline', `the connection broke while downloading the feed: ${error.message}${cause ? ` (${cause})` : ''}`);
    return fail('offline', `could not reach ${new URL(url).host}: ${error.message}${cause ? ` (${cause})` : ''}; offline, or the server is down`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function checkPack(bytes: Uint8Array, response: Response, options: FetchFeedOptions): Promise<FeedResult> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('encoding', 'the feed is not UTF-8 text');
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return fail('json', parsed.error);
  const formatError = checkPackFormat(parsed.value);
  if (formatError) return fail('schema', formatError);
  // Verify the bytes as published, before validation trims strings and fills defaults.
  if (options.publicKey) {
    const signature = (parsed.value as { signature?: unknown }).signature;
    if (signature === undefined) return fail('signature', 'the feed has a public key but this pack is not signed: refused');
    if (!(await verifyPackSignature(parsed.value as object, options.publicKey, options.subtle))) {
      return fail('signature', "the pack's signature does not match the feed's public key: refused");
    }
  }
  const result = validatePack(parsed.value);
  if (!result.ok) {
    const more = result.errors.length > 3 ? ` (and ${result.errors.length - 3} more)` : '';
    return fail('schema', `not a valid pack: ${result.errors.slice(0, 3).join('; ')}${more}`);
  }
  const etag = response.headers.get('ETag') ?? undefined;
  const lastModified = response.headers.get('Last-Modified') ?? undefined;
  return { status: 'updated', pack: result.pack, bytes: bytes.byteLength, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Request `url`, following at most MAX_REDIRECTS redirects, each checked against the
 * feed URL rule (feed-url.ts) BEFORE it is requested: with `redirect: 'follow'` the
 * browser would already have sent the request to a private address by the time we see
 * `response.url`.
 *
 * Browsers hide where a manual redirect goes: per the Fetch spec (whatwg/fetch#763,
 * "atomic HTTP redirect handling") a `redirect: 'manual'` fetch gives an opaque-redirect
 * response (type "opaqueredirect", status 0, no headers). Checked here in Chromium 156
 * (headless, the built extension's service worker, with and without host permission for
 * the server, same-origin and cross-origin Location): always opaqueredirect, status 0,
 * Location null. So in the browser every redirecting feed is refused, with a message
 * telling the user to subscribe to the final address; we never fall back to following
 * blindly. Outside browsers (Node: tests, CLI scripts) the 3xx with its Location header
 * comes through, and each hop is checked and then followed.
 */
async function followRedirects(url: string, init: RequestInit, fetch_: typeof fetch): Promise<{ response: Response } | FeedResult> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch_(current, { ...init, redirect: 'manual' });
    const host = new URL(current).host;
    if (response.type === 'opaqueredirect' || response.status === 0) {
      return fail('url', `${host} redirects to another address, which the browser does not let an extension check before following: subscribe to the feed's final address instead`);
    }
    // A fetch that followed redirects despite 'manual' (a polyfill): check where it ended.
    if (response.url && response.url !== current) {
      const error = checkFeedUrl(response.url, url);
      if (error) return fail('url', `redirected to an address that is not allowed: ${error}`);
    }
    if (!REDIRECT_STATUSES.has(response.status)) return { response };
    await response.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) return fail('url', `more than ${MAX_REDIRECTS} redirects from ${new URL(url).host}: subscribe to the feed's final address instead`);
    const location = response.headers.get('Location');
    let next: string;
    try {
      if (!location) throw new Error('no Location');
      next = new URL(location, current).href;
    } catch {
      return fail('url', `${host} answered ${response.status} without a usable address to go to: subscribe to the feed's final address instead`);
    }
    const error = checkFeedUrl(next, url);
    if (error) return fail('url', `redirected to an address that is not allowed: ${error}`);
    current = next;
  }
}

function httpError(response: Response): string {
  const hint = response.status === 404 ? ': no feed at this address' : response.status >= 500 ? ': the server failed; will retry later' : '';
  return `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
