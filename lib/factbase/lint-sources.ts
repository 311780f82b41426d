/**
 * Where a source's URL points, as the pack linter judges it (issue 10, item 3): no fact
 * may rest on a copy of Wikipedia, nor on Wikipedia alone, and a URL's host must be
 * written without a trailing dot (`en.wikipedia.org.` reaches the same server but is a
 * different origin to browsers and a different string to every de-duplicating tool).
 *
 * Hosts are compared label by label: `wikimili.com` matches `wikimili.com` and
 * `de.wikimili.com`, never `notwikimili.com` or `wikimili.com.example`.
 */

/**
 * Sites that republish Wikipedia articles (whole or summarised) under their own name.
 * Citing one hides the real source and its edit history, and several rewrite or
 * machine-summarise the text. Each entry is a registrable domain (or a host under which
 * only mirrored articles live); a source on it or on any subdomain of it is refused.
 * Found in the bundled pack's sources (2026-12) plus the well-known mirrors named in
 * issue 10; add to it when a new mirror turns up.
 */
export const WIKIPEDIA_MIRROR_DOMAINS: readonly string[] = [
  'wikiwand.com',
  'wikimili.com',
  'wikisum.wiki',
  'perceptiofr.com',
  'knowledgr.com',
  'memim.com',
  'owiki.org',
  'findatwiki.com',
  'dbpedia.org',
  'alchetron.com',
  'factsnippet.com',
  'blogen.wiki',
  'everybodywiki.com',
  'wikizero.com',
  'wikizero.net',
  'wikizero.org',
  'wiki2.org',
  'academic.ru',
  'en-academic.com',
  'justapedia.org',
  'infogalactic.com',
  'atozwiki.com',
  'worddisk.com',
  'pinocchiopedia.com',
  'abcdef.wiki',
  'wiki.x.io',
  'dewiki.de',
  'wikiup.org',
  'the-uncensored-wiki.com',
  'kiddle.co',
  'wiki.studentb.eu',
];

/** A host label that names a Kiwix server (offline Wikipedia copies): `kiwix.example.org`. */
const MIRROR_LABELS: readonly string[] = ['kiwix'];

/**
 * A Kiwix/ZIM file name in the path (`/wikipedia_en_all_maxi_2023-10/A/Bishkek`): a copy
 * of Wikipedia served from any host. Also a Wikipedia address carried in the query or path
 * of another site (proxies such as `…/view?url=https://en.wikipedia.org/wiki/X`).
 */
const ZIM_PATH = /(^|\/)(\d{4}-)?wikipedia_[a-z]{2,3}(_[a-z0-9-]+)*(\/|$)/i;
const CARRIED_WIKIPEDIA = /wikipedia\.org/i;

export type HostVerdict =
  | { kind: 'ok' }
  | { kind: 'unparsable' }
  | { kind: 'trailing-dot'; host: string }
  | { kind: 'mirror'; host: string; why: string };

/** `a.b.example.org` is `example.org` or under it; both lower-case, no trailing dot. */
export function hostIsOrUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Host name without its trailing dot, lower-cased; undefined when the URL does not parse. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

export function isWikipediaUrl(raw: string): boolean {
  try {
    return hostIsOrUnder(hostOf(new URL(raw)), 'wikipedia.org');
  } catch {
    return false;
  }
}

/** What the linter thinks of a source URL's host: fine, written with a trailing dot, or a Wikipedia mirror. */
export function judgeSourceUrl(raw: string): HostVerdict[] {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [{ kind: 'unparsable' }];
  }
  const verdicts: HostVerdict[] = [];
  if (url.hostname.endsWith('.')) verdicts.push({ kind: 'trailing-dot', host: url.hostname });
  const host = hostOf(url);
  const mirror = mirrorReason(host, url);
  if (mirror) verdicts.push({ kind: 'mirror', host, why: mirror });
  return verdicts.length ? verdicts : [{ kind: 'ok' }];
}

function mirrorReason(host: string, url: URL): string | undefined {
  if (hostIsOrUnder(host, 'wikipedia.org')) return undefined;
  const domain = WIKIPEDIA_MIRROR_DOMAINS.find((d) => hostIsOrUnder(host, d));
  if (domain) return `${domain} republishes Wikipedia articles`;
  if (host.split('.').some((label) => MIRROR_LABELS.includes(label))) return 'a Kiwix server (offline copy of Wikipedia)';
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path: a malformed escape is no reason to skip the check
  }
  if (ZIM_PATH.test(path)) return 'serves a Kiwix copy of Wikipedia (wikipedia_… archive in the path)';
  if (CARRIED_WIKIPEDIA.test(`${path}${url.search}`)) return 'relays a Wikipedia page (its address is in the URL)';
  return undefined;
}
