import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, parseDisplay, visibleMentions } from './display';

const m = (entity: string | null, text: string, type: 'person' | 'country' = 'person') => ({ entity, text, type });
const page = [m('kazakhstan', 'Kazakhstan', 'country'), m('tokayev', 'Tokayev'), m('kazakhstan', 'Казахстане', 'country'), m(null, 'Japarov'), m('tokayev', 'Токаева'), m(null, 'japarov')];

describe('visibleMentions', () => {
  it('shows everything by default', () => {
    expect(visibleMentions(page, DEFAULT_DISPLAY)).toEqual(page);
  });

  it('hides a switched-off type', () => {
    const s = parseDisplay({ types: { country: false } });
    expect(visibleMentions(page, s).map((x) => x.text)).toEqual(['Tokayev', 'Japarov', 'Токаева', 'japarov']);
  });

  it('keeps only the first mention of each entity, and of each ambiguous text', () => {
    const s = parseDisplay({ firstOnly: true });
    expect(visibleMentions(page, s).map((x) => x.text)).toEqual(['Kazakhstan', 'Tokayev', 'Japarov']);
  });
});

describe('parseDisplay', () => {
  it.each([
    ['nothing stored', undefined],
    ['junk', 'yes please'],
    ['wrong types', { types: { person: 'no' }, firstOnly: 'true' }],
  ])('falls back to the defaults for %s', (_why, raw) => {
    expect(parseDisplay(raw)).toEqual(DEFAULT_DISPLAY);
  });

  it('keeps valid values and ignores unknown types', () => {
    expect(parseDisplay({ types: { event: false, planet: false }, firstOnly: true })).toEqual({ types: { ...DEFAULT_DISPLAY.types, event: false }, firstOnly: true });
  });
});
