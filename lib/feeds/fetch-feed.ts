/**
 * Fetch one pack feed: conditional request, size limit, timeout, signature, schema.
 * Never throws: every failure comes back as `{ status: 'error', error, kind }` with a
 * sentence for the options page, and the caller keeps the last good pack.
 *
 * `cache: 'no-store'`: with our own If-None-Match the server's 304 must reach us, not be
 * turned into a 200 from the browser's HTTP cache (Fetch spec, HTTP-network-or-cache fetch).
 *
 * The size limit is enforced twice: by Content-Length before reading, and while
 * streaming, because a server may omit the header or lie in it.
 */
import { checkPackFormat, parseJson } from '../factbase/importers/pack-json';
import { validatePack, type FactPack } from '../factbase/schema';
import { verifyPackSignature } from '../factbase/signature';

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
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The local machine: http allowed (testing a feed before publishing it), no host permission needed. */
export function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname);
}

const fail = (kind: FeedErrorKind, error: string): FeedResult => ({ status: 'error', kind, error });

/** undefined when the URL may be fetched; else why not. https only, http for local testing. */
export function checkFeedUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (parsed.username || parsed.password) return 'feed URLs must not contain a user name or password';
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) return undefined;
  return `feeds must use https:// (http:// only for localhost), not ${parsed.protocol}//${parsed.host}`;
}

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
    const response = await fetch_(url, { headers, signal: controller.signal, credentials: 'omit', cache: 'no-store', redirect: 'follow' });
    answered = true;
    if (response.url && response.url !== url) {
      const redirectError = checkFeedUrl(response.url);
      if (redirectError) return fail('url', `redirected to an address that is not allowed: ${redirectError}`);
    }
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) return fail('http', httpError(response));
    const declared = Number(response.headers.get('Content-Length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('too-large', `the feed is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`);
    }
    const body = await readLimited(response, maxBytes);
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

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) (bytes.set(chunk, offset), (offset += chunk.byteLength));
  return bytes;
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

function httpError(response: Response): string {
  const hint = response.status === 404 ? ': no feed at this address' : response.status >= 500 ? ': the server failed; will retry later' : '';
  return `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
