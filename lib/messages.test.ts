import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { checkMessageSize, MAX_CARD_IDS, MAX_MESSAGE_BYTES, requestSchemas } from './messages';

describe('checkMessageSize', () => {
  it('lets a file-carrying message under the limit through', () => {
    expect(checkMessageSize('restoreBackup', { text: 'x'.repeat(1000) }), 'a small backup is sent').toBeUndefined();
  });

  it('refuses a file-carrying message over the limit with a sentence the user can act on', () => {
    const error = checkMessageSize('inspectBackup', { text: 'x'.repeat(MAX_MESSAGE_BYTES + 1) });
    expect(error, 'an oversize file is refused before Chrome refuses it').toMatch(/too large.*at most 60\.0 MiB.*Split it/);
  });

  it('counts UTF-8 bytes, not characters (Cyrillic takes two bytes)', () => {
    const text = 'ж'.repeat(Math.ceil(MAX_MESSAGE_BYTES / 2) + 10);
    expect(text.length, 'fewer characters than the limit').toBeLessThan(MAX_MESSAGE_BYTES);
    expect(checkMessageSize('restoreBackup', { text }), 'but more bytes than Chrome carries').toMatch(/too large/);
  });

  it('does not measure messages whose schemas cap their size', () => {
    expect(checkMessageSize('getCards', { ids: ['a'] }), 'small messages are not stringified twice').toBeUndefined();
  });
});

describe('requestSchemas', () => {
  it('caps card requests at MAX_CARD_IDS ids', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);
    expect(v.safeParse(requestSchemas.getCards, { ids: ids(MAX_CARD_IDS) }).success, 'a page may prefetch up to the cap').toBe(true);
    expect(v.safeParse(requestSchemas.getCards, { ids: ids(MAX_CARD_IDS + 1) }).success, 'one more is refused').toBe(false);
  });
});
