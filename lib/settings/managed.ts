/**
 * Settings an administrator pushes by enterprise policy (docs/deployment.md), as
 * read from `storage.managed.get()`. Chrome checks values against
 * public/managed_schema.json and drops whatever does not fit; Firefox
 * (`3rdparty.Extensions` in policies.json) checks nothing. So everything is
 * checked here again, one value at a time: a bad value is dropped with a
 * warning and the rest still applies. A typo in one feed URL must not switch
 * off a whole organisation's deny list, and nothing here ever throws.
 */
import * as v from 'valibot';

export interface ManagedFeed {
  url: string;
  /** Ed25519 public key (base64 of the 32 raw bytes) the feed's packs must be signed with. */
  publicKey?: string;
  intervalHours?: number;
}

export interface ManagedSettings {
  feeds: ManagedFeed[];
  /** Lower-case host patterns: `example.com` or `*.example.com`. */
  denySites: string[];
  disableUserFeeds: boolean;
}

export interface ManagedParse {
  settings: ManagedSettings;
  /** One line per ignored value, for the options page and the background log. */
  warnings: string[];
}

export const NO_MANAGED_SETTINGS: ManagedSettings = { feeds: [], denySites: [], disableUserFeeds: false };

/** Feeds are refreshed at most hourly and at least monthly. */
const INTERVAL_HOURS = { min: 1, max: 24 * 30 } as const;

const FeedUrl = v.pipe(v.string(), v.trim(), v.url(), v.regex(/^https:\/\//i, 'must be an https URL'));
/** 32 bytes in standard base64 are 43 characters and one `=`. */
const PublicKey = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'must be a base64 Ed25519 public key (32 bytes)'));
const IntervalHours = v.pipe(v.number(), v.integer(), v.minValue(INTERVAL_HOURS.min), v.maxValue(INTERVAL_HOURS.max));
const HostPattern = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'must be a host name, optionally starting with *.'),
);

const KNOWN_KEYS = new Set(['feeds', 'denySites', 'disableUserFeeds']);

export function parseManagedSettings(raw: unknown): ManagedParse {
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { settings: { ...NO_MANAGED_SETTINGS }, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...NO_MANAGED_SETTINGS }, warnings: ['managed settings: expected an object, ignored'] };
  }
  const policy = raw as Record<string, unknown>;
  for (const key of Object.keys(policy)) {
    if (!KNOWN_KEYS.has(key)) warnings.push(`${key}: unknown policy, ignored`);
  }
  return {
    settings: {
      feeds: parseFeeds(policy.feeds, warnings),
      denySites: parseDenySites(policy.denySites, warnings),
      disableUserFeeds: parseFlag(policy.disableUserFeeds, warnings),
    },
    warnings,
  };
}

/**
 * Lists may also arrive as a JSON string: registry- and GPO-based setups often hold
 * complex values as text, and a string is easy to mistype as the value itself.
 */
function asList(value: unknown, key: string, warnings: string[]): unknown[] {
  if (value === undefined) return [];
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value) as unknown;
    } catch {
      warnings.push(`${key}: not a list (a string that is not JSON), ignored`);
      return [];
    }
  }
  if (Array.isArray(list)) return list;
  warnings.push(`${key}: not a list, ignored`);
  return [];
}

function parseFeeds(value: unknown, warnings: string[]): ManagedFeed[] {
  const feeds: ManagedFeed[] = [];
  asList(value, 'feeds', warnings).forEach((item, i) => {
    const at = `feeds[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      warnings.push(`${at}: expected {url, publicKey?, intervalHours?}, ignored`);
      return;
    }
    const entry = item as Record<string, unknown>;
    const url = v.safeParse(FeedUrl, entry.url);
    if (!url.success) {
      warnings.push(`${at}.url: ${url.issues[0].message}; feed ignored`);
      return;
    }
    if (feeds.some((f) => f.url === url.output)) {
      warnings.push(`${at}: duplicate of an earlier feed, ignored`);
      return;
    }
    const feed: ManagedFeed = { url: url.output };
    if (entry.publicKey !== undefined) {
      const key = v.safeParse(PublicKey, entry.publicKey);
      // An unverifiable key must not silently turn a signed feed into an unsigned one.
      if (!key.success) {
        warnings.push(`${at}.publicKey: ${key.issues[0].message}; feed ignored`);
        return;
      }
      feed.publicKey = key.output;
    }
    if (entry.intervalHours !== undefined) {
      const hours = v.safeParse(IntervalHours, entry.intervalHours);
      if (hours.success) feed.intervalHours = hours.output;
      else warnings.push(`${at}.intervalHours: must be a whole number from ${INTERVAL_HOURS.min} to ${INTERVAL_HOURS.max}; default used`);
    }
    for (const key of Object.keys(entry)) {
      if (!['url', 'publicKey', 'intervalHours'].includes(key)) warnings.push(`${at}.${key}: unknown field, ignored`);
    }
    feeds.push(feed);
  });
  return feeds;
}

function parseDenySites(value: unknown, warnings: string[]): string[] {
  const sites: string[] = [];
  asList(value, 'denySites', warnings).forEach((item, i) => {
    const host = v.safeParse(HostPattern, item);
    if (!host.success) warnings.push(`denySites[${i}]: ${JSON.stringify(item)} ${host.issues[0].message}; ignored`);
    else if (!sites.includes(host.output)) sites.push(host.output);
  });
  return sites;
}

/** Registry DWORDs and some policy tools deliver 0/1 or "true"/"false" rather than booleans. */
function parseFlag(value: unknown, warnings: string[]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (value === 0 || value === 1) return value === 1;
  if (value === 'true' || value === 'false') return value === 'true';
  warnings.push(`disableUserFeeds: expected true or false, got ${JSON.stringify(value)}; treated as false`);
  return false;
}
