import { describe, expect, it } from 'vitest';
import { cleanSource, decodeVlq, moduleBytes, packageOf, UNMAPPED } from './source-map-bytes';

describe('decodeVlq', () => {
  it.each([
    ['A', [0]],
    ['C', [1]],
    ['D', [-1]],
    ['gB', [16]],
    ['2H', [123]],
    ['AAAA', [0, 0, 0, 0]],
    ['EACA', [2, 0, 1, 0]],
  ])('%s decodes to %j', (segment, expected) => {
    expect(decodeVlq(segment), 'base64 VLQ: 5 bits a digit, bit 6 continues, lowest bit of the value is the sign').toEqual(expected);
  });

  it.each([['A!'], ['g']])('rejects %s', (segment) => {
    expect(() => decodeVlq(segment), 'a character outside base64, or a continuation with no end, is an error').toThrow();
  });
});

describe('moduleBytes', () => {
  const table = (code: string, sources: string[], mappings: string) =>
    Object.fromEntries(moduleBytes(code, { version: 3, sources, mappings }).map((r) => [r.source, r.bytes]));

  it.each([
    {
      why: 'each segment runs to the next one; the source index is relative across lines',
      code: 'xxYYY\nZZ',
      sources: ['a.ts', 'b.ts'],
      mappings: 'AAAA,ECAA;AAAA',
      expected: { 'a.ts': 2, 'b.ts': 5, [UNMAPPED]: 1 },
    },
    {
      why: 'a one-field segment ends the previous mapping: its code is unmapped',
      code: 'xxyy',
      sources: ['a.ts'],
      mappings: 'AAAA,E',
      expected: { 'a.ts': 2, [UNMAPPED]: 2 },
    },
    {
      why: 'code before the first segment and lines with no mappings are unmapped',
      code: 'w(x)\nlast',
      sources: ['a.ts'],
      mappings: 'EAAA',
      expected: { 'a.ts': 2, [UNMAPPED]: 7 },
    },
    {
      why: 'bytes are UTF-8: é counts 2',
      code: 'é',
      sources: ['a.ts'],
      mappings: 'AAAA',
      expected: { 'a.ts': 2 },
    },
  ])('$why', ({ code, sources, mappings, expected }) => {
    const got = table(code, sources, mappings);
    expect(got, 'bytes per source').toEqual(expected);
    expect(
      Object.values(got).reduce((s, n) => s + n, 0),
      'every byte of the file is charged to exactly one source',
    ).toBe(Buffer.byteLength(code));
  });

  it.each([[null], [{ sources: ['a'] }], [{ sources: [1], mappings: '' }]])('rejects %j as a source map', (map) => {
    expect(() => moduleBytes('x', map), 'sources[] of strings and mappings are required').toThrow(/source map/);
  });
});

describe('cleanSource / packageOf', () => {
  it.each([
    ['../../node_modules/.pnpm/x/node_modules/preact/dist/preact.mjs', 'node_modules/preact/dist/preact.mjs', 'preact'],
    ['../../node_modules/@floating-ui/dom/dist/x.mjs', 'node_modules/@floating-ui/dom/dist/x.mjs', '@floating-ui/dom'],
    ['../../lib/match/scan.ts', 'lib/match/scan.ts', null],
  ])('%s', (source, cleaned, pkg) => {
    expect(cleanSource(source), 'paths are relative to the repository, the innermost node_modules wins').toBe(cleaned);
    expect(packageOf(cleaned), 'a node_modules path belongs to its (scoped) package; our own code to none').toBe(pkg);
  });
});
