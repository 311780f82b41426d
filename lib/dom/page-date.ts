/**
 * The page's own date, for resolving "the president of Kazakhstan" to whoever
 * held the office when the page was written. Read from published-time metadata
 * (Open Graph / article, schema.org microdata and JSON-LD); undefined when absent.
 */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="DC.date.issued"]',
];

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export function pageDate(doc: Document): string | undefined {
  for (const selector of META_SELECTORS) {
    const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
    const day = value?.match(ISO_DAY)?.[1];
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const day = findDatePublished(safeJson(script.textContent ?? ''));
    if (day) return day;
  }
  const time = doc.querySelector('time[itemprop="datePublished"], article time[datetime]')?.getAttribute('datetime');
  return time?.match(ISO_DAY)?.[1];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a hostile or broken page must not break scanning
  }
}

function findDatePublished(value: unknown, depth = 0): string | undefined {
  if (depth > 5 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const d = findDatePublished(item, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  const direct = record.datePublished;
  if (typeof direct === 'string') return direct.match(ISO_DAY)?.[1];
  return findDatePublished(record['@graph'], depth + 1);
}
