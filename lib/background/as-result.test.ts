import { expect, it } from 'vitest';
import { asResult } from './as-result';

it('wraps a value as ok and a thrown error as { ok: false, error } with its context', async () => {
  expect(await asResult(async () => ({ n: 1 }))).toEqual({ ok: true, n: 1 });
  expect(await asResult(async () => { throw new Error('disk full'); }, 'could not save')).toEqual({ ok: false, error: 'could not save: disk full' });
  expect(await asResult(async () => { throw 'plain'; })).toEqual({ ok: false, error: 'plain' });
});
