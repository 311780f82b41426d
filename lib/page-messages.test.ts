import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isRevealEntityRequest, pageRequestSchemas } from './page-messages';

describe('isRevealEntityRequest says what the revealEntity schema says', () => {
  it.each([
    ['an entity id', { entity: 'kassym-jomart-tokayev' }, true],
    ['an ambiguous line', { entity: '?sadyr-japarov|akylbek-japarov' }, true],
    ['one character', { entity: 'x' }, true],
    ['2,000 characters', { entity: 'x'.repeat(2000) }, true],
    ['2,001 characters', { entity: 'x'.repeat(2001) }, false],
    ['an empty id', { entity: '' }, false],
    ['a number', { entity: 42 }, false],
    ['an extra field', { entity: 'x', step: 1 }, false],
    ['no field', {}, false],
    ['null', null, false],
    ['an array', ['x'], false],
    ['a string', 'kassym-jomart-tokayev', false],
  ])('%s', (_what, data, expected) => {
    expect(v.safeParse(pageRequestSchemas.revealEntity, data).success, 'the schema (the background and the protocol)').toBe(expected);
    expect(isRevealEntityRequest(data), 'the content script’s plain check agrees with the schema').toBe(expected);
  });
});
