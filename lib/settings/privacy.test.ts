import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIVACY, parsePrivacy } from './privacy';

describe('parsePrivacy', () => {
  it('defaults to matching the user’s own entities (off)', () => {
    expect(DEFAULT_PRIVACY.ownEntitiesOffPages, 'the setting is opt-in').toBe(false);
  });

  it.each([
    { why: 'nothing stored', raw: undefined, off: false },
    { why: 'junk', raw: 'yes', off: false },
    { why: 'a truthy non-boolean', raw: { ownEntitiesOffPages: 'true' }, off: false },
    { why: 'an explicit false', raw: { ownEntitiesOffPages: false }, off: false },
    { why: 'an explicit true', raw: { ownEntitiesOffPages: true }, off: true },
  ])('$why → ownEntitiesOffPages $off', ({ raw, off }) => {
    expect(parsePrivacy(raw).ownEntitiesOffPages, 'only a stored boolean true switches it on').toBe(off);
  });
});
