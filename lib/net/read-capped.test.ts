import { describe, expect, it } from 'vitest';
import { readCapped } from './read-capped';

const stream = (parts: number[]) =>
  new Response(new ReadableStream<Uint8Array>({ start(c) { for (const n of parts) c.enqueue(new Uint8Array(n).fill(1)); c.close(); } }));

describe('readCapped', () => {
  it.each([
    { parts: [3, 4], cap: 7, out: 7, rule: 'exactly the cap is read whole' },
    { parts: [3, 4, 1], cap: 7, out: 'too-large', rule: 'one byte past the cap is refused, whatever Content-Length said' },
    { parts: [], cap: 7, out: 0, rule: 'an empty body is empty' },
  ])('$rule', async ({ parts, cap, out }) => {
    const r = await readCapped(stream(parts), cap);
    expect(r === 'too-large' ? r : r.byteLength, out === 'too-large' ? 'refused' : 'all bytes, in order').toBe(out);
  });

  it('applies the cap to a body read without a stream too', async () => {
    const r = new Response(null);
    Object.defineProperty(r, 'body', { value: null });
    Object.defineProperty(r, 'arrayBuffer', { value: async () => new ArrayBuffer(10) });
    expect(await readCapped(r, 5), 'no stream: the whole body is still checked').toBe('too-large');
  });
});
