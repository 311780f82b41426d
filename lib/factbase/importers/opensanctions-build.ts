/**
 * Turns checked FollowTheMoney records into a Silk Lens pack: entities for people and
 * organisations, dated roles from Occupancy → Position links, and one cited source per
 * OpenSanctions record, created only when a claim cites it.
 */
import type { FactPackInput, Lang } from '../schema';
import { IdAllocator, slugify } from './slug';
import { dateOnly, finishImport, type ImportResult } from './types';

type EntityInput = FactPackInput['entities'][number];
type SourceInput = FactPackInput['sources'][number];

export interface FtmRecord {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  datasets: string[];
  caption?: string;
  firstSeen?: string;
  lastSeen?: string;
}

const ORGANIZATION_SCHEMAS = new Set(['Organization', 'Company', 'PublicBody', 'LegalEntity']);
const CONSUMED_SCHEMAS = new Set(['Person', 'Position', 'Occupancy', ...ORGANIZATION_SCHEMAS]);
/** ISO 3166 codes → country entity ids of the bundled pack; other countries are left unset. */
const COUNTRY_IDS: Record<string, string> = { kz: 'kazakhstan', kg: 'kyrgyzstan', tj: 'tajikistan', tm: 'turkmenistan', uz: 'uzbekistan' };
/** Topic labels for a readable fact; unknown topics are shown as their code. */
const TOPICS: Record<string, string> = {
  'role.pep': 'politically exposed person',
  'role.rca': 'close associate or relative of a politically exposed person',
  sanction: 'sanctioned',
  'sanction.linked': 'linked to a sanctioned party',
  debarment: 'debarred',
  crime: 'linked to crime',
  'gov.soe': 'state-owned enterprise',
  wanted: 'wanted',
};
const MAX_ALIASES = 20;
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;
const CYRILLIC = /^[\p{Script=Cyrillic}\p{P}\p{Zs}]+$/u;

export function buildFtmPack(records: FtmRecord[], header: Omit<FactPackInput, 'sources' | 'entities'>, today: string): ImportResult {
  const ids = new IdAllocator();
  const sources = new Map<string, SourceInput>();
  const sourceIds = new IdAllocator();
  const byFtmId = new Map<string, EntityInput>();
  const positions = new Map<string, FtmRecord>();
  const skipped = new Map<string, number>();
  const counts = { foreignCountry: 0, badDates: 0, danglingOccupancies: 0, openEnded: 0 };

  const cite = (r: FtmRecord): string => {
    const known = sources.get(r.id);
    if (known) return known.id;
    // Source ids are at most 64 characters: a 55-character slug leaves room for a suffix.
    const source = recordSource(r, sourceIds.allocate(`os-${slugify(r.id).slice(0, 55)}`, 'os'), today);
    sources.set(r.id, source);
    return source.id;
  };
  const date = (value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const d = dateOnly(value);
    if (d === undefined) counts.badDates++;
    return d;
  };

  for (const r of records) {
    if (r.schema === 'Position') positions.set(r.id, r);
    if (!CONSUMED_SCHEMAS.has(r.schema)) skipped.set(r.schema, (skipped.get(r.schema) ?? 0) + 1);
    if (r.schema !== 'Person' && !ORGANIZATION_SCHEMAS.has(r.schema)) continue;
    const entity = recordEntity(r, ids, today, counts);
    if (!entity) continue;
    const topics = r.properties.topics ?? [];
    const seen = date(r.firstSeen);
    if (topics.length && seen) {
      const labels = topics.map((t) => TOPICS[t] ?? t).join('; ');
      entity.facts?.push({ text: `Listed by OpenSanctions as: ${labels}.`, date: seen, sources: [cite(r)], tags: topics });
    }
    const born = date(r.properties.birthDate?.[0]);
    if (born) entity.facts?.push({ text: 'Born.', date: born, sources: [cite(r)] });
    byFtmId.set(r.id, entity);
  }

  for (const r of records) {
    if (r.schema !== 'Occupancy') continue;
    const holder = byFtmId.get(r.properties.holder?.[0] ?? '');
    const post = positions.get(r.properties.post?.[0] ?? '');
    if (!holder || !post) {
      counts.danglingOccupancies++;
      continue;
    }
    const title = preferredName(post.properties.name ?? []) ?? post.caption;
    if (!title) continue;
    const from = date(r.properties.startDate?.[0]);
    const end = date(r.properties.endDate?.[0]);
    const current = r.properties.status?.[0] === 'current';
    if (end || current) {
      holder.roles?.push({ title, ...(from ? { from } : {}), to: end ?? null, sources: [cite(r)] });
      continue;
    }
    // No end date and not marked current: "still held" would be a guess, so say what is known.
    counts.openEnded++;
    const when = from ?? date(r.lastSeen);
    if (when) holder.facts?.push({ text: `Listed as holding the position "${title}"; end date and current status not given.`, date: when, sources: [cite(r)], tags: ['position'] });
  }

  return finishImport({ ...header, sources: [...sources.values()], entities: [...byFtmId.values()] }, warnings(skipped, counts));
}

function recordEntity(r: FtmRecord, ids: IdAllocator, today: string, counts: { foreignCountry: number }): EntityInput | undefined {
  const all = unique([...(r.properties.name ?? []), ...(r.caption ? [r.caption] : [])]);
  const en = preferredName(all) ?? all[0];
  if (!en) return undefined;
  const names: Partial<Record<Lang, string>> = { en };
  const ru = all.find((n) => CYRILLIC.test(n));
  if (ru) names.ru = ru;
  const aliases = unique([...all, ...(r.properties.alias ?? [])])
    .filter((a) => a !== en && a !== ru && a.trim() !== '')
    .slice(0, MAX_ALIASES)
    .map((text) => ({ text }));
  const codes = [...(r.properties.country ?? []), ...(r.properties.nationality ?? []), ...(r.properties.citizenship ?? [])];
  const country = codes.map((c) => COUNTRY_IDS[c.toLowerCase()]).find(Boolean);
  if (!country && codes.length) counts.foreignCountry++;
  const gender = r.properties.gender?.[0];
  const description = r.properties.position?.[0] ?? r.properties.description?.[0];
  return {
    id: ids.allocate(en, r.id),
    type: r.schema === 'Person' ? 'person' : 'organization',
    names,
    ...(gender === 'male' ? { gender: 'm' as const } : gender === 'female' ? { gender: 'f' as const } : {}),
    aliases,
    ...(country ? { country } : {}),
    ...(description?.trim() ? { description: description.trim() } : {}),
    roles: [],
    facts: [],
    checked: today,
  };
}

function recordSource(r: FtmRecord, id: string, today: string): SourceInput {
  const seen = [r.firstSeen && `first seen ${r.firstSeen.slice(0, 10)}`, r.lastSeen && `last seen ${r.lastSeen.slice(0, 10)}`].filter(Boolean);
  const note = [r.datasets.length ? `datasets: ${r.datasets.join(', ')}` : '', ...seen].filter(Boolean).join('; ');
  const label = r.caption ?? r.properties.name?.[0] ?? r.id;
  return {
    id,
    title: `OpenSanctions record: ${label}`,
    publisher: 'OpenSanctions',
    date: (r.lastSeen && dateOnly(r.lastSeen)) || today,
    url: `https://www.opensanctions.org/entities/${encodeURIComponent(r.id)}/`,
    ...(note ? { note } : {}),
  };
}

function preferredName(names: string[]): string | undefined {
  return names.find((n) => LATIN.test(n) && /\p{L}/u.test(n));
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function warnings(skipped: Map<string, number>, c: Record<string, number>): string[] {
  const out: string[] = [];
  if (skipped.size) out.push(`skipped records of schemas this import does not read: ${[...skipped].map(([s, n]) => `${s} (${n})`).join(', ')}`);
  if (c.foreignCountry) out.push(`${c.foreignCountry} entities belong to countries outside Central Asia; their country is left empty`);
  if (c.badDates) out.push(`${c.badDates} dates were not ISO dates and were left out`);
  if (c.danglingOccupancies) out.push(`${c.danglingOccupancies} occupancies name a holder or position not in the file; they were left out`);
  if (c.openEnded) out.push(`${c.openEnded} occupancies have neither an end date nor status "current"; they became facts, not roles`);
  return out;
}
