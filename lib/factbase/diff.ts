/**
 * What an import or a feed update would change, entity by entity, for the preview shown
 * before anything is applied. Entities pair up by id. Roles and facts are compared with
 * their source ids replaced by the sources' content, because importers number sources
 * afresh on every run (`csv-1`, `os-…`): a renumbered source is not a change.
 */
import type { Entity, FactPack, Source } from './schema';
import { entityProblem } from './entity-check';
import { canonicalJson } from './signature';

export type EntityField = 'type' | 'names' | 'aliases' | 'gender' | 'country' | 'description' | 'roles' | 'facts' | 'related';
const DIFFED_FIELDS: readonly EntityField[] = ['type', 'names', 'aliases', 'gender', 'country', 'description', 'roles', 'facts', 'related'];

export interface EntitySummary {
  id: string;
  name: string;
  type: Entity['type'];
}

export interface EntityChange extends EntitySummary {
  fields: EntityField[];
  /** Facts (by text, date and sources) present only after / only before. */
  factsAdded: number;
  factsRemoved: number;
}

export interface PackDiff {
  added: EntitySummary[];
  changed: EntityChange[];
  removed: EntitySummary[];
  unchanged: number;
  /** Pack-level metadata that differs (version, title, …), for the preview's header line. */
  metadata: string[];
}

/** A diff for the preview: each list cut to its first entries, the counts whole (a first 200,000-entity import lists 200,000 additions). */
export interface DiffPreview extends PackDiff {
  counts: { added: number; changed: number; removed: number };
}

/** Entries per list the import preview shows; the rest are counted. */
export const PREVIEW_LIST = 50;

export function previewOf(diff: PackDiff, limit = PREVIEW_LIST): DiffPreview {
  return {
    ...diff,
    added: diff.added.slice(0, limit),
    changed: diff.changed.slice(0, limit),
    removed: diff.removed.slice(0, limit),
    counts: { added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length },
  };
}

/** `before` is null for a first import: everything is added. */
export function diffPacks(before: FactPack | null, after: FactPack): PackDiff {
  // A stored entity readers cannot use (entity-check.ts) counts as absent: the new
  // version replaces it rather than the preview failing on it.
  const oldEntities = new Map((before?.entities ?? []).filter((e) => !entityProblem(e)).map((e) => [e.id, e]));
  const oldSources = sourceKeys(before?.sources ?? []);
  const newSources = sourceKeys(after.sources);
  const diff: PackDiff = { added: [], changed: [], removed: [], unchanged: 0, metadata: before ? metadataChanges(before, after) : [] };
  const seen = new Set<string>();
  for (const entity of after.entities) {
    seen.add(entity.id);
    const old = oldEntities.get(entity.id);
    if (!old) {
      diff.added.push(summary(entity));
      continue;
    }
    const change = quickSame(old, entity, oldSources, newSources) ? undefined : diffEntity(old, entity, oldSources, newSources);
    if (change) diff.changed.push(change);
    else diff.unchanged++;
  }
  for (const entity of oldEntities.values()) if (!seen.has(entity.id)) diff.removed.push(summary(entity));
  return diff;
}

/** Entity-level diff: which fields differ, and how many facts came and went. */
function diffEntity(
  before: Entity,
  after: Entity,
  beforeSources: Map<string, string> = new Map(),
  afterSources: Map<string, string> = new Map(),
): EntityChange | undefined {
  const fields = DIFFED_FIELDS.filter((field) => comparable(before, field, beforeSources) !== comparable(after, field, afterSources));
  if (fields.length === 0) return undefined;
  const oldFacts = new Set(before.facts.map((f) => factKey(f, beforeSources)));
  const newFacts = new Set(after.facts.map((f) => factKey(f, afterSources)));
  return {
    ...summary(after),
    fields,
    factsAdded: [...newFacts].filter((k) => !oldFacts.has(k)).length,
    factsRemoved: [...oldFacts].filter((k) => !newFacts.has(k)).length,
  };
}

/**
 * Fast path for the common case, an entity the update did not touch: a structural
 * comparison plus a check of the sources it cites. On 200,000 unchanged generated CSV
 * entities (scripts/fixtures/csv-generator.ts, Node 20, same process, the shared 2-core
 * machine at load 15) comparing JSON.stringify texts took 4.0–6.1 s and walking both
 * values without building strings (sameJson) 1.5–2.1 s.
 */
function quickSame(a: Entity, b: Entity, aSources: Map<string, string>, bSources: Map<string, string>): boolean {
  if (!sameJson(a, b)) return false;
  for (const claim of [...a.roles, ...a.facts]) {
    for (const id of claim.sources) if (aSources.get(id) !== bSources.get(id)) return false;
  }
  return true;
}

/** Equal as JSON values: the same scalars, arrays in the same order, objects with the same defined keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (x[key] === undefined) continue; // JSON drops undefined: { a: undefined } equals {}
    keys++;
    if (!sameJson(x[key], y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) keys--;
  return keys === 0;
}

function comparable(entity: Entity, field: EntityField, sources: Map<string, string>): string {
  if (field === 'roles') return canonicalJson(entity.roles.map((r) => ({ ...r, sources: r.sources.map((s) => sources.get(s) ?? s) })));
  if (field === 'facts') return canonicalJson(entity.facts.map((f) => factKey(f, sources)));
  return canonicalJson(entity[field] ?? null);
}

function factKey(fact: Entity['facts'][number], sources: Map<string, string>): string {
  return canonicalJson({ ...fact, sources: fact.sources.map((s) => sources.get(s) ?? s) });
}

/** Source id → its content without the id, as a fixed-order tuple (cheaper than canonicalJson on 80k sources). */
function sourceKeys(sources: Source[]): Map<string, string> {
  return new Map(sources.map((s) => [s.id, JSON.stringify([s.title, s.publisher, s.date, s.url ?? null, s.note ?? null])]));
}

function summary(e: Entity): EntitySummary {
  return { id: e.id, name: e.names.en ?? e.id, type: e.type };
}

function metadataChanges(before: FactPack, after: FactPack): string[] {
  const keys = ['title', 'publisher', 'version', 'published', 'description', 'license'] as const;
  return keys.filter((k) => before[k] !== after[k]).map((k) => `${k}: ${before[k] ?? '—'} → ${after[k] ?? '—'}`);
}
