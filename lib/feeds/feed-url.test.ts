import { describe, expect, it } from 'vitest';
import { addressKind, checkFeedUrl } from './feed-url';

describe('addressKind: every spelling of an address, as the URL parser normalises it', () => {
  it.each([
    ['http://feeds.example.org/', 'public'],
    ['http://8.8.8.8/', 'public'],
    ['http://[2001:db8::1]/', 'public'],
    ['http://localhost/', 'loopback'],
    ['http://localhost./', 'loopback'],
    ['http://admin.localhost/', 'loopback'],
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.8.9.10/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://0177.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[0:0:0:0:0:0:0:1]/', 'loopback'],
    ['http://10.0.0.5/', 'private'],
    ['http://167772161/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.255/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://169.254.169.254/', 'private'],
    ['http://0.0.0.0/', 'private'],
    ['http://0/', 'private'],
    ['http://100.64.0.1/', 'private'],
    ['http://224.0.0.1/', 'private'],
    ['http://[::]/', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456::1]/', 'private'],
    ['http://[fe80::1]/', 'private'],
    ['http://[febf::1]/', 'private'],
    ['http://[::ffff:127.0.0.1]/', 'private'],
    ['http://[::ffff:8.8.8.8]/', 'private'],
    ['http://[64:ff9b::10.0.0.1]/', 'private'],
    ['http://[64:ff9b::8.8.8.8]/', 'public'],
    ['http://172.32.0.1/', 'public'],
    ['http://192.169.0.1/', 'public'],
  ])('%s is %s', (url, kind) => {
    expect(addressKind(new URL(url).hostname), `${url} must be classed ${kind}`).toBe(kind);
  });
});

describe('checkFeedUrl: https only, http only on this machine, no private addresses from public feeds', () => {
  const PUBLIC = 'https://feeds.example.org/pack.json';
  const LOCAL = 'http://localhost:8080/pack.json';
  it.each<[string, string, string | undefined]>([
    ['https://feeds.example.org/pack.json', PUBLIC, undefined],
    ['https://cdn.example.net/pack.json', PUBLIC, undefined],
    ['http://localhost:8080/pack.json', LOCAL, undefined],
    ['http://127.0.0.1/pack.json', 'http://127.0.0.1/pack.json', undefined],
    ['https://10.0.0.5/pack.json', LOCAL, undefined],
    ['http://feeds.example.org/pack.json', PUBLIC, 'feeds must use https:// (http:// only for localhost), not http://feeds.example.org'],
    ['https://10.0.0.5/pack.json', 'https://10.0.0.5/pack.json', '10.0.0.5 is a private or local network address: only a feed whose own address is on this computer (for testing) may use one'],
    ['http://127.0.0.1:9000/admin', PUBLIC, '127.0.0.1:9000 is this computer: only a feed whose own address is on this computer (for testing) may use one'],
    ['https://2130706433/', PUBLIC, '127.0.0.1 is this computer: only a feed whose own address is on this computer (for testing) may use one'],
    ['https://169.254.169.254/latest/meta-data', PUBLIC, '169.254.169.254 is a private or local network address: only a feed whose own address is on this computer (for testing) may use one'],
    ['https://[::ffff:7f00:1]/', PUBLIC, '[::ffff:7f00:1] is a private or local network address: only a feed whose own address is on this computer (for testing) may use one'],
    ['https://[fe80::1]/', PUBLIC, '[fe80::1] is a private or local network address: only a feed whose own address is on this computer (for testing) may use one'],
    ['https://user:pw@feeds.example.org/', PUBLIC, 'feed URLs must not contain a user name or password'],
    ['javascript:alert(1)', PUBLIC, 'feeds must use https:// (http:// only for localhost), not javascript://'],
    ['not a url', PUBLIC, '"not a url" is not a valid URL'],
  ])('%s (feed %s)', (url, feed, expected) => {
    expect(checkFeedUrl(url, feed), 'the URL rule for feeds and every redirect hop').toBe(expected);
  });
});
