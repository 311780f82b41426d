import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageStats, stampFirstPaintFrame } from './stats';

describe('stampFirstPaintFrame', () => {
  afterEach(() => void vi.useRealTimers());

  it('stamps the time of the task after the next frame, once', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const stats = createPageStats();
    let clock = 100;
    stampFirstPaintFrame(stats, (cb) => frames.push(cb), () => clock);
    expect(stats.firstPaintAt, 'nothing is stamped before the frame runs').toBe(0);
    clock = 130;
    frames.shift()!();
    expect(stats.firstPaintAt, 'the frame callback alone does not stamp: the paint follows it').toBe(0);
    vi.runAllTimers();
    expect(stats.firstPaintAt, 'the task after the frame stamps its time').toBe(130);
    clock = 500;
    stampFirstPaintFrame(stats, (cb) => frames.push(cb), () => clock);
    expect(frames, 'a later paint asks for no frame: only the first counts').toHaveLength(0);
  });

  it('two scans racing to their first paint keep the earlier frame', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    const stats = createPageStats();
    let clock = 10;
    stampFirstPaintFrame(stats, (cb) => frames.push(cb), () => clock);
    stampFirstPaintFrame(stats, (cb) => frames.push(cb), () => clock);
    frames.shift()!();
    vi.runAllTimers();
    clock = 90;
    frames.shift()!();
    vi.runAllTimers();
    expect(stats.firstPaintAt, 'the first frame after a paint is the one measured').toBe(10);
  });

  it('without a window (no frames) it stamps nothing', () => {
    const stats = createPageStats();
    stampFirstPaintFrame(stats, undefined, () => 42);
    expect(stats.firstPaintAt, 'no frame, no paint time').toBe(0);
  });
});
