/**
 * The page's own date, for resolving "the president of Kazakhstan" to whoever held the
 * office when the page was written. Undefined when the page says nothing believable
 * (callers then use today).
 *
 * Precedence, first believable source wins:
 *   1. published-time metadata (`article:published_time`, `og:published_time`,
 *      `itemprop=datePublished`, Dublin Core, `date`/`pubdate` …);
 *   2. JSON-LD `datePublished`, then `dateCreated` (objects, arrays, `@graph`);
 *   3. a `<time datetime>` marked as the publication time, or the first one in the
 *      article header / the article / main content;
 *   4. a dated URL path: /2023/01/15/, /2023/01/, /2023-01-15-slug.
 * A later source may only refine a partial date with the same prefix (meta "2023-01",
 * URL /2023/01/15/ → "2023-01-15"); it never overrides it.
 *
 * Partial dates stay partial ("2023", "2023-01"): resolution reads them as the whole
 * year or month (lib/match/resolve.ts pageSpan). Dates after today, before 1900, or
 * impossible (2023-02-30) are not believed. Work is bounded on hostile pages: at most
 * MAX_SCRIPTS JSON-LD blocks of at most MAX_JSON characters, MAX_NODES values walked in
 * each, and only the first matching `<time>` per selector.
 */
import { localToday } from '../dates/today';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
];

const TIME_SELECTORS = [
  'time[itemprop="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'article header time[datetime]',
  'header time[datetime]',
  'article time[datetime]',
  'main time[datetime]',
];

const MAX_SCRIPTS = 8;
const MAX_JSON = 200_000;
const MAX_NODES = 2_000;
const MIN_YEAR = 1900;

/** YYYY, YYYY-MM or YYYY-MM-DD at the start of a value, then its end, a time or a space. */
const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/;

const URL_DATES = [
  /\/(\d{4})\/(\d{2})\/(\d{2})(?=\/|$)/,
  /\/(\d{4})-(\d{2})-(\d{2})(?=[-_/.]|$)/,
  /\/(\d{4})\/(\d{2})(?=\/|$)/,
];

export function pageDate(doc: Document, url: string = doc.URL, today: string = localToday()): string | undefined {
  let best: string | undefined;
  const offer = (value: string | null | undefined): boolean => {
    const date = value ? believable(value.trim(), today) : undefined;
    if (!date) return false;
    if (!best) best = date;
    else if (date.length > best.length && date.startsWith(best)) best = date; // refines a partial date
    return best.length === 10;
  };
  for (const s of META_SELECTORS) if (offer(doc.querySelector(s)?.getAttribute('content'))) return best;
  for (const d of jsonLdDates(doc)) if (offer(d)) return best;
  for (const s of TIME_SELECTORS) if (offer(doc.querySelector(s)?.getAttribute('datetime'))) return best;
  offer(urlDate(url));
  return best;
}

/** A date value as YYYY[-MM[-DD]] when it is possible and not after today. */
export function believable(value: string, today: string): string | undefined {
  const m = DATE_VALUE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  const year = Number(y);
  if (year < MIN_YEAR) return undefined;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined && (Number(d) < 1 || Number(d) > new Date(Date.UTC(year, Number(mo), 0)).getUTCDate())) return undefined;
  const date = d ? `${y}-${mo}-${d}` : mo ? `${y}-${mo}` : y;
  return date <= today.slice(0, date.length) ? date : undefined;
}

function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  for (const re of URL_DATES) {
    const m = re.exec(path);
    if (m) return m.slice(1).join('-');
  }
  return undefined;
}

/** datePublished values first, then dateCreated, from the page's JSON-LD blocks. */
function jsonLdDates(doc: Document): string[] {
  const published: string[] = [];
  const created: string[] = [];
  let n = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (++n > MAX_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON) continue; // a hostile page's megabytes of JSON: not parsed
    const budget = { nodes: MAX_NODES };
    collect(safeJson(text), published, created, budget, 0);
  }
  return [...published, ...created];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a hostile or broken page must not break scanning
  }
}

function collect(value: unknown, published: string[], created: string[], budget: { nodes: number }, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object' || --budget.nodes < 0) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, published, created, budget, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') published.push(record.datePublished);
  if (typeof record.dateCreated === 'string') created.push(record.dateCreated);
  collect(record['@graph'], published, created, budget, depth + 1);
  collect(record.mainEntity ?? record.mainEntityOfPage, published, created, budget, depth + 1);
}
