/**
 * The pack's current office holders against Wikidata's: which agree, which differ, and
 * which offices Wikidata had no current holder for. The user reviews each difference;
 * nothing here changes the pack (Wikidata is a second opinion, not a source of facts).
 *
 * A person matches a Wikidata item by the entity's `wikidata` id when it has one (and
 * then only by it), else by name: any of the entity's names and aliases equal, after
 * normalising, to the item's English or Russian label.
 */
import type { Entity } from '../factbase/schema';
import type { HolderRow } from './parse';

export interface WikidataDisagreement {
  office: string;
  /** The pack's current holder; absent when the pack names none for this office. */
  entityId?: string;
  packHolder?: string;
  /** The pack role's `from`. */
  packSince?: string;
  /** Wikidata's label for its holder (English, else Russian, else the item id). */
  wikidataHolder: string;
  wikidataItem: string;
  /** P580 start time of Wikidata's statement. */
  since?: string;
}

export interface ComparisonOutcome {
  /** Offices asked about. */
  offices: number;
  /** Current pack holders Wikidata also names. */
  agreements: number;
  disagreements: WikidataDisagreement[];
  /** Offices Wikidata named no current holder for (nothing to compare). */
  notFound: string[];
}

/** Case, diacritics, ё/е, hyphens and dots do not make two names different. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[-‐‑–'’ʻʼ`.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface PackHolder {
  entity: Entity;
  since?: string;
}

export function compareHolders(entities: Entity[], asked: readonly string[], rows: HolderRow[]): ComparisonOutcome {
  const packHolders = new Map<string, PackHolder[]>();
  for (const e of entities) {
    for (const r of e.roles) {
      if (!r.office || r.to !== null) continue;
      packHolders.set(r.office, [...(packHolders.get(r.office) ?? []), { entity: e, ...(r.from ? { since: r.from } : {}) }]);
    }
  }
  const outcome: ComparisonOutcome = { offices: asked.length, agreements: 0, disagreements: [], notFound: [] };
  for (const office of asked) {
    const wikidata = newestFirst(rows.filter((r) => r.office === office));
    if (wikidata.length === 0) {
      outcome.notFound.push(office);
      continue;
    }
    const pack = packHolders.get(office) ?? [];
    const claimed = new Set<string>();
    const unmatched: PackHolder[] = [];
    for (const p of pack) {
      const match = wikidata.find((w) => samePerson(p.entity, w));
      if (match) {
        claimed.add(match.holder);
        outcome.agreements += 1;
      } else unmatched.push(p);
    }
    const others = wikidata.filter((w) => !claimed.has(w.holder));
    const differs = (p: PackHolder | undefined, w: HolderRow): WikidataDisagreement => ({
      office,
      ...(p ? { entityId: p.entity.id, packHolder: p.entity.names.en ?? p.entity.id, ...(p.since ? { packSince: p.since } : {}) } : {}),
      wikidataHolder: w.holderEn ?? w.holderRu ?? w.holder,
      wikidataItem: w.holder,
      ...(w.start ? { since: w.start } : {}),
    });
    // Wikidata's newest unclaimed holder is the likeliest successor; a pack holder Wikidata
    // simply does not list (a second deputy) is no disagreement when nobody else is named.
    if (others.length === 0) continue;
    if (pack.length === 0) outcome.disagreements.push(differs(undefined, others[0]!));
    for (const p of unmatched) outcome.disagreements.push(differs(p, others[0]!));
  }
  return outcome;
}

/** One row per holder (the newest statement), newest start first; an undated statement last. */
function newestFirst(rows: HolderRow[]): HolderRow[] {
  const byHolder = new Map<string, HolderRow>();
  for (const r of rows) {
    const seen = byHolder.get(r.holder);
    if (!seen || (r.start ?? '') > (seen.start ?? '')) byHolder.set(r.holder, r);
  }
  return [...byHolder.values()].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? '') || a.holder.localeCompare(b.holder));
}

function samePerson(e: Entity, w: HolderRow): boolean {
  if (e.wikidata) return e.wikidata === w.holder;
  const labels = [w.holderEn, w.holderRu].filter((l): l is string => l !== undefined).map(normaliseName);
  if (labels.length === 0) return false;
  const names = [...Object.values(e.names), ...e.aliases.filter((a) => !a.ambiguous).map((a) => a.text)].map(normaliseName);
  return names.some((n) => n.length > 0 && labels.includes(n));
}
