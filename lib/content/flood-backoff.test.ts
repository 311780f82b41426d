import { afterEach, describe, expect, it, vi } from 'vitest';
import { FloodBackoff } from './flood-backoff';

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  let t = 0;
  let scans = 0;
  const abort = new AbortController();
  const backoff = new FloodBackoff(() => {
    scans++;
    backoff.scanStarted();
    backoff.scanEnded();
  }, abort.signal, () => t);
  return { backoff, abort, scans: () => scans, advance: (ms: number) => { t += ms; vi.advanceTimersByTime(ms); } };
}

describe('FloodBackoff', () => {
  it('rescans a first flood at once, then waits twice as long for each flood that follows a flood rescan', () => {
    const { backoff, scans, advance } = setup();
    backoff.flood();
    expect(scans(), 'first flood: rescan now').toBe(1);
    backoff.flood();
    expect(backoff.wait, 'a flood right after a flood rescan waits').toBe(250);
    expect(scans(), 'not yet').toBe(1);
    backoff.flood();
    expect(scans(), 'floods while waiting share the one deferred rescan').toBe(1);
    advance(600);
    expect(scans(), 'the deferred rescan ran').toBe(2);
    backoff.flood();
    expect(backoff.wait, 'and the next wait doubles').toBeGreaterThan(250);
  });

  it('a quiet spell resets the wait, and abort cancels a deferred rescan', () => {
    const { backoff, abort, scans, advance } = setup();
    backoff.flood();
    advance(3000);
    backoff.flood();
    expect(backoff.wait, 'two seconds of quiet: no wait').toBe(0);
    expect(scans()).toBe(2);
    backoff.flood();
    abort.abort();
    advance(10_000);
    expect(scans(), 'no rescan after teardown').toBe(2);
  });
});
