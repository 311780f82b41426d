/**
 * Which addresses a feed may be fetched from: the feed URL the user subscribes to and
 * every redirect hop on the way to the pack (checked before the hop is requested).
 *
 * - https only; http only for this machine (testing a feed before publishing it).
 * - No user name or password in the URL.
 * - No private, loopback, link-local or reserved address literal, unless the feed URL
 *   itself is on this machine (local testing): a public feed must not be able to make the
 *   browser reach the user's router, intranet or local services (SSRF through a redirect).
 *   The check works on the URL as the WHATWG parser normalises it, so every spelling of an
 *   address is covered: http://2130706433/, http://0x7f.1/ and http://0177.0.0.1/ are all
 *   127.0.0.1, http://[::ffff:127.0.0.1]/ is [::ffff:7f00:1].
 *   Host names are not resolved (an extension cannot ask DNS): a public name that resolves
 *   to a private address is not caught here.
 */

export type AddressKind = 'public' | 'loopback' | 'private';

/** undefined when the URL may be fetched; else why not. `feedUrl`: the subscribed URL, for redirect hops. */
export function checkFeedUrl(url: string, feedUrl: string = url): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a valid URL`;
  }
  if (parsed.username || parsed.password) return 'feed URLs must not contain a user name or password';
  const kind = addressKind(parsed.hostname);
  const httpsOrLocal = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && kind === 'loopback');
  if (!httpsOrLocal) return `feeds must use https:// (http:// only for localhost), not ${parsed.protocol}//${parsed.host}`;
  if (kind === 'public' || isLocalFeed(feedUrl)) return undefined;
  const what = kind === 'loopback' ? 'this computer' : 'a private or local network address';
  return `${parsed.host} is ${what}: only a feed whose own address is on this computer (for testing) may use one`;
}

function isLocalFeed(feedUrl: string): boolean {
  try {
    return addressKind(new URL(feedUrl).hostname) === 'loopback';
  } catch {
    return false;
  }
}

/** The local machine: http allowed (testing a feed before publishing it). */
export function isLocalHost(hostname: string): boolean {
  return addressKind(hostname) === 'loopback';
}

/** What a (WHATWG-normalised) host name points at, as far as can be told without DNS. */
export function addressKind(hostname: string): AddressKind {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // Chromium resolves every *.localhost name to the loopback address itself.
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  if (host.startsWith('[') && host.endsWith(']')) return ipv6Kind(host.slice(1, -1));
  const v4 = parseIpv4(host);
  return v4 ? ipv4Kind(v4) : 'public';
}

function parseIpv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function ipv4Kind([a, b]: number[]): AddressKind {
  if (a === 127) return 'loopback';
  const privateOrReserved =
    a === 0 || // "this network", 0.0.0.0 reaches local services on Linux and macOS
    a === 10 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata services
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    a! >= 224; // multicast, reserved, broadcast
  return privateOrReserved ? 'private' : 'public';
}

/** Eight 16-bit groups of a normalised IPv6 literal (hex groups, at most one "::"). */
function parseIpv6(text: string): number[] | undefined {
  const [head, tail, ...rest] = text.split('::');
  if (rest.length) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)) : []);
  const left = groups(head);
  const right = groups(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const all = [...left, ...Array<number>(Math.max(0, fill)).fill(0), ...right];
  return all.length === 8 && all.every((g) => Number.isInteger(g)) ? all : undefined;
}

function ipv6Kind(text: string): AddressKind {
  const g = parseIpv6(text);
  if (!g) return 'private'; // not an address we can read: never treat it as public
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 7) && g[7] === 1) return 'loopback'; // ::1
  if (zeros(0, 8)) return 'private'; // ::
  if (zeros(0, 5) && g[5] === 0xffff) return 'private'; // IPv4-mapped: refused whatever it maps to
  if (zeros(0, 6)) return 'private'; // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return ipv4Kind([g[6]! >> 8, g[6]! & 255]) === 'public' ? 'public' : 'private'; // NAT64
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return 'private'; // fe80::/10 link-local
  if ((g[0]! & 0xff00) === 0xff00) return 'private'; // multicast
  return 'public';
}
