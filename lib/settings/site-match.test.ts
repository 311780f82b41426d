import { describe, expect, it } from 'vitest';
import { hostMatches, isSiteBlocked } from './site-match';

describe('hostMatches', () => {
  it.each([
    ['mail.example.com', '*.example.com', true, 'a wildcard covers subdomains'],
    ['example.com', '*.example.com', true, 'a wildcard covers the domain itself'],
    ['notexample.com', '*.example.com', false, 'a wildcard is not a suffix match on names'],
    ['example.com', 'example.com', true, 'a bare host matches exactly'],
    ['www.example.com', 'example.com', false, 'a bare host does not cover subdomains'],
    ['Example.COM.', 'example.com', true, 'case and a trailing dot are ignored'],
    ['example.com', '', false, 'an empty pattern matches nothing'],
  ])('%s vs %s → %s (%s)', (host, pattern, expected) => expect(hostMatches(host, pattern)).toBe(expected));

  it('checks every list', () => {
    expect(isSiteBlocked('intranet.corp.example', undefined, ['*.corp.example'])).toBe(true);
    expect(isSiteBlocked('news.example', ['other.example'], [])).toBe(false);
  });
});
