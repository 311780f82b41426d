/**
 * A response body read until it passes `maxBytes`: a server may omit or misstate
 * Content-Length, so the cap is checked on the bytes as they arrive and the stream is
 * cancelled the moment it is exceeded. Shared by feeds and the Wikidata check.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? 'too-large' : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.byteLength));
  return out;
}
