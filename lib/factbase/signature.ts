/**
 * Optional Ed25519 signature of a pack: base64 of the signature over the UTF-8 bytes of
 * `canonicalJson(pack without its "signature" field)`.
 *
 * Sign and verify the pack exactly as published (the parsed JSON), never the valibot
 * output: validation trims strings and fills defaults (`aliases: []`), which would change
 * the bytes. WebCrypto Ed25519 is in Node 20 and Chrome 137+; `subtle` is a test seam.
 */

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, array order
 * kept, `undefined` properties dropped (as JSON.stringify does). Two equal packs give the
 * same string whatever their key order or formatting.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
}

/** The bytes a signature covers. */
function signedBytes(pack: object): Uint8Array<ArrayBuffer> {
  const { signature: _ignored, ...rest } = pack as { signature?: unknown };
  return new TextEncoder().encode(canonicalJson(rest));
}

const ED25519 = { name: 'Ed25519' } as const;

export async function verifyPackSignature(pack: object, publicKeyBase64: string, subtle: SubtleCrypto = crypto.subtle): Promise<boolean> {
  const signature = (pack as { signature?: unknown }).signature;
  if (typeof signature !== 'string') return false;
  try {
    const key = await subtle.importKey('raw', fromBase64(publicKeyBase64), ED25519, false, ['verify']);
    return await subtle.verify(ED25519, key, fromBase64(signature), signedBytes(pack));
  } catch {
    // A malformed key or signature is a failed verification, not a crash.
    return false;
  }
}

/** Returns a copy of the pack with `signature` set; an existing signature is replaced. */
export async function signPack<T extends object>(pack: T, privateKey: CryptoKey, subtle: SubtleCrypto = crypto.subtle): Promise<T & { signature: string }> {
  const signature = await subtle.sign(ED25519, privateKey, signedBytes(pack));
  return { ...pack, signature: toBase64(new Uint8Array(signature)) };
}

/** A new key pair: the public key as raw base64 (what a feed publishes), the private key as PKCS#8 base64. */
export async function generateSigningKeys(subtle: SubtleCrypto = crypto.subtle): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: toBase64(new Uint8Array(await subtle.exportKey('raw', pair.publicKey))),
    privateKey: toBase64(new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey))),
  };
}

export async function importPrivateKey(pkcs8Base64: string, subtle: SubtleCrypto = crypto.subtle): Promise<CryptoKey> {
  return subtle.importKey('pkcs8', fromBase64(pkcs8Base64), ED25519, false, ['sign']);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
