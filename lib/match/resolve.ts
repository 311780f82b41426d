/**
 * Page-level resolution. A surname shared by several people (Japarov, Berdimuhamedov)
 * or an acronym shared by several countries' services (ГКНБ) is settled only by
 * evidence, and the nearest evidence decides (issue 11: one namesake in a reader
 * comment must not make every mention in the article ambiguous):
 *
 * 1. the mention itself: a country right beside it ("ГКНБ Кыргызстана"), its own context
 *    words (`preferred`), a title word right beside it ("President Japarov");
 * 2. then its paragraph, then its section (under one heading), then its region (the
 *    article, a comments section), then the page. At each level a confident
 *    mention of exactly one candidate (full name, unambiguous alias, evidence-only alias,
 *    a dated title, another mention's context pick) settles it; failing that, the
 *    countries named there (countries, cities, demonyms, and the countries of the
 *    entities named) settle it when they point at exactly one candidate. Two candidates
 *    with evidence at the same level leave it ambiguous (`entity: null` + candidates):
 *    never a confident wrong answer. A country that fits every candidate says nothing.
 *
 * A single bearer of an alias marked ambiguous (a surname common beyond the fact base)
 * is settled the same way: a bare "Nazarbayev" on a page about Kazakhstan is Nursultan.
 * A bare name the text makes a private person ("Rahmon, a taxi driver") is kept only
 * when the page names the bearer themself, and dropped otherwise.
 */
import type { Mention } from './types';
import type { MatchDictionary } from './dictionary';
import { officeChangesDuring, officeHoldersDuring } from './titles';
import { localToday } from '../dates/today';

/** The page's date as a span of days ("2023-01" is all of January); `label` is the date as the page gave it. */
export interface PageSpan {
  from: string;
  to: string;
  label: string;
}

interface Evidence {
  named: Set<string>;
  /** Countries of everything named here (a person's, a city's, the country itself). */
  countries: Set<string>;
  /** Countries named as places: the country, its cities and regions, its demonyms. */
  places: Set<string>;
}

type Entities = Map<string, { type: string; country?: string; id: string }>;

/** The crowded groups (crowd.ts) that hold an entity without listing it; absent: none. */
export type HiddenIn = (id: string) => readonly number[] | undefined;

/** Does this mention's form have this entity as a bearer, listed or not? */
const bears = (m: Mention, id: string, hiddenIn: HiddenIn): boolean =>
  m.candidates!.includes(id) || (m.namesakes !== undefined && (hiddenIn(id) ?? []).some((u) => m.namesakes!.units.includes(u)));

/** How many bearers the mention's form has in all, and how many of them are from `country`. */
const bearerCount = (m: Mention): number => m.namesakes?.count ?? m.candidates!.length;
function countryCount(m: Mention, country: string, byId: Entities): number {
  if (m.namesakes) return m.namesakes.countries.find(([c]) => c === country)?.[1] ?? 0;
  return m.candidates!.filter((c) => byId.get(c)?.country === country).length;
}

/** Generic so callers' extra fields (the block a mention came from) ride along: mentions are dropped, never reordered. */
export function resolveMentions<M extends Mention>(mentions: M[], dict: MatchDictionary, span: PageSpan, hiddenIn: HiddenIn = () => undefined): M[] {
  const byId: Entities = new Map(dict.entities.map((e) => [e.id, e]));
  const held = heldDuring(dict, span);
  const dated = mentions.map((m): M => (m.via === 'title' && m.office ? dateTitle(m, held.get(m.office), span) : { ...m }));
  const levels = gatherEvidence(dated, byId);

  const out: M[] = [];
  for (const [i, m] of dated.entries()) {
    if (m.evidenceOnly) continue;
    if (!m.candidates || m.candidates.length === 0) { out.push(m); continue; }
    const local = m.privatePerson ? null : byAdjacentCountry(m, dated[i - 1], dated[i + 1], byId);
    if (local) { out.push({ ...m, entity: local }); continue; }
    if (m.preferred && !m.privatePerson && !contested(m, m.preferred, levels, byId)) { out.push({ ...m, entity: m.preferred }); continue; }
    const titled = m.officeKind && !m.privatePerson ? byOfficeKind(m.candidates, m.officeKind, held, span) : null;
    if (titled) { out.push({ ...m, entity: titled.entity, reason: { kind: 'beside-title', office: titled.office, date: span.label } }); continue; }
    const entity = byProximity(m, levels, byId, hiddenIn);
    if (entity === null && m.privatePerson) continue; // a private namesake: not the notable bearer, not shown
    out.push({ ...m, entity });
  }
  return out.map((m) => (m.namesakes ? withNamedNamesakes(m, levels.page, hiddenIn) : m));
}

/** A crowded mention's card lists, after the bearers it can settle on, the unlisted ones the page names. */
function withNamedNamesakes<M extends Mention>(m: M, page: Evidence, hiddenIn: HiddenIn): M {
  const named = [...page.named].filter((id) => !m.candidates!.includes(id) && bears(m, id, hiddenIn));
  return named.length ? { ...m, candidates: [...m.candidates!, ...named] } : m;
}

interface Held {
  /** Everyone who held the office during the span, latest to take office first. */
  ids: string[];
  /** Those whose term began or ended inside the span: the office changed hands. */
  changed: Set<string>;
}

/** Who held each office during the span (once per resolve call, not per mention). */
function heldDuring(dict: MatchDictionary, span: PageSpan): Map<string, Held> {
  const id = (h: number) => dict.entities[h]!.id;
  return new Map(dict.offices.map(([office, holders]) => [office, {
    ids: officeHoldersDuring(holders, span.from, span.to).map(id),
    changed: new Set([...officeChangesDuring(holders, span.from, span.to)].map(id)),
  }]));
}

/**
 * A title's holder over the page's span. When the office changed hands in the span (a
 * hand-over day, or a month or year with a change), the other holders of that span ride
 * along in `also` so the card names them too.
 */
function dateTitle<M extends Mention>(m: M, held: Held | undefined, span: PageSpan): M {
  const [first, ...rest] = held?.ids ?? [];
  if (first === undefined) return { ...m, entity: null };
  const also = held!.changed.has(first) ? rest.filter((r) => held!.changed.has(r)) : [];
  return { ...m, entity: first, reason: { kind: 'title', office: m.office!, date: span.label, ...(also.length ? { also } : {}) } };
}

const scopeOf = (m: Mention) => ({ block: m.scope?.block ?? 0, section: m.scope?.section ?? 0, region: m.scope?.region ?? 0 });

interface Levels {
  blocks: Map<number, Evidence>;
  sections: Map<number, Evidence>;
  regions: Map<number, Evidence>;
  page: Evidence;
}

/** Evidence per paragraph, per section, per region and for the whole page. */
function gatherEvidence(mentions: Mention[], byId: Entities): Levels {
  const fresh = (): Evidence => ({ named: new Set(), countries: new Set(), places: new Set() });
  const blocks = new Map<number, Evidence>();
  const sections = new Map<number, Evidence>();
  const regions = new Map<number, Evidence>();
  const page = fresh();
  const levels = { blocks, sections, regions, page };
  const add = (m: Mention, id: string) => {
    const scope = m.scope;
    const e = byId.get(id);
    const country = e?.type === 'country' ? e.id : e?.country;
    const place = e?.type === 'country' || e?.type === 'region';
    put(page, id, country, place);
    const region = scope?.region ?? 0, section = scope?.section ?? 0, block = scope?.block ?? 0;
    if (wanted.regions.has(region)) put(get(regions, region, fresh), id, country, place);
    if (wanted.sections.has(section)) put(get(sections, section, fresh), id, country, place);
    if (block >= 0 && wanted.blocks.has(block)) put(get(blocks, block, fresh), id, country, place);
  };
  // Only paragraphs, sections and regions that hold an ambiguous mention are ever asked:
  // a page of 10k paragraphs does not build 10k evidence sets.
  const wanted = { blocks: new Set<number>(), sections: new Set<number>(), regions: new Set<number>() };
  for (const m of mentions) {
    if (!m.candidates?.length || m.evidenceOnly) continue;
    wanted.blocks.add(m.scope?.block ?? 0);
    wanted.sections.add(m.scope?.section ?? 0);
    wanted.regions.add(m.scope?.region ?? 0);
  }
  // Confident mentions first; then context-word picks, unless their paragraph contests them.
  for (const m of mentions) if (m.entity !== null && !m.candidates) add(m, m.entity);
  for (const m of mentions) if (m.preferred && !m.privatePerson && !contested(m, m.preferred, levels, byId)) add(m, m.preferred);
  return { blocks, sections, regions, page };
}

function put(t: Evidence, id: string, country: string | undefined, place: boolean): void {
  t.named.add(id);
  if (country) t.countries.add(country);
  if (country && place) t.places.add(country);
}

function get<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) { v = make(); map.set(key, v); }
  return v;
}

/**
 * Context words picked one candidate ("Таджикистан" near «ГКНБ»), but the paragraph also
 * names another candidate's country («на границе Киргизии и Таджикистана»): the pack's
 * context rules may simply be missing for the other one, so the pick is not trusted.
 */
function contested(m: Mention, preferred: string, levels: Levels, byId: Entities): boolean {
  const here = levels.blocks.get(scopeOf(m).block);
  if (!here) return false;
  const mine = byId.get(preferred)?.country;
  // The preferred bearer's own country is `mine`: any bearer of another named country contests.
  if (m.namesakes) return m.namesakes.countries.some(([country, n]) => n > 0 && country !== mine && here.places.has(country));
  return m.candidates!.some((c) => { const country = byId.get(c)?.country; return c !== preferred && country !== undefined && country !== mine && here.places.has(country); });
}

/** Paragraph, section, region, page: the first level with evidence decides (one candidate) or stops (several). */
function byProximity(m: Mention, levels: Levels, byId: Entities, hiddenIn: HiddenIn): string | null {
  const candidates = m.candidates!;
  const total = bearerCount(m);
  const { block, section, region } = scopeOf(m);
  for (const ev of [levels.blocks.get(block), levels.sections.get(section), levels.regions.get(region), levels.page]) {
    if (!ev) continue;
    // A crowd's unlisted bearer named here counts as a listed one would.
    const named = m.namesakes ? [...ev.named].filter((id) => bears(m, id, hiddenIn)) : candidates.filter((c) => ev.named.has(c));
    if (named.length === 1) return named[0]!;
    if (named.length > 1) return null;
    if (m.privatePerson) continue; // only the bearer named on the page makes a private-looking name theirs
    // Counted over every bearer: the only bearer of a country is always listed (crowd.ts).
    let fits = 0;
    for (const country of ev.countries) fits += countryCount(m, country, byId);
    if (fits === 1 && (total === 1 || fits < total)) return candidates.find((c) => { const country = byId.get(c)?.country; return country !== undefined && ev.countries.has(country); }) ?? null;
    if (fits > 1 && fits < total) return null;
  }
  return null;
}

/**
 * "President Japarov", «Бердымухамедов вступил в должность президента»: of the
 * candidates, the one who held an office of that kind (`president:*`) during the page's
 * span. Only a single such holder settles it.
 */
function byOfficeKind(candidates: string[], kind: string, held: Map<string, Held>, span: PageSpan): { entity: string; office: string } | null {
  const found: { entity: string; office: string }[] = [];
  for (const [office, { ids: during }] of held) {
    if (!office.startsWith(`${kind}:`)) continue;
    // On one day the newcomer holds it (as for titles: the latest to take office on a
    // hand-over day); over a month or a year, everyone who held it then is a match.
    for (const id of span.from === span.to ? during.slice(0, 1) : during) {
      if (candidates.includes(id) && !found.some((f) => f.entity === id)) found.push({ entity: id, office });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** Gap between a name and the country beside it: "ГКНБ Кыргызстана", "Tajikistan's GKNB". */
const ADJACENT_GAP = 4;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A country (or one of its cities) named right beside an ambiguous mention settles it
 * when exactly one candidate belongs to that country. Mentions come in text order per block and each
 * block restarts at offset 0, so a neighbour must also share the mention's block.
 */
function byAdjacentCountry(m: Mention, prev: Mention | undefined, next: Mention | undefined, byId: Entities): string | null {
  const same = (n: Mention | undefined) => n !== undefined && scopeOf(n).block === scopeOf(m).block;
  // Before the name, a country is attributive in English ("Tajikistan's GKNB") or as an
  // adjective ("the Tajik GKNB", «таджикский ГКНБ»), but a Russian genitive before it
  // belongs to the words before («на границе … Таджикистана ГКНБ обвинил»).
  const attributive = (n: Mention) => n.evidenceOnly === true || !CYRILLIC.test(n.text);
  const beside = [
    same(prev) && attributive(prev!) && m.start - prev!.end >= 0 && m.start - prev!.end <= ADJACENT_GAP ? prev : undefined,
    same(next) && next!.start - m.end >= 0 && next!.start - m.end <= ADJACENT_GAP ? next : undefined,
  ];
  for (const n of beside) {
    const e = n?.entity ? byId.get(n.entity) : undefined;
    const country = e?.type === 'country' ? e.id : e?.type === 'region' ? e.country : undefined; // "the GKNB in Dushanbe"
    if (!country) continue;
    // Counted over every bearer (a crowd's too); the only one of a country is always listed.
    if (countryCount(m, country, byId) === 1) return m.candidates!.find((c) => byId.get(c)?.country === country) ?? null;
  }
  return null;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T|\s)/;

/**
 * The page date as a span: "2022" → all of 2022, "2022-03" → all of March, a day or a
 * timestamp → that day. Never beyond today (a span reaching past today ends today); an
 * unreadable, impossible or future date falls back to today.
 */
export function pageSpan(date: string | undefined, today: () => string): PageSpan {
  const now = today();
  const fallback = { from: now, to: now, label: now };
  const m = date ? DATE.exec(date.trim()) : null;
  if (!m) return fallback;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  const month = mo === undefined ? 1 : Number(mo);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || (d !== undefined && (Number(d) < 1 || Number(d) > last))) return fallback;
  const from = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  if (from > now) return fallback;
  const to = d ? from : mo ? `${y}-${mo}-${String(last).padStart(2, '0')}` : `${y}-12-31`;
  return { from, to: to > now ? now : to, label: d ? from : mo ? `${y}-${mo}` : y };
}

/** Today as an ISO date on the user's calendar (not UTC's): the default page date. */
export function today(now: () => number = Date.now): string {
  return localToday(new Date(now()));
}
