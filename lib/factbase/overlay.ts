/**
 * The user's edits, kept apart from packs so that no pack update ever overwrites them.
 * Each edit is a small JSON record (Dexie table keyed by `id`, indexed by `entityId`);
 * the card shows `applyOverlay(packEntity, edits)`. When an update changes a fact the user
 * edited, `findConflicts` reports base / mine / theirs and `resolveConflict` turns the
 * user's choice into records to put and ids to delete.
 *
 * Facts are addressed by `factKey`: a hash of their text and date as the pack had them.
 * Source ids are left out of the key on purpose: importers renumber sources on every run,
 * and a renumbered source must not orphan an edit.
 */
import type { Entity, Fact, IsoDate, Lang, Source } from './schema';
import { canonicalJson } from './signature';

export type FactKey = string;
/** A source the user typed in; gets a `user-…` id when shown. */
export type UserSource = Omit<Source, 'id'>;
/** A fact as the user wrote it: pack source ids it keeps, plus sources of their own. */
export interface UserFact { text: string; date: IsoDate; sources: string[]; userSources: UserSource[]; tags?: string[] }

interface EditBase { id: string; entityId: string; created: string }
export type NamesEdit = EditBase & { kind: 'names'; value: Partial<Record<Lang, string>>; original: Partial<Record<Lang, string>> };
export type DescriptionEdit = EditBase & { kind: 'description'; value: string | null; original: string | null };
export type FactEdit = EditBase & { kind: 'fact-edit'; factKey: FactKey; original: Fact; value: UserFact };
export type HideFactEdit = EditBase & { kind: 'hide-fact'; factKey: FactKey; original: Fact };
export type HideEntityEdit = EditBase & { kind: 'hide-entity' };
export type NoteEdit = EditBase & { kind: 'note'; text: string; factKey?: FactKey; factText?: string };
export type AddFactEdit = EditBase & { kind: 'add-fact'; fact: UserFact };
/** A whole entity of the user's own; `sources` are the sources its roles and facts cite. */
export type AddEntityEdit = EditBase & { kind: 'add-entity'; entity: Entity; sources: Source[] };
export type UserEdit = NamesEdit | DescriptionEdit | FactEdit | HideFactEdit | HideEntityEdit | NoteEdit | AddFactEdit | AddEntityEdit;
export type FieldEdit = NamesEdit | DescriptionEdit;

/** cyrb53: a fast 53-bit string hash; collisions only matter within one entity's facts. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function factKey(fact: { text: string; date: string }): FactKey {
  return `f${hash53(canonicalJson({ text: fact.text, date: fact.date }))}`;
}

// ── Constructors: ids are deterministic where one edit per target makes sense, so `put` replaces.
type Clock = { now?: Date };
type Unique = Clock & { makeId?: () => string };
const stamp = (c: Clock) => (c.now ?? new Date()).toISOString();
const unique = (c: Unique) => (c.makeId ?? (() => crypto.randomUUID()))();

export function editNames(entity: Entity, value: NamesEdit['value'], c: Clock = {}): NamesEdit {
  return { id: `names:${entity.id}`, entityId: entity.id, created: stamp(c), kind: 'names', value, original: entity.names };
}
export function editDescription(entity: Entity, value: string | null, c: Clock = {}): DescriptionEdit {
  return { id: `description:${entity.id}`, entityId: entity.id, created: stamp(c), kind: 'description', value, original: entity.description ?? null };
}
export function editFact(entityId: string, original: Fact, value: UserFact, c: Clock = {}): FactEdit {
  const key = factKey(original);
  return { id: `fact:${entityId}:${key}`, entityId, created: stamp(c), kind: 'fact-edit', factKey: key, original, value };
}
export function hideFact(entityId: string, original: Fact, c: Clock = {}): HideFactEdit {
  const key = factKey(original);
  return { id: `hide-fact:${entityId}:${key}`, entityId, created: stamp(c), kind: 'hide-fact', factKey: key, original };
}
export function hideEntity(entityId: string, c: Clock = {}): HideEntityEdit {
  return { id: `hide:${entityId}`, entityId, created: stamp(c), kind: 'hide-entity' };
}
export function addNote(entityId: string, text: string, fact?: Fact, c: Unique = {}): NoteEdit {
  const about = fact ? { factKey: factKey(fact), factText: fact.text } : {};
  return { id: `note:${entityId}:${unique(c)}`, entityId, created: stamp(c), kind: 'note', text, ...about };
}
export function addFact(entityId: string, fact: UserFact, c: Unique = {}): AddFactEdit {
  return { id: `add-fact:${entityId}:${unique(c)}`, entityId, created: stamp(c), kind: 'add-fact', fact };
}
/** Sources are re-keyed `user-…` so they can never clash with a later pack's source ids. */
export function addEntity(entity: Entity, sources: Source[], c: Clock = {}): AddEntityEdit {
  const rekey = new Map(sources.map((s) => [s.id, userSourceId(s)]));
  const cite = (ids: string[]) => ids.map((id) => rekey.get(id) ?? id);
  const own: Entity = {
    ...entity,
    roles: entity.roles.map((r) => ({ ...r, sources: cite(r.sources) })),
    facts: entity.facts.map((f) => ({ ...f, sources: cite(f.sources) })),
  };
  const used = new Set([...own.roles, ...own.facts].flatMap((x) => x.sources));
  const kept = sources.map((s) => ({ ...s, id: rekey.get(s.id) ?? s.id })).filter((s) => used.has(s.id));
  return { id: `entity:${entity.id}`, entityId: entity.id, created: stamp(c), kind: 'add-entity', entity: own, sources: kept };
}

/**
 * A re-edit of the user's own version starts from the shown fact, whose `sources` list the
 * `user-…` ids of sources the user typed; those ids resolve only through `userSources`.
 * Carry the typed sources over from the previous version so a re-edit never drops them.
 */
export function keepOwnSources(previous: UserFact, next: UserFact): UserFact {
  const own = new Map(previous.userSources.map((s) => [userSourceId(s), s]));
  const kept = next.sources.flatMap((id) => (own.has(id) ? [own.get(id)!] : []));
  const added = next.userSources.filter((s) => !kept.some((k) => userSourceId(k) === userSourceId(s)));
  return { ...next, sources: next.sources.filter((id) => !own.has(id)), userSources: [...kept, ...added] };
}

export function userSourceId(source: UserSource | Source): string {
  const { id: _id, ...content } = source as Source;
  return `user-${hash53(canonicalJson(content))}`;
}

// ── Applying
export type FactOrigin = 'pack' | 'edited' | 'user';
export interface OverlaidEntity {
  entity: Entity;
  /** Parallel to entity.facts: where each shown fact comes from (for an "edited by you" mark). */
  factOrigins: FactOrigin[];
  /** Parallel to entity.facts: the edit behind each fact that is not the pack's (its date; the record Revert removes); null for the pack's. */
  factEdits: (FactEdit | AddFactEdit | AddEntityEdit | null)[];
  hidden: boolean;
  hiddenFacts: Fact[];
  notes: { id: string; text: string; created: string; factKey?: FactKey; factText?: string; orphaned: boolean }[];
  /** Sources cited by the user's facts and entities, to add to the card's source list. */
  userSources: Source[];
  /** Fact edits whose pack fact is gone: shown in the user's version until resolved. */
  stale: FactEdit[];
}

/**
 * `target` is the pack's entity, or the id of an entity that exists only as the user's
 * add-entity edit; null when it is an id without such an edit. Edits of other entities
 * are ignored, so the caller may pass all edits or just this entity's.
 */
export function applyOverlay(target: Entity | string, allEdits: readonly UserEdit[]): OverlaidEntity | null {
  const entityId = typeof target === 'string' ? target : target.id;
  const edits = allEdits.filter((e) => e.entityId === entityId);
  const entity = typeof target === 'string' ? null : target;
  const own = edits.find((e): e is AddEntityEdit => e.kind === 'add-entity');
  const base = entity ?? own?.entity;
  if (!base) return null;
  const userSources = new Map((entity ? [] : own?.sources ?? []).map((s) => [s.id, s]));
  const toFact = (f: UserFact): Fact => {
    const mine = f.userSources.map((s) => ({ ...s, id: userSourceId(s) }));
    for (const s of mine) userSources.set(s.id, s);
    return { text: f.text, date: f.date, sources: [...f.sources, ...mine.map((s) => s.id)], ...(f.tags ? { tags: f.tags } : {}) };
  };
  const factEdits = new Map(edits.filter((e): e is FactEdit => e.kind === 'fact-edit').map((e) => [e.factKey, e]));
  const hiddenKeys = new Set(edits.filter((e): e is HideFactEdit => e.kind === 'hide-fact').map((e) => e.factKey));
  const facts: Fact[] = [];
  const factOrigins: FactOrigin[] = [];
  const factEditOf: (FactEdit | AddFactEdit | AddEntityEdit | null)[] = [];
  const hiddenFacts: Fact[] = [];
  const present = new Set<FactKey>();
  for (const fact of base.facts) {
    const key = factKey(fact);
    present.add(key);
    if (hiddenKeys.has(key)) hiddenFacts.push(fact);
    else if (factEdits.has(key)) (facts.push(toFact(factEdits.get(key)!.value)), factOrigins.push('edited'), factEditOf.push(factEdits.get(key)!));
    else (facts.push(fact), factOrigins.push(entity ? 'pack' : 'user'), factEditOf.push(entity ? null : (own ?? null)));
  }
  const stale = [...factEdits.values()].filter((e) => !present.has(e.factKey));
  for (const e of stale) (facts.push(toFact(e.value)), factOrigins.push('edited'), factEditOf.push(e));
  for (const e of edits) if (e.kind === 'add-fact') (facts.push(toFact(e.fact)), factOrigins.push('user'), factEditOf.push(e));

  let shown: Entity = { ...base, facts };
  for (const e of edits) {
    if (e.kind === 'names' && e.value.en) shown = { ...shown, names: e.value };
    if (e.kind === 'description') {
      const { description: _d, ...rest } = shown;
      shown = e.value === null ? rest : { ...shown, description: e.value };
    }
  }
  // A note may be about a pack fact (even one the user then edited) or about a fact they added.
  const noteTargets = new Set([...present, ...facts.map(factKey)]);
  const notes = edits
    .filter((e): e is NoteEdit => e.kind === 'note')
    .map(({ id, text, created, factKey: k, factText }) => ({ id, text, created, ...(k ? { factKey: k, factText } : {}), orphaned: Boolean(k && !noteTargets.has(k)) }));
  return {
    entity: shown,
    factOrigins,
    factEdits: factEditOf,
    hidden: edits.some((e) => e.kind === 'hide-entity'),
    hiddenFacts,
    notes,
    userSources: [...userSources.values()],
    stale,
  };
}

/** Edits by entity id, each list in stored order: group once, then look up per entity. */
export function editsByEntity(edits: readonly UserEdit[]): Map<string, UserEdit[]> {
  const out = new Map<string, UserEdit[]>();
  for (const e of edits) {
    const list = out.get(e.entityId);
    if (list) list.push(e);
    else out.set(e.entityId, [e]);
  }
  return out;
}

/**
 * The pack entity as shown, hidden or not: applyOverlay where the user edited it. An
 * entity without edits is shown as its pack has it, so it costs nothing: no copy and no
 * fact hashing (which took 400–470 ms a wake at 50,000 entities, all for no edits).
 */
export function shownEntity(entity: Entity, edits: readonly UserEdit[] | undefined): { entity: Entity; hidden: boolean } | null {
  if (!edits || edits.length === 0) return { entity, hidden: false };
  const view = applyOverlay(entity, edits);
  return view && { entity: view.entity, hidden: view.hidden };
}

/** Entities the user created; show them alongside the packs' entities. */
export function userEntities(edits: UserEdit[]): Entity[] {
  return edits.filter((e): e is AddEntityEdit => e.kind === 'add-entity').map((e) => e.entity);
}

// ── Conflicts: a pack update changed something the user edited
export type Conflict =
  | { kind: 'fact'; entityId: string; edit: FactEdit; base: Fact; mine: UserFact; theirs: Fact | null }
  | { kind: 'hidden-fact'; entityId: string; edit: HideFactEdit; base: Fact; theirs: Fact }
  | { kind: 'field'; entityId: string; edit: FieldEdit; base: unknown; mine: unknown; theirs: unknown }
  | { kind: 'entity-removed'; entityId: string; edits: UserEdit[]; base: Entity; sources: Source[] };

/**
 * Compare the pack entity before and after an update against the user's edits of it.
 * `theirs: null` on a fact conflict means the update removed the fact. `oldSources` are
 * the old pack's sources, kept with an entity the user chooses to keep after removal.
 */
export function findConflicts(before: Entity | null, after: Entity | null, allEdits: UserEdit[], oldSources: Source[] = []): Conflict[] {
  const entityId = after?.id ?? before?.id;
  const edits = allEdits.filter((e) => e.entityId === entityId && e.kind !== 'add-entity');
  if (!entityId || edits.length === 0) return [];
  if (!after) {
    if (!before || edits.every((e) => e.kind === 'hide-entity')) return [];
    const cited = new Set([...before.roles, ...before.facts].flatMap((x) => x.sources));
    return [{ kind: 'entity-removed', entityId, edits, base: before, sources: oldSources.filter((s) => cited.has(s.id)) }];
  }
  const newKeys = new Set(after.facts.map(factKey));
  const oldKeys = new Set((before?.facts ?? []).map(factKey));
  const candidates = after.facts.filter((f) => !oldKeys.has(factKey(f)));
  const conflicts: Conflict[] = [];
  for (const edit of edits) {
    if (edit.kind === 'fact-edit' && !newKeys.has(edit.factKey)) {
      conflicts.push({ kind: 'fact', entityId, edit, base: edit.original, mine: edit.value, theirs: counterpart(edit.original, candidates) });
    } else if (edit.kind === 'hide-fact' && !newKeys.has(edit.factKey)) {
      const theirs = counterpart(edit.original, candidates);
      if (theirs) conflicts.push({ kind: 'hidden-fact', entityId, edit, base: edit.original, theirs });
    } else if (edit.kind === 'names' || edit.kind === 'description') {
      const theirs = edit.kind === 'names' ? after.names : (after.description ?? null);
      const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
      if (!same(theirs, edit.original) && !same(theirs, edit.value)) {
        conflicts.push({ kind: 'field', entityId, edit, base: edit.original, mine: edit.value, theirs });
      }
    }
  }
  return conflicts;
}

/** The new fact most like the old one: same date counts for half, shared words for the rest. */
function counterpart(old: Fact, candidates: Fact[]): Fact | null {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const a = words(old.text);
  let best: Fact | null = null;
  let bestScore = 0.3;
  for (const f of candidates) {
    const b = words(f.text);
    const shared = [...a].filter((w) => b.has(w)).length;
    const score = shared / Math.max(1, new Set([...a, ...b]).size) + (f.date === old.date ? 0.5 : 0);
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

export interface EditChanges { put: UserEdit[]; remove: string[] }

/** 'mine' keeps the user's version (re-based on the new pack); 'theirs' takes the pack's and drops the edit. */
export function resolveConflict(conflict: Conflict, choice: 'mine' | 'theirs', c: Unique = {}): EditChanges {
  if (conflict.kind === 'entity-removed') {
    if (choice === 'theirs') return { put: [], remove: conflict.edits.map((e) => e.id) };
    return { put: [addEntity(conflict.base, conflict.sources, c)], remove: [] };
  }
  const { edit } = conflict;
  if (choice === 'theirs') return { put: [], remove: [edit.id] };
  const replace = (next: UserEdit): EditChanges => ({ put: [next], remove: next.id === edit.id ? [] : [edit.id] });
  switch (conflict.kind) {
    case 'fact':
      // The pack dropped the fact: the user's version lives on as a fact of their own.
      if (!conflict.theirs) return replace(addFact(conflict.entityId, conflict.mine, c));
      return replace({ ...editFact(conflict.entityId, conflict.theirs, conflict.mine, c), created: conflict.edit.created });
    case 'hidden-fact':
      return replace({ ...hideFact(conflict.entityId, conflict.theirs, c), created: conflict.edit.created });
    case 'field':
      return replace({ ...conflict.edit, original: conflict.theirs } as FieldEdit);
  }
}
