import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson, generateSigningKeys, importPrivateKey, signPack, verifyPackSignature } from './signature';

const signed = JSON.parse(readFileSync(new URL('./fixtures/pack-signed.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const publicKey = readFileSync(new URL('./fixtures/pack-signed.pub', import.meta.url), 'utf8').trim();
const unsigned = () => {
  const { signature: _s, ...rest } = structuredClone(signed);
  return rest;
};

describe('canonicalJson: sorted keys, no whitespace', () => {
  it.each<[unknown, string, string]>([
    [{ b: 1, a: [3, { d: null, c: 'x' }] }, '{"a":[3,{"c":"x","d":null}],"b":1}', 'keys sort at every depth, arrays keep order'],
    [{ a: undefined, b: true }, '{"b":true}', 'undefined properties are dropped'],
    [[undefined], '[null]', 'undefined in an array is null, as in JSON.stringify'],
    [{ 'é': 'Токаев', e: '"\n' }, '{"e":"\\"\\n","é":"Токаев"}', 'non-ASCII stays literal; keys sort by code unit'],
    [{ n: 1e21, m: -0.5 }, '{"m":-0.5,"n":1e+21}', 'numbers are written as JSON.stringify writes them'],
  ])('%j → %s (%s)', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([[NaN], [Infinity], [() => 1], [10n]])('refuses %s, which has no JSON form', (value) => {
    expect(() => canonicalJson({ value })).toThrow(/has no JSON form/);
  });
});

describe('verifyPackSignature', () => {
  it('accepts the signed fixture (made with scripts/sign-pack.ts)', async () => {
    expect(await verifyPackSignature(signed, publicKey)).toBe(true);
  });

  it('accepts the same pack with keys reordered and reformatted: the signature covers content, not layout', async () => {
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    expect(await verifyPackSignature(JSON.parse(JSON.stringify(reordered, null, 4)) as object, publicKey)).toBe(true);
  });

  it.each<[string, (p: Record<string, unknown>) => void]>([
    ['a changed fact', (p) => ((p.entities as { facts: { text: string }[] }[])[0]!.facts[0]!.text = 'Something else.')],
    ['a changed version', (p) => (p.version = '2099.1.1')],
    ['an added field', (p) => (p.description = 'extra')],
    ['a missing signature', (p) => delete p.signature],
    ['a signature that is not base64', (p) => (p.signature = '%%%')],
    ['a signature of the wrong length', (p) => (p.signature = 'AAAA')],
    ['a signature that is not a string', (p) => (p.signature = 42)],
  ])('refuses %s', async (_name, mutate) => {
    const pack = structuredClone(signed);
    mutate(pack);
    expect(await verifyPackSignature(pack, publicKey)).toBe(false);
  });

  it.each([
    ['a key in SPKI instead of raw encoding', 'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE='],
    ['an empty key', ''],
    ['a key that is not base64', 'not a key!'],
  ])('refuses verification against %s', async (_name, key) => {
    expect(await verifyPackSignature(signed, key)).toBe(false);
  });
});

describe('signPack', () => {
  it('signs so that verify accepts, and re-signing replaces the old signature', async () => {
    const keys = await generateSigningKeys();
    const privateKey = await importPrivateKey(keys.privateKey);
    const once = await signPack(unsigned(), privateKey);
    expect(await verifyPackSignature(once, keys.publicKey)).toBe(true);
    const again = await signPack(once, privateKey);
    expect(await verifyPackSignature(again, keys.publicKey)).toBe(true);
    expect(await verifyPackSignature(again, publicKey), 'a pack signed by one key fails against another').toBe(false);
  });
});
