import { describe, expect, it } from 'vitest';
import { hostIsOrUnder, isWikipediaUrl, judgeSourceUrl } from './lint-sources';

const kinds = (url: string) => judgeSourceUrl(url).map((v) => v.kind);

describe('judgeSourceUrl', () => {
  it.each([
    ['https://www.wikiwand.com/en/Astana', 'a mirror on www.'],
    ['https://wikimili.com/en/Sadyr_Japarov', 'a mirror at its bare domain'],
    ['https://en.m.wiki2.org/wiki/X', 'a mirror on a nested subdomain'],
    ['https://WIKIZERO.ORG/wiki/en/X', 'host case does not matter'],
    ['https://universalium.en-academic.com/1/X', 'academic mirror subdomain'],
    ['https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Tashkent', 'a host labelled kiwix'],
    ['https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/X', 'a Kiwix archive name in the path'],
    ['http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/X.html', 'a listed mirror with a port'],
    ['https://proxy.example/get?u=https://en.wikipedia.org/wiki/X', 'a Wikipedia address carried in the query'],
    ['https://proxy.example/get/https%3A%2F%2Fde.wikipedia.org%2Fwiki%2FX', 'an encoded Wikipedia address carried in the path'],
  ])('%s is a mirror (%s)', (url) => {
    expect(kinds(url), 'Wikipedia copies are refused').toContain('mirror');
  });

  it.each([
    ['https://notwikiwand.example/x', 'a mirror name inside another word'],
    ['https://wikiwand.com.example.org/x', 'a mirror name as a non-final label'],
    ['https://en.wikipedia.org/wiki/Kazakhstan', 'Wikipedia itself (judged by the wikipedia-only rule, not as a mirror)'],
    ['https://www.rferl.org/a/kiwix-offline-wikipedia/123.html', 'a news story about Kiwix'],
    ['https://www.akorda.kz/en/', 'an ordinary site'],
  ])('%s is not a mirror (%s)', (url) => {
    expect(kinds(url), 'near-misses are not mirrors').not.toContain('mirror');
  });

  it.each([
    ['https://thediplomat.com./a', ['trailing-dot']],
    ['https://en.wikipedia.org./wiki/X', ['trailing-dot']],
    ['https://wikimili.com./en/X', ['trailing-dot', 'mirror']],
    ['https://thediplomat.com/a.', ['ok']],
    ['not a url', ['unparsable']],
  ])('%s → %j (a trailing dot on the host is its own finding)', (url, expected) => {
    expect(kinds(url)).toEqual(expected);
  });
});

describe('hostIsOrUnder / isWikipediaUrl', () => {
  it.each([
    ['wikipedia.org', 'wikipedia.org', true],
    ['en.m.wikipedia.org', 'wikipedia.org', true],
    ['fakewikipedia.org', 'wikipedia.org', false],
    ['wikipedia.org.evil.example', 'wikipedia.org', false],
  ])('%s under %s: %s (label boundaries, not substrings)', (host, domain, expected) => {
    expect(hostIsOrUnder(host, domain)).toBe(expected);
  });
  it('reads the host of a Wikipedia URL, with or without trailing dot, and refuses junk', () => {
    expect(isWikipediaUrl('https://ru.wikipedia.org/wiki/X'), 'a language edition').toBe(true);
    expect(isWikipediaUrl('https://en.wikipedia.org./wiki/X'), 'trailing dot is still Wikipedia').toBe(true);
    expect(isWikipediaUrl('https://wikipedia.example/wiki/X'), 'another site').toBe(false);
    expect(isWikipediaUrl('::'), 'not a URL').toBe(false);
  });
});
