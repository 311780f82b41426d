import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFeedUrl, fetchFeed, type FetchFeedOptions } from './fetch-feed';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const publicKey = fixture('feed-signed.pub').trim();
const URL_ = 'https://feeds.example.org/central-asia.json';

/** A fake fetch answering with one Response and recording the request it got. */
function serve(body: BodyInit | null, init: ResponseInit = {}) {
  const seen: { url?: string; init?: RequestInit } = {};
  const fetch_ = (async (url: string, requestInit?: RequestInit) => {
    seen.url = url;
    seen.init = requestInit;
    return new Response(body, init);
  }) as typeof fetch;
  return { fetch_, seen };
}

/** A body that streams `chunks` chunks of `size` bytes and records whether it was cancelled. */
function stream(chunks: number, size: number) {
  const state = { sent: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.sent++ < chunks) controller.enqueue(new Uint8Array(size).fill(0x20));
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe('checkFeedUrl: https only, http only on this machine', () => {
  it.each([
    ['https://feeds.example.org/pack.json', undefined],
    ['http://localhost:8080/pack.json', undefined],
    ['http://127.0.0.1/pack.json', undefined],
    ['http://[::1]:3000/pack.json', undefined],
    ['http://feeds.example.org/pack.json', 'feeds must use https:// (http:// only for localhost), not http://feeds.example.org'],
    ['http://localhost.evil.example/pack.json', 'feeds must use https:// (http:// only for localhost), not http://localhost.evil.example'],
    ['ftp://feeds.example.org/pack.json', 'feeds must use https:// (http:// only for localhost), not ftp://feeds.example.org'],
    ['https://user:secret@feeds.example.org/', 'feed URLs must not contain a user name or password'],
    ['feeds.example.org/pack.json', '"feeds.example.org/pack.json" is not a valid URL'],
  ])('%s → %s', (url, expected) => {
    expect(checkFeedUrl(url)).toBe(expected);
  });
});

describe('fetchFeed: failures come back as errors, never as a pack', () => {
  it.each<[string, () => FetchFeedOptions, string, RegExp]>([
    ['a plain-http feed', () => serve(fixture('feed-unsigned.json')), 'http://feeds.example.org/x.json', /^feeds must use https/],
    ['offline', () => ({ fetch_: (async () => { throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }); }) as typeof fetch }), URL_, /^could not reach feeds.example.org: fetch failed \(ENOTFOUND\); offline/],
    ['404', () => serve('not here', { status: 404, statusText: 'Not Found' }), URL_, /^the server answered 404 Not Found: no feed at this address$/],
    ['500', () => serve('oops', { status: 500, statusText: 'Internal Server Error' }), URL_, /^the server answered 500 Internal Server Error: the server failed; will retry later$/],
    ['truncated JSON', () => serve(fixture('feed-truncated.json')), URL_, /ends before the JSON is complete/],
    ['an empty body', () => serve(''), URL_, /^the file is empty$/],
    ['HTML instead of JSON', () => serve('<!doctype html><title>Login</title>'), URL_, /^not valid JSON: this is an HTML or XML page/],
    ['a schema error', () => serve(fixture('feed-schema-error.json')), URL_, /^not a valid pack: entities\[0\]\.roles\[0\]\.from: must be an ISO date/],
    ['not a pack at all', () => serve('{"hello": "world"}'), URL_, /^not a Silk Lens pack: no "format" field$/],
    ['an unsigned pack when the feed has a key', () => ({ ...serve(fixture('feed-unsigned.json')), publicKey }), URL_, /not signed: refused$/],
    ['a tampered signed pack', () => ({ ...serve(fixture('feed-tampered.json')), publicKey }), URL_, /signature does not match the feed's public key: refused$/],
    ['a signed pack checked against another key', () => ({ ...serve(fixture('feed-signed.json')), publicKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }), URL_, /signature does not match/],
    ['a Content-Length over the limit', () => ({ ...serve('{}', { headers: { 'Content-Length': String(30 * 1024 * 1024) } }) }), URL_, /^the feed is 30 MB, over the 20 MB limit$/],
    ['bytes that are not UTF-8', () => serve(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), URL_, /^the feed is not UTF-8 text$/],
  ])('%s', async (_name, options, url, message) => {
    const result = await fetchFeed(url, options());
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error).toMatch(message);
  });

  it('stops reading and cancels the body once the size limit is passed, even without Content-Length', async () => {
    const { body, state } = stream(100, 1024);
    const result = await fetchFeed(URL_, { ...serve(body), maxBytes: 10 * 1024 });
    expect(result).toEqual({ status: 'error', kind: 'too-large', error: 'the feed is over the 10 KB limit (stopped reading)' });
    expect(state.cancelled, 'the rest of the body is not downloaded').toBe(true);
    expect(state.sent).toBeLessThan(20);
  });

  it('gives up after the timeout, aborting the request', async () => {
    let aborted = false;
    const fetch_ = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => ((aborted = true), reject(new DOMException('aborted', 'AbortError'))));
      })) as typeof fetch;
    const result = await fetchFeed(URL_, { fetch_, timeoutMs: 5 });
    expect(result).toEqual({ status: 'error', kind: 'timeout', error: 'no complete answer within 0 s (timed out)' });
    expect(aborted).toBe(true);
  });

  it('reports a cancellation from outside as cancelled, not as offline', async () => {
    const outer = new AbortController();
    outer.abort();
    const fetch_ = ((_url: string, init?: RequestInit) =>
      init?.signal?.aborted ? Promise.reject(new DOMException('aborted', 'AbortError')) : Promise.resolve(new Response('{}'))) as typeof fetch;
    expect(await fetchFeed(URL_, { fetch_, signal: outer.signal })).toEqual({ status: 'error', kind: 'aborted', error: 'the request was cancelled' });
  });

  it('reports a connection that breaks mid-body as broken, not as a pack', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"format": "silklens-pack/1", '));
        controller.error(new TypeError('terminated'));
      },
    });
    expect(await fetchFeed(URL_, serve(body))).toEqual({ status: 'error', kind: 'offline', error: 'the connection broke while downloading the feed: terminated' });
  });

  it('refuses a redirect to plain http', async () => {
    const fetch_ = (async () => {
      const response = new Response(fixture('feed-unsigned.json'));
      Object.defineProperty(response, 'url', { value: 'http://evil.example/x.json' });
      return response;
    }) as typeof fetch;
    const result = await fetchFeed(URL_, { fetch_ });
    expect(result.status === 'error' && result.error).toMatch(/^redirected to an address that is not allowed/);
  });
});

/** A fake network: URL → response; records every URL actually requested, in order. */
function network(routes: Record<string, () => Response>) {
  const requested: string[] = [];
  const fetch_ = (async (url: string, init?: RequestInit) => {
    requested.push(url);
    expect(init?.redirect, 'redirects are never followed by fetch itself').toBe('manual');
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed');
    return route();
  }) as typeof fetch;
  return { fetch_, requested };
}
const redirect = (to: string, status = 302) => () => new Response(null, { status, headers: { Location: to } });
const ok = () => new Response(fixture('feed-unsigned.json'));
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

describe('fetchFeed: every redirect hop is checked before it is requested', () => {
  const FEED = 'https://feeds.example.org/pack.json';
  const LOCAL_FEED = 'http://localhost:8080/pack.json';
  it.each<[string, string, Record<string, () => Response>, string[], RegExp | 'updated']>([
    ['a relative redirect on the same host', FEED, { [FEED]: redirect('/v2/pack.json', 301), 'https://feeds.example.org/v2/pack.json': ok }, [FEED, 'https://feeds.example.org/v2/pack.json'], 'updated'],
    ['a redirect to another https host', FEED, { [FEED]: redirect('https://cdn.example.net/p.json', 307), 'https://cdn.example.net/p.json': ok }, [FEED, 'https://cdn.example.net/p.json'], 'updated'],
    ['a redirect to loopback', FEED, { [FEED]: redirect('https://127.0.0.1/admin') }, [FEED], /^redirected to an address that is not allowed: 127\.0\.0\.1 is this computer/],
    ['a redirect to loopback spelled as a decimal number', FEED, { [FEED]: redirect('https://2130706433/') }, [FEED], /^redirected to an address that is not allowed: 127\.0\.0\.1 is this computer/],
    ['a redirect to the cloud metadata address', FEED, { [FEED]: redirect('https://169.254.169.254/latest') }, [FEED], /169\.254\.169\.254 is a private or local network address/],
    ['a redirect to a LAN router', FEED, { [FEED]: redirect('https://192.168.1.1/') }, [FEED], /192\.168\.1\.1 is a private or local network address/],
    ['a redirect to IPv4-mapped IPv6', FEED, { [FEED]: redirect('https://[::ffff:10.0.0.1]/') }, [FEED], /\[::ffff:a00:1\] is a private or local network address/],
    ['a redirect to plain http', FEED, { [FEED]: redirect('http://feeds.example.org/pack.json') }, [FEED], /^redirected to an address that is not allowed: feeds must use https/],
    ['a loopback feed redirecting to another host over http', LOCAL_FEED, { [LOCAL_FEED]: redirect('http://evil.example/p.json') }, [LOCAL_FEED], /^redirected to an address that is not allowed: feeds must use https/],
    ['a loopback feed redirecting on this computer (local testing)', LOCAL_FEED, { [LOCAL_FEED]: redirect('http://127.0.0.1:8081/p.json'), 'http://127.0.0.1:8081/p.json': ok }, [LOCAL_FEED, 'http://127.0.0.1:8081/p.json'], 'updated'],
    ['a redirect whose Location the browser hides (opaqueredirect)', FEED, { [FEED]: opaqueRedirect }, [FEED], /^feeds\.example\.org redirects to another address, which the browser does not let an extension check before following: subscribe to the feed's final address instead$/],
    ['a redirect without Location', FEED, { [FEED]: () => new Response(null, { status: 302 }) }, [FEED], /answered 302 without a usable address/],
    ['a redirect loop', FEED, { [FEED]: redirect(FEED) }, [FEED, FEED, FEED, FEED, FEED, FEED], /^more than 5 redirects from feeds\.example\.org/],
  ])('%s', async (_why, feed, routes, expectedRequests, outcome) => {
    const { fetch_, requested } = network(routes);
    const result = await fetchFeed(feed, { fetch_ });
    expect(requested, 'only allowed addresses are ever requested').toEqual(expectedRequests);
    if (outcome === 'updated') expect(result.status, 'an allowed chain of redirects reaches the pack').toBe('updated');
    else expect(result.status === 'error' && result.kind === 'url' && result.error, 'a refused hop is a url error').toMatch(outcome);
  });
});

describe('fetchFeed: success and conditional requests', () => {
  it('sends the stored validators and reports 304 as not-modified', async () => {
    const { fetch_, seen } = serve(null, { status: 304 });
    const result = await fetchFeed(URL_, { fetch_, etag: '"v1"', lastModified: 'Sun, 22 Nov 2026 10:00:00 GMT' });
    expect(result).toEqual({ status: 'not-modified' });
    expect(seen.init?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Sun, 22 Nov 2026 10:00:00 GMT' });
    expect([seen.init?.credentials, seen.init?.cache], 'no cookies; our validators, not the HTTP cache').toEqual(['omit', 'no-store']);
  });

  it('returns the validated pack with the new validators', async () => {
    const { fetch_ } = serve(fixture('feed-unsigned.json'), { headers: { ETag: '"v2"', 'Last-Modified': 'Mon, 23 Nov 2026 10:00:00 GMT' } });
    const result = await fetchFeed(URL_, { fetch_ });
    expect(result.status === 'updated' && [result.pack.id, result.etag, result.lastModified]).toEqual(['test-kazakhstan', '"v2"', 'Mon, 23 Nov 2026 10:00:00 GMT']);
  });

  it('accepts a pack whose signature matches the feed key', async () => {
    const result = await fetchFeed(URL_, { ...serve(fixture('feed-signed.json')), publicKey });
    expect(result.status).toBe('updated');
  });
});

describe('fetchFeed against a real local HTTP server (http allowed on 127.0.0.1)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/pack.json') {
        if (req.headers['if-none-match'] === '"abc"') return res.writeHead(304).end();
        res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"abc"' }).end(fixture('feed-unsigned.json'));
      } else if (req.url === '/moved') {
        res.writeHead(302, { Location: '/pack.json' }).end();
      } else if (req.url === '/huge.json') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const chunk = ' '.repeat(64 * 1024);
        let n = 0;
        const write = () => {
          while (n++ < 400) if (!res.write(chunk)) return void res.once('drain', write);
          res.end();
        };
        write();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => (server.close(() => resolve()), server.closeAllConnections())));

  it('fetches, then gets 304 with the ETag it was given', async () => {
    const first = await fetchFeed(`${base}/pack.json`);
    expect(first.status === 'updated' && first.etag).toBe('"abc"');
    expect(await fetchFeed(`${base}/pack.json`, { etag: '"abc"' })).toEqual({ status: 'not-modified' });
  });

  it('stops a chunked body that grows past the limit', async () => {
    const result = await fetchFeed(`${base}/huge.json`, { maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ status: 'error', kind: 'too-large' });
  });

  it('follows a checked redirect from a real server (loopback feed to loopback)', async () => {
    const result = await fetchFeed(`${base}/moved`);
    expect(result.status, 'Node gives the 3xx with its Location: the hop is checked, then followed').toBe('updated');
  });

  it('reports 404 from a real server', async () => {
    expect(await fetchFeed(`${base}/missing.json`)).toMatchObject({ status: 'error', kind: 'http', error: 'the server answered 404 Not Found: no feed at this address' });
  });
});
