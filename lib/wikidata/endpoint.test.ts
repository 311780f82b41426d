import { describe, expect, it } from 'vitest';
import { chooseEndpoint, TEST_BUILD, WIKIDATA_SPARQL_ENDPOINT } from './endpoint';

describe('chooseEndpoint', () => {
  it('is the Query Service when nothing else is asked', () => {
    expect(chooseEndpoint(undefined, false)).toEqual({ ok: true, url: WIKIDATA_SPARQL_ENDPOINT });
    expect(chooseEndpoint(undefined, true)).toEqual({ ok: true, url: WIKIDATA_SPARQL_ENDPOINT });
  });
  it.each([
    ['http://127.0.0.1:4000/sparql', true, true],
    ['http://localhost:4000/sparql', true, true],
    ['http://127.0.0.1:4000/sparql', false, false],
    ['https://evil.example/sparql', true, false],
    ['http://192.168.1.1/sparql', true, false],
    ['http://user:pw@localhost/sparql', true, false],
    ['file:///etc/passwd', true, false],
  ])('%s with overrides allowed=%s → accepted=%s (local only, test builds only)', (url, allowed, accepted) => {
    expect(chooseEndpoint(url, allowed).ok).toBe(accepted);
  });
  it('is not a test build under vitest (the compile-time constant is absent)', () => {
    expect(TEST_BUILD).toBe(false);
  });
});
