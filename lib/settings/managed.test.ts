import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_MANAGED_SETTINGS, parseManagedSettings, type ManagedSettings } from './managed';

/** 32 zero bytes, base64: a well-formed Ed25519 public key for format checks. */
const KEY = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const FEED = 'https://packs.example.org/central-asia.json';

describe('parseManagedSettings', () => {
  const cases: { name: string; raw: unknown; settings: Partial<ManagedSettings>; warnings: number }[] = [
    { name: 'no policy (undefined) means no managed settings', raw: undefined, settings: {}, warnings: 0 },
    { name: 'an empty policy object means no managed settings', raw: {}, settings: {}, warnings: 0 },
    {
      name: 'a complete valid policy is taken as is',
      raw: { feeds: [{ url: FEED, publicKey: KEY, intervalHours: 12 }], denySites: ['intranet.example.com', '*.corp.example'], disableUserFeeds: true },
      settings: { feeds: [{ url: FEED, publicKey: KEY, intervalHours: 12 }], denySites: ['intranet.example.com', '*.corp.example'], disableUserFeeds: true },
      warnings: 0,
    },
    { name: 'host patterns are trimmed and lower-cased, duplicates dropped', raw: { denySites: [' Example.COM ', 'example.com'] }, settings: { denySites: ['example.com'] }, warnings: 0 },
    { name: 'lists given as JSON strings are read', raw: { denySites: '["a.example"]', feeds: JSON.stringify([{ url: FEED }]) }, settings: { denySites: ['a.example'], feeds: [{ url: FEED }] }, warnings: 0 },
    { name: 'registry-style 1 means true', raw: { disableUserFeeds: 1 }, settings: { disableUserFeeds: true }, warnings: 0 },
    { name: 'the string "true" means true', raw: { disableUserFeeds: 'true' }, settings: { disableUserFeeds: true }, warnings: 0 },
  ];
  it.each(cases)('$name', ({ raw, settings, warnings }) => {
    const result = parseManagedSettings(raw);
    expect(result.settings).toEqual({ ...NO_MANAGED_SETTINGS, ...settings });
    expect(result.warnings, result.warnings.join('\n')).toHaveLength(warnings);
  });

  const bad: { name: string; raw: unknown; settings: Partial<ManagedSettings>; warning: RegExp }[] = [
    { name: 'a non-object policy is ignored', raw: 'feeds', settings: {}, warning: /expected an object/ },
    { name: 'an array policy is ignored', raw: [FEED], settings: {}, warning: /expected an object/ },
    { name: 'an unknown policy key is reported', raw: { denysites: ['a.example'] }, settings: {}, warning: /denysites: unknown policy/ },
    { name: 'feeds that is not a list is ignored', raw: { feeds: FEED }, settings: {}, warning: /feeds: not a list/ },
    { name: 'feeds that is an object is ignored', raw: { feeds: { url: FEED } }, settings: {}, warning: /feeds: not a list/ },
    { name: 'a feed that is a bare string is dropped, others kept', raw: { feeds: [FEED, { url: FEED }] }, settings: { feeds: [{ url: FEED }] }, warning: /feeds\[0\]: expected/ },
    { name: 'a feed without url is dropped', raw: { feeds: [{ publicKey: KEY }] }, settings: {}, warning: /feeds\[0\]\.url/ },
    { name: 'a plain-http feed is dropped', raw: { feeds: [{ url: 'http://packs.example.org/p.json' }] }, settings: {}, warning: /https/ },
    { name: 'a feed url that is not a URL is dropped', raw: { feeds: [{ url: 'packs.example.org' }] }, settings: {}, warning: /feeds\[0\]\.url/ },
    { name: 'a feed with a malformed key is dropped, not downgraded to unsigned', raw: { feeds: [{ url: FEED, publicKey: 'not-a-key' }] }, settings: {}, warning: /publicKey.*feed ignored/ },
    { name: 'a key one byte short is dropped', raw: { feeds: [{ url: FEED, publicKey: KEY.slice(4) }] }, settings: {}, warning: /publicKey/ },
    { name: 'an out-of-range interval falls back to the default', raw: { feeds: [{ url: FEED, intervalHours: 0 }] }, settings: { feeds: [{ url: FEED }] }, warning: /intervalHours/ },
    { name: 'a fractional interval falls back to the default', raw: { feeds: [{ url: FEED, intervalHours: 1.5 }] }, settings: { feeds: [{ url: FEED }] }, warning: /intervalHours/ },
    { name: 'an interval given as text falls back to the default', raw: { feeds: [{ url: FEED, intervalHours: '6' }] }, settings: { feeds: [{ url: FEED }] }, warning: /intervalHours/ },
    { name: 'a duplicate feed url is dropped', raw: { feeds: [{ url: FEED }, { url: FEED, intervalHours: 2 }] }, settings: { feeds: [{ url: FEED }] }, warning: /duplicate/ },
    { name: 'an unknown feed field is reported, the feed kept', raw: { feeds: [{ url: FEED, key: KEY }] }, settings: { feeds: [{ url: FEED }] }, warning: /feeds\[0\]\.key: unknown field/ },
    { name: 'a deny entry with a scheme is dropped', raw: { denySites: ['https://example.com/'] }, settings: {}, warning: /denySites\[0\]/ },
    { name: 'a deny entry with a wildcard in the middle is dropped', raw: { denySites: ['a.*.example', 'b.example'] }, settings: { denySites: ['b.example'] }, warning: /denySites\[0\]/ },
    { name: 'a non-string deny entry is dropped', raw: { denySites: [42] }, settings: {}, warning: /denySites\[0\]/ },
    { name: 'a deny list given as broken JSON text is ignored', raw: { denySites: '[a.example' }, settings: {}, warning: /not JSON/ },
    { name: 'a non-boolean flag counts as false', raw: { disableUserFeeds: 'yes' }, settings: {}, warning: /disableUserFeeds/ },
  ];
  it.each(bad)('ignores with a warning: $name', ({ raw, settings, warning }) => {
    const result = parseManagedSettings(raw);
    expect(result.settings, 'only the bad value is dropped').toEqual({ ...NO_MANAGED_SETTINGS, ...settings });
    expect(result.warnings.some((w) => warning.test(w)), `warnings: ${result.warnings.join(' | ')}`).toBe(true);
  });

  it('never throws, whatever storage.managed returns', () => {
    const odd: unknown[] = [null, 0, true, Symbol('x'), { feeds: [null, [], 3] }, { denySites: [{}, null] }, Object.create(null)];
    for (const raw of odd) expect(() => parseManagedSettings(raw)).not.toThrow();
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as {
    type: string;
    additionalProperties?: unknown;
    properties: Record<string, unknown>;
  };

  it('declares exactly the policies the parser reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(NO_MANAGED_SETTINGS).sort());
  });

  it('follows Chrome rules: top level is an object without additionalProperties, every schema has one type', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties, 'Chrome rejects additionalProperties at the top level').toBeUndefined();
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      expect(typeof n.type === 'string' || typeof n.$ref === 'string', `${path} needs exactly one type or a $ref`).toBe(true);
      for (const [k, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) visit(child, `${path}.${k}`);
      if (n.items) visit(n.items, `${path}[]`);
    };
    visit(schema, '$');
  });

  it('accepts what the parser accepts in a full example', () => {
    const example = { feeds: [{ url: FEED, publicKey: KEY, intervalHours: 24 }], denySites: ['example.com'], disableUserFeeds: true };
    expect(parseManagedSettings(example).warnings).toEqual([]);
  });
});
