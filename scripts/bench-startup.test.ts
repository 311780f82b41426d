import { describe, expect, it } from 'vitest';
import { FRAME_STEP, medianSteps, scriptToPaintMs, startupSteps } from './bench-startup';

describe('startupSteps', () => {
  it.each([
    {
      stats: { startup: { script: 100, settings: 103, text: 104, session: 110, frame: 125, painted: 140 }, firstPaintAt: 150 },
      want: { settings: 3, text: 1, session: 6, frame: 15, painted: 15, [FRAME_STEP]: 10 },
      rule: 'each step counts from the step reached before it; a skipped step falls into the next',
    },
    { stats: { startup: { settings: 3 }, firstPaintAt: 150 }, want: null, rule: 'no start mark: nothing to split (production build)' },
    { stats: { startup: { script: 100, settings: 103 }, firstPaintAt: 0 }, want: null, rule: 'not painted yet: no split' },
  ])('$rule', ({ stats, want, rule }) => expect(startupSteps(stats), rule).toEqual(want));
});

describe('scriptToPaintMs', () => {
  it.each([
    { stats: { startup: { script: 40 }, firstPaintAt: 95 }, want: 55, rule: 'script start to the painted frame' },
    { stats: { startup: {}, firstPaintAt: 95 }, want: null, rule: 'unmarked: not measured, never 95 from zero' },
    { stats: { startup: { script: 40 }, firstPaintAt: 0 }, want: null, rule: 'no frame yet: not measured' },
  ])('$rule', ({ stats, want, rule }) => expect(scriptToPaintMs(stats), rule).toBe(want));
});

describe('medianSteps', () => {
  it('takes each step’s median over the runs that reached it', () => {
    const got = medianSteps([{ a: 1, b: 10 }, null, { a: 3 }, { a: 2, b: 30 }]);
    expect(got, 'a: median of 1,3,2; b: lower middle of 10,30; null runs ignored').toEqual({ a: 2, b: 10 });
  });
  it('no run marked: null', () => expect(medianSteps([null, null]), 'nothing measured gives no medians').toBeNull());
});
