import { describe, expect, it } from 'vitest';
import { fetchSparql } from './fetch';

const ENDPOINT = 'https://query.wikidata.org/sparql';

describe('fetchSparql', () => {
  it('POSTs the query as a form, without cookies, referrer or redirects, and returns the text', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const fetch_ = (async (url: string, init: RequestInit) => {
      seen = { url, init };
      return new Response('{"ok":1}', { status: 200 });
    }) as unknown as typeof fetch;
    const r = await fetchSparql(ENDPOINT, 'SELECT * WHERE {}', { fetch_ });
    expect(r).toEqual({ ok: true, text: '{"ok":1}' });
    expect(seen!.url, 'the endpoint itself, no query in the URL').toBe(ENDPOINT);
    expect(seen!.init).toMatchObject({ method: 'POST', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', cache: 'no-store' });
    expect(String(seen!.init.body), 'the query travels in the body').toBe('query=SELECT+*+WHERE+%7B%7D');
  });

  it.each([
    ['offline', async () => { throw new TypeError('Failed to fetch'); }, 'offline', /could not reach query\.wikidata\.org/],
    ['an HTTP error', async () => new Response('busy', { status: 429 }), 'http', /answered 429: too many requests/],
    ['a declared oversize body', async () => new Response('x', { headers: { 'Content-Length': '999999999' } }), 'too-large', /over the 100-byte cap/],
    ['an oversize body without a length', async () => new Response(new Blob(['y'.repeat(500)]).stream()), 'too-large', /stopped reading/],
    ['a body that is not UTF-8', async () => new Response(new Uint8Array([0xff, 0xfe, 0xfd])), 'encoding', /not UTF-8/],
  ])('reports %s as a value, never a throw', async (_name, impl, kind, message) => {
    const r = await fetchSparql(ENDPOINT, 'Q', { fetch_: impl as unknown as typeof fetch, maxBytes: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe(kind);
      expect(r.error).toMatch(message);
    }
  });

  it('gives up after the timeout', async () => {
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as unknown as typeof fetch;
    const r = await fetchSparql(ENDPOINT, 'Q', { fetch_: hang, timeoutMs: 20 });
    expect(r.ok === false && r.kind, 'a hanging server ends as a timeout').toBe('timeout');
  });
});
