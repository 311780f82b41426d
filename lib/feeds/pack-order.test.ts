import { describe, expect, it } from 'vitest';
import { checkNotOlder, compareNumericVersions } from './pack-order';

describe('checkNotOlder: a feed never rolls the fact base back', () => {
  const installed = { version: '2026.11.23', published: '2026-11-23' };
  it.each<[string, { version: string; published: string }, RegExp | undefined]>([
    ['a later date', { version: '2026.11.24', published: '2026-11-24' }, undefined],
    ['the same version again', installed, undefined],
    ['a second release on the same day', { version: '2026.11.23.2', published: '2026-11-23' }, undefined],
    ['a free-form version on the same day', { version: 'beta', published: '2026-11-23' }, undefined],
    ['a later date with a lower-looking version (numbering restarted)', { version: '1', published: '2026-12-01' }, undefined],
    ['a coarser date covering the installed one', { version: '2026.11.30', published: '2026-11' }, undefined],
    ['an earlier date', { version: '2026.11.22', published: '2026-11-22' }, /^the feed sent version 2026\.11\.22 published 2026-11-22, older than the installed version 2026\.11\.23 \(published 2026-11-23\): refused/],
    ['an earlier year', { version: '9', published: '2025' }, /older than the installed version/],
    ['a lower version on the same day', { version: '2026.11.22', published: '2026-11-23' }, /^the feed sent version 2026\.11\.22, lower than the installed version 2026\.11\.23: refused/],
  ])('%s', (_why, next, expected) => {
    const result = checkNotOlder(installed, next);
    if (expected) expect(result, 'an older pack is refused with a sentence saying why').toMatch(expected);
    else expect(result, 'a pack that is not older is accepted').toBeUndefined();
  });

  it.each<[string, string, number]>([
    ['2', '10', -1],
    ['10', '2', 1],
    ['1.2', '1.2.0', 0],
    ['2026.11.23', '2026.11.23.2', -1],
    ['v2', '1', 0],
  ])('compareNumericVersions(%s, %s) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareNumericVersions(a, b)), 'numbers compare as numbers, not as text; other strings do not order').toBe(sign);
  });
});
