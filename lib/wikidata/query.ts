/**
 * The one SPARQL query "Check against Wikidata" sends: the current holders of the offices
 * the bundled pack tracks. Built only from the pack's office keys, role titles and
 * Wikidata ids (public data shipped with the extension): never page text, URLs, or
 * anything of the user's (docs/privacy.md, "Check against Wikidata").
 *
 * An office is a role `office` key, `<kind>:<country-id>`. When a role carries
 * `officeWikidata`, that item is asked for directly; otherwise the query looks for a
 * position whose jurisdiction (P1001) is the country and whose English label is the
 * role's title (lower-cased; Wikidata writes "president of Tajikistan").
 * Current holders: P39 ("position held") statements that are not deprecated and have no
 * end time (P582), or one in the future; with the start time (P580) and the holder's
 * English and Russian labels.
 */
import type { Entity } from '../factbase/schema';

/**
 * Country items, checked 2026-12-03 against the `has_id_wikidata` field of the
 * SpocWiki/_Standards country pages (Earth/Continent/Asia/Asia~Central/*.md):
 * Kazakhstan Q232, Kyrgyzstan Q813, Tajikistan Q863, Turkmenistan Q874, Uzbekistan Q265.
 * A country entity's own `wikidata` field, when the pack has one, wins over this table.
 */
export const COUNTRY_WIKIDATA: Readonly<Record<string, string>> = {
  kazakhstan: 'Q232',
  kyrgyzstan: 'Q813',
  tajikistan: 'Q863',
  turkmenistan: 'Q874',
  uzbekistan: 'Q265',
};

/** Caps: the query stays small whatever the pack holds (a feed could list thousands of offices). */
export const MAX_OFFICES = 200;
export const MAX_TITLES_PER_OFFICE = 3;
export const MAX_TITLE_LENGTH = 120;
export const MAX_QUERY_CHARS = 40_000;
/** More rows than this is not an answer to our question (the parser refuses it too). */
export const RESULT_LIMIT = 2000;

export interface TrackedOffice {
  /** `president:kazakhstan` */
  office: string;
  /** Wikidata item of the office, from a role's `officeWikidata`. */
  item?: string;
  /** Country item, for the search by label. */
  countryItem?: string;
  /** Normalised English role titles, for the search by label. */
  titles: string[];
}

const QID = /^Q[1-9]\d{0,11}$/;
const OFFICE_KEY = /^[a-z-]+:[a-z0-9-]+$/;

/** "Chairman of the National Security Committee (KNB)" → "chairman of the national security committee". */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFC')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*acting\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The offices of these entities (pack entities only), current roles' titles first. */
export function trackedOffices(entities: Entity[]): TrackedOffice[] {
  const countryItems = new Map(entities.flatMap((e) => (e.type === 'country' && e.wikidata ? [[e.id, e.wikidata] as const] : [])));
  const byKey = new Map<string, { item?: string; current: string[]; past: string[] }>();
  for (const e of entities) {
    for (const r of e.roles) {
      if (!r.office || !OFFICE_KEY.test(r.office)) continue;
      const entry = byKey.get(r.office) ?? { current: [], past: [] };
      byKey.set(r.office, entry);
      if (r.officeWikidata && QID.test(r.officeWikidata)) entry.item ??= r.officeWikidata;
      (r.to === null ? entry.current : entry.past).push(normaliseTitle(r.title));
    }
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, MAX_OFFICES)
    .map(([office, { item, current, past }]) => {
      const country = office.slice(office.indexOf(':') + 1);
      const countryItem = countryItems.get(country) ?? COUNTRY_WIKIDATA[country];
      const titles = [...new Set([...current, ...past])].filter((t) => t.length > 0 && t.length <= MAX_TITLE_LENGTH).slice(0, MAX_TITLES_PER_OFFICE);
      return { office, ...(item ? { item } : {}), ...(countryItem ? { countryItem } : {}), titles };
    });
}

/** A SPARQL string literal (SPARQL 1.1 §19.8 ECHAR): backslash, quotes and line breaks escaped. */
export function sparqlString(text: string): string {
  return `"${text.replace(/[\\"'\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!)}"`;
}

export type BuiltQuery = { ok: true; query: string; offices: string[] } | { ok: false; error: string };

/** One query for all offices; an office with neither an item nor a country and title is left out. */
export function buildQuery(offices: TrackedOffice[]): BuiltQuery {
  const direct = offices.filter((o) => o.item && QID.test(o.item));
  const byLabel = offices.filter((o) => !o.item && o.countryItem && QID.test(o.countryItem) && o.titles.length > 0);
  if (direct.length + byLabel.length === 0) return { ok: false, error: 'the pack tracks no office Wikidata can be asked about' };
  const branches: string[] = [];
  if (direct.length) {
    const rows = direct.map((o) => `(${sparqlString(o.office)} wd:${o.item})`).join(' ');
    branches.push(`{ VALUES (?office ?position) { ${rows} } }`);
  }
  if (byLabel.length) {
    const rows = byLabel.flatMap((o) => o.titles.map((t) => `(${sparqlString(o.office)} wd:${o.countryItem} ${sparqlString(t)})`)).join(' ');
    branches.push(
      `{ VALUES (?office ?country ?title) { ${rows} } ?position wdt:P1001 ?country; rdfs:label ?positionLabel. FILTER(LANG(?positionLabel) = "en" && LCASE(STR(?positionLabel)) = ?title) }`,
    );
  }
  const query = [
    'SELECT DISTINCT ?office ?position ?holder ?holderEn ?holderRu ?start ?end WHERE {',
    `  ${branches.join(' UNION ')}`,
    '  ?holder p:P39 ?statement. ?statement ps:P39 ?position.',
    '  FILTER NOT EXISTS { ?statement wikibase:rank wikibase:DeprecatedRank }',
    '  OPTIONAL { ?statement pq:P580 ?start }',
    '  OPTIONAL { ?statement pq:P582 ?end }',
    '  FILTER(!BOUND(?end) || ?end > NOW())',
    '  OPTIONAL { ?holder rdfs:label ?holderEn FILTER(LANG(?holderEn) = "en") }',
    '  OPTIONAL { ?holder rdfs:label ?holderRu FILTER(LANG(?holderRu) = "ru") }',
    '}',
    `LIMIT ${RESULT_LIMIT}`,
  ].join('\n');
  if (query.length > MAX_QUERY_CHARS) return { ok: false, error: `the query would be ${query.length} characters, over the ${MAX_QUERY_CHARS} cap` };
  return { ok: true, query, offices: [...direct, ...byLabel].map((o) => o.office) };
}
