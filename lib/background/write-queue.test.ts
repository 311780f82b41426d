import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createWriteQueue', () => {
  it('starts a write only after the one before it finished', async () => {
    const enqueue = createWriteQueue();
    const log: string[] = [];
    const gate = deferred();
    const first = enqueue(async () => {
      log.push('first start');
      await gate.promise;
      log.push('first end');
    });
    const second = enqueue(async () => {
      log.push('second start');
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(log, 'the second write waits while the first is running').toEqual(['first start']);
    gate.resolve();
    await Promise.all([first, second]);
    expect(log, 'writes run in arrival order, never interleaved').toEqual(['first start', 'first end', 'second start']);
  });

  it('keeps going after a failed write, and the failure reaches its caller', async () => {
    const enqueue = createWriteQueue();
    const failed = enqueue(async () => {
      throw new Error('quota exceeded');
    });
    await expect(failed, 'the caller of the failed write sees its error').rejects.toThrow('quota exceeded');
    await expect(enqueue(async () => 'next'), 'the next write still runs').resolves.toBe('next');
  });
});
