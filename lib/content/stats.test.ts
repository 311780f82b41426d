import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageStats, markStartup, stampFirstPaintFrame } from './stats';

/** Fake timers, frames run by hand, and a clock the test sets (`t.clock`); `stamp()` asks for a first-paint stamp. */
function frameHarness(clock: number) {
  vi.useFakeTimers();
  const frames: (() => void)[] = [];
  const stats = createPageStats();
  const t = { clock, frames, stats, stamp: () => stampFirstPaintFrame(stats, (cb) => frames.push(cb), () => t.clock) };
  return t;
}

describe('stampFirstPaintFrame', () => {
  afterEach(() => void vi.useRealTimers());

  it('stamps the time of the task after the next frame, once', () => {
    const t = frameHarness(100);
    t.stamp();
    expect(t.stats.firstPaintAt, 'nothing is stamped before the frame runs').toBe(0);
    t.clock = 130;
    t.frames.shift()!();
    expect(t.stats.firstPaintAt, 'the frame callback alone does not stamp: the paint follows it').toBe(0);
    vi.runAllTimers();
    expect(t.stats.firstPaintAt, 'the task after the frame stamps its time').toBe(130);
    t.clock = 500;
    t.stamp();
    expect(t.frames, 'a later paint asks for no frame: only the first counts').toHaveLength(0);
  });

  it('two scans racing to their first paint keep the earlier frame', () => {
    const t = frameHarness(10);
    t.stamp();
    t.stamp();
    t.frames.shift()!();
    vi.runAllTimers();
    t.clock = 90;
    t.frames.shift()!();
    vi.runAllTimers();
    expect(t.stats.firstPaintAt, 'the first frame after a paint is the one measured').toBe(10);
  });

  it('without a window (no frames) it stamps nothing', () => {
    const stats = createPageStats();
    stampFirstPaintFrame(stats, undefined, () => 42);
    expect(stats.firstPaintAt, 'no frame, no paint time').toBe(0);
  });
});

describe('markStartup', () => {
  it.each([
    { marking: true, calls: [['frame', 10], ['frame', 20]] as const, want: { frame: 10 }, rule: 'a step keeps the first time it was reached (a rescan does not move it)' },
    { marking: true, calls: [['script', 1], ['painted', 9]] as const, want: { script: 1, painted: 9 }, rule: 'each step is marked on its own' },
    { marking: false, calls: [['script', 1]] as const, want: {}, rule: 'a production build (no test handle) keeps no marks' },
  ])('$rule', ({ marking, calls, want, rule }) => {
    const stats = createPageStats();
    for (const [step, at] of calls) markStartup(stats, step, () => at, marking);
    expect(stats.startup, rule).toEqual(want);
  });
});
