import { describe, expect, it } from 'vitest';
import { clampHoverDelay, DEFAULT_DISPLAY, DENSE_PAGE_MENTIONS, firstOnlyActive, parseDisplay, samePainting, visibleMentions, type DisplaySettings } from './display';

const m = (entity: string | null, text: string, type: 'person' | 'country' = 'person') => ({ entity, text, type });
const page = [m('kazakhstan', 'Kazakhstan', 'country'), m('tokayev', 'Tokayev'), m('kazakhstan', 'Казахстане', 'country'), m(null, 'Japarov'), m('tokayev', 'Токаева'), m(null, 'japarov')];
const withMode = (firstOnly: DisplaySettings['firstOnly']): DisplaySettings => ({ ...DEFAULT_DISPLAY, firstOnly });

/** A dense page: `n` mentions cycling through three entities. */
const dense = (n: number) => Array.from({ length: n }, (_, i) => m(['kazakhstan', 'tokayev', 'uzbekistan'][i % 3]!, `name${i}`, i % 3 === 1 ? 'person' : 'country'));

describe('visibleMentions', () => {
  it('shows everything on a short page by default (automatic mode)', () => {
    expect(visibleMentions(page, DEFAULT_DISPLAY), 'auto leaves a page of few mentions fully underlined').toEqual(page);
  });

  it('hides a switched-off type', () => {
    const s = parseDisplay({ types: { country: false } });
    expect(visibleMentions(page, s).map((x) => x.text), 'a type switched off is never painted').toEqual(['Tokayev', 'Japarov', 'Токаева', 'japarov']);
  });

  it.each([
    { mode: 'always' as const, mentions: page.length, expected: 3, why: 'always: first mention of each entity and each ambiguous text, even on a short page' },
    { mode: 'never' as const, mentions: 500, expected: 500, why: 'never: every mention, however dense the page' },
    { mode: 'auto' as const, mentions: DENSE_PAGE_MENTIONS, expected: DENSE_PAGE_MENTIONS, why: 'auto: exactly the threshold is not dense yet' },
    { mode: 'auto' as const, mentions: DENSE_PAGE_MENTIONS + 1, expected: 3, why: 'auto: one over the threshold underlines first mentions only' },
  ])('$why', ({ mode, mentions, expected }) => {
    const list = mode === 'always' ? page : dense(mentions);
    expect(visibleMentions(list, withMode(mode)), 'count of underlined mentions').toHaveLength(expected);
  });

  it('keeps the first of each entity in document order when first-only applies', () => {
    expect(visibleMentions(page, withMode('always')).map((x) => x.text), 'the earliest mention of each group').toEqual(['Kazakhstan', 'Tokayev', 'Japarov']);
  });

  it('counts only mentions of shown types towards the density threshold', () => {
    const list = [...dense(60).map((x) => ({ ...x, type: 'person' as const })), ...dense(60).map((x) => ({ ...x, type: 'country' as const }))];
    const s = { ...withMode('auto'), types: { ...DEFAULT_DISPLAY.types, country: false } };
    expect(visibleMentions(list, s), '60 shown person mentions is not a dense page').toHaveLength(60);
  });
});

describe('firstOnlyActive', () => {
  it.each([
    ['always', 0, true],
    ['never', 10_000, false],
    ['auto', 0, false],
    ['auto', DENSE_PAGE_MENTIONS, false],
    ['auto', DENSE_PAGE_MENTIONS + 1, true],
  ] as const)('%s with %i mentions → %s', (mode, n, active) => {
    expect(firstOnlyActive(mode, n), 'auto turns on strictly above the threshold').toBe(active);
  });
});

describe('parseDisplay', () => {
  it.each([
    ['nothing stored', undefined],
    ['junk', 'yes please'],
    ['wrong types', { types: { person: 'no' }, firstOnly: 'true', hoverDelayMs: 'soon' }],
    ['an unknown mode', { firstOnly: 'sometimes' }],
  ])('falls back to the defaults for %s', (_why, raw) => {
    expect(parseDisplay(raw), 'unreadable values become the defaults').toEqual(DEFAULT_DISPLAY);
  });

  it.each([
    { stored: true, expected: 'always', why: 'the old "first mention only" ticked: the reader chose it' },
    { stored: false, expected: 'auto', why: 'the old default (unticked) becomes automatic' },
    { stored: 'always', expected: 'always', why: 'a new value is kept' },
    { stored: 'never', expected: 'never', why: 'a new value is kept' },
  ])('migrates firstOnly $stored → $expected: $why', ({ stored, expected }) => {
    expect(parseDisplay({ firstOnly: stored }).firstOnly).toBe(expected);
  });

  it('keeps valid values and ignores unknown types', () => {
    expect(parseDisplay({ types: { event: false, planet: false }, firstOnly: 'never', hoverDelayMs: 0 }), 'valid values survive a round trip').toEqual({
      types: { ...DEFAULT_DISPLAY.types, event: false },
      firstOnly: 'never',
      hoverDelayMs: 0,
    });
  });
});

describe('clampHoverDelay', () => {
  it.each([
    [0, 0],
    [300, 300],
    [1000, 1000],
    [1001, 1000],
    [-5, 0],
    [149.6, 150],
    ['450', 450],
    ['', 300],
    [Number.NaN, 300],
    [Infinity, 300],
    [null, 300],
  ])('%s → %s', (raw, expected) => {
    expect(clampHoverDelay(raw), 'delays stay whole milliseconds within 0–1,000; junk is the 300 ms default').toBe(expected);
  });
});

describe('samePainting', () => {
  it('a changed hover delay does not repaint; a changed mode or type does', () => {
    expect(samePainting(DEFAULT_DISPLAY, { ...DEFAULT_DISPLAY, hoverDelayMs: 0 }), 'delay only').toBe(true);
    expect(samePainting(DEFAULT_DISPLAY, withMode('never')), 'mode').toBe(false);
    expect(samePainting(DEFAULT_DISPLAY, { ...DEFAULT_DISPLAY, types: { ...DEFAULT_DISPLAY.types, event: false } }), 'type').toBe(false);
  });
});
