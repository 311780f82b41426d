import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPackJson } from './importers/pack-json';
import {
  addFact, addNote, applyOverlay, editDescription, editFact, editNames, factKey, findConflicts, hideEntity, hideFact,
  keepOwnSources, resolveConflict, userSourceId, type EditChanges, type UserEdit, type UserFact,
} from './overlay';
import type { Entity, FactPack } from './schema';

function pack(): FactPack {
  const r = importPackJson(readFileSync(new URL('./importers/fixtures/pack-valid.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.pack;
}
const tokayev = (): Entity => structuredClone(pack().entities[0]!);
const c = { now: new Date('2026-11-23T10:00:00Z'), makeId: () => 'n1' };
const mySource = { title: 'My reading notes', publisher: 'me', date: '2026-11-20' };
const myVersion: UserFact = { text: 'Became acting president when Nazarbayev resigned.', date: '2019-03-20', sources: ['wp-tokayev'], userSources: [mySource] };
const apply = (changes: EditChanges, edits: UserEdit[]) => [...edits.filter((e) => !changes.remove.includes(e.id) && !changes.put.some((p) => p.id === e.id)), ...changes.put];

describe('factKey', () => {
  it('depends on text and date only, so renumbered sources and new tags keep the key', () => {
    const fact = tokayev().facts[0]!;
    expect(factKey({ ...fact, sources: ['csv-1'], tags: ['x'] } as typeof fact)).toBe(factKey(fact));
    expect(factKey({ ...fact, text: fact.text + ' ' })).not.toBe(factKey(fact));
    expect(factKey({ ...fact, date: '2019-03' })).not.toBe(factKey(fact));
  });
});

describe('applyOverlay', () => {
  const entity = tokayev();
  const fact = entity.facts[0]!;

  it('shows the pack entity as-is without edits, and ignores edits of other entities', () => {
    const r = applyOverlay(entity, [hideEntity('kazakhstan', c)]);
    expect(r).toMatchObject({ entity, factOrigins: ['pack'], hidden: false, hiddenFacts: [], notes: [], userSources: [], stale: [] });
  });

  it.each<[string, UserEdit, (r: NonNullable<ReturnType<typeof applyOverlay>>) => void]>([
    ['a names edit replaces the names', editNames(entity, { en: 'K.-J. Tokayev' }, c), (r) => expect(r.entity.names).toEqual({ en: 'K.-J. Tokayev' })],
    ['a description edit sets it', editDescription(entity, 'Second president of Kazakhstan', c), (r) => expect(r.entity.description).toBe('Second president of Kazakhstan')],
    ['a null description removes it', editDescription({ ...entity, description: 'x' }, null, c), (r) => expect('description' in r.entity).toBe(false)],
    ['a fact edit shows the user version with their source', editFact(entity.id, fact, myVersion, c), (r) => {
      expect(r.entity.facts).toEqual([{ text: myVersion.text, date: '2019-03-20', sources: ['wp-tokayev', userSourceId(mySource)] }]);
      expect(r.factOrigins).toEqual(['edited']);
      expect(r.userSources).toEqual([{ ...mySource, id: userSourceId(mySource) }]);
    }],
    ['a hidden fact leaves the list but stays reachable', hideFact(entity.id, fact, c), (r) => expect([r.entity.facts, r.hiddenFacts]).toEqual([[], [fact]])],
    ['a hidden entity is flagged', hideEntity(entity.id, c), (r) => expect(r.hidden).toBe(true)],
    ['a note on a fact is attached to it', addNote(entity.id, 'Check the inauguration date.', fact, c), (r) => expect(r.notes).toEqual([
      { id: 'note:kassym-jomart-tokayev:n1', text: 'Check the inauguration date.', created: '2026-11-23T10:00:00.000Z', factKey: factKey(fact), factText: fact.text, orphaned: false },
    ])],
    ['an added fact comes after the pack facts', addFact(entity.id, { ...myVersion, text: 'Born in Almaty.', date: '1953-05-17' }, c), (r) => {
      expect(r.entity.facts.map((f) => f.text)).toEqual([fact.text, 'Born in Almaty.']);
      expect(r.factOrigins).toEqual(['pack', 'user']);
    }],
  ])('%s', (_name, edit, check) => {
    const r = applyOverlay(entity, [edit]);
    if (!r) throw new Error('no result');
    check(r);
  });

  it('attaches a note to a fact the user added', () => {
    const mine = { ...myVersion, text: 'Born in Almaty.', date: '1953-05-17' };
    const shown = applyOverlay(entity, [addFact(entity.id, mine, c)])!.entity.facts[1]!;
    const r = applyOverlay(entity, [addFact(entity.id, mine, c), addNote(entity.id, 'source?', shown, { ...c, makeId: () => 'n2' })]);
    expect(r?.notes[0]?.orphaned).toBe(false);
  });

  it('keeps edits JSON-serialisable (what Dexie and exports store)', () => {
    const edits = [editNames(entity, { en: 'X' }, c), editFact(entity.id, fact, myVersion, c), addNote(entity.id, 'n', fact, c), hideEntity(entity.id, c)];
    expect(JSON.parse(JSON.stringify(edits))).toEqual(edits);
  });

  it('keeps showing the user version of a fact the pack no longer has, marked stale', () => {
    const edit = editFact(entity.id, fact, myVersion, c);
    const updated = { ...entity, facts: [{ ...fact, text: 'Reworded by the pack.' }] };
    const r = applyOverlay(updated, [edit, addNote(entity.id, 'about the old one', fact, c)]);
    expect(r?.entity.facts.map((f) => f.text)).toEqual(['Reworded by the pack.', myVersion.text]);
    expect(r?.stale).toEqual([edit]);
    expect(r?.notes[0]?.orphaned).toBe(true);
  });

  it('shows an entity that exists only as the user\'s own, by id', () => {
    const removed = findConflicts(entity, null, [addNote(entity.id, 'keep me', undefined, c)], pack().sources)[0]!;
    const edits = apply(resolveConflict(removed, 'mine', c), [addNote(entity.id, 'keep me', undefined, c)]);
    const r = applyOverlay(entity.id, edits);
    expect(r?.entity.facts[0]?.sources[0]).toMatch(/^user-/);
    expect(r?.userSources.map((s) => s.title)).toEqual(['Kassym-Jomart Tokayev']);
    expect(r?.notes.map((n) => n.text)).toEqual(['keep me']);
    expect(applyOverlay('nobody', edits)).toBeNull();
  });
});

describe('keepOwnSources: re-editing the user’s version keeps the sources they typed', () => {
  const id = tokayev().id;
  const shown = applyOverlay(tokayev(), [editFact(id, tokayev().facts[0]!, myVersion, c)])!.entity.facts[0]!;
  const other = { title: 'Another note', publisher: 'me', date: '2026-11-21' };

  it.each([
    { why: 'a re-edit that only changes the text keeps the typed source', next: { text: 'Reworded.', date: shown.date, sources: shown.sources, userSources: [] }, userSources: [mySource] },
    { why: 'a re-edit that adds a source keeps both', next: { text: 'Reworded.', date: shown.date, sources: shown.sources, userSources: [other] }, userSources: [mySource, other] },
    { why: 'a source the user removed stays removed', next: { text: 'Reworded.', date: shown.date, sources: ['wp-tokayev'], userSources: [] }, userSources: [] },
    { why: 'the same typed source again is not doubled', next: { text: 'Reworded.', date: shown.date, sources: shown.sources, userSources: [mySource] }, userSources: [mySource] },
  ])('$why', ({ next, userSources }) => {
    const kept = keepOwnSources(myVersion, next);
    expect(kept.userSources, 'typed sources').toEqual(userSources);
    expect(kept.sources, 'pack source ids only; user ids move back to userSources').toEqual(['wp-tokayev']);
    const again = applyOverlay(tokayev(), [editFact(id, tokayev().facts[0]!, kept, c)])!;
    const known = new Set([...pack().sources.map((s) => s.id), ...again.userSources.map((s) => s.id)]);
    expect(again.entity.facts[0]!.sources.filter((s) => !known.has(s)), 'every cited id resolves to a source').toEqual([]);
    expect(again.entity.facts[0]!.sources, 'one pack source plus the typed ones').toHaveLength(1 + userSources.length);
  });
});

describe('findConflicts / resolveConflict: a pack update never overwrites an edit silently', () => {
  const before = tokayev();
  const fact = before.facts[0]!;
  const reworded = { ...fact, text: 'Took office as president after Nursultan Nazarbayev stepped down.' };
  const after = { ...before, facts: [reworded] };

  it('finds no conflict when the edited fact is unchanged, or when unrelated parts change', () => {
    const edits = [editFact(before.id, fact, myVersion, c)];
    expect(findConflicts(before, { ...before, aliases: [], roles: [] }, edits)).toEqual([]);
  });

  it('reports base, mine and theirs when the pack rewords an edited fact; "mine" re-bases the edit', () => {
    const edits: UserEdit[] = [editFact(before.id, fact, myVersion, c)];
    const [conflict] = findConflicts(before, after, edits);
    expect(conflict).toMatchObject({ kind: 'fact', base: fact, mine: myVersion, theirs: reworded });
    const next = apply(resolveConflict(conflict!, 'mine', c), edits);
    expect(findConflicts(before, after, next), 'resolved means no conflict next time').toEqual([]);
    expect(applyOverlay(after, next)?.entity.facts.map((f) => f.text)).toEqual([myVersion.text]);
  });

  it('"theirs" drops the edit so the pack version shows', () => {
    const edits: UserEdit[] = [editFact(before.id, fact, myVersion, c)];
    const next = apply(resolveConflict(findConflicts(before, after, edits)[0]!, 'theirs'), edits);
    expect(next).toEqual([]);
    expect(applyOverlay(after, next)?.entity.facts).toEqual([reworded]);
  });

  it('reports theirs: null when the pack removes an edited fact; "mine" keeps it as the user\'s own fact', () => {
    const edits: UserEdit[] = [editFact(before.id, fact, myVersion, c)];
    const removedFact = { ...before, facts: [] };
    const [conflict] = findConflicts(before, removedFact, edits);
    expect(conflict).toMatchObject({ kind: 'fact', theirs: null });
    const next = apply(resolveConflict(conflict!, 'mine', c), edits);
    expect(next.map((e) => e.kind)).toEqual(['add-fact']);
    expect(applyOverlay(removedFact, next)?.entity.facts.map((f) => f.text)).toEqual([myVersion.text]);
  });

  it('does not pair a removed fact with an unrelated new one', () => {
    const unrelated = { ...before, facts: [{ text: 'Signed a law on the capital.', date: '2022-09', sources: ['wp-tokayev'] }] };
    expect(findConflicts(before, unrelated, [editFact(before.id, fact, myVersion, c)])[0]).toMatchObject({ theirs: null });
  });

  it('asks again about a hidden fact that the pack reworded; "mine" hides the new version', () => {
    const edits: UserEdit[] = [hideFact(before.id, fact, c)];
    const [conflict] = findConflicts(before, after, edits);
    expect(conflict).toMatchObject({ kind: 'hidden-fact', theirs: reworded });
    const next = apply(resolveConflict(conflict!, 'mine', c), edits);
    expect(applyOverlay(after, next)?.hiddenFacts).toEqual([reworded]);
  });

  it.each<[string, Partial<Entity>, number]>([
    ['the pack changes the edited names', { names: { en: 'Kassym-Jomart Kemeluly Tokayev' } }, 1],
    ['the pack adopts the user names', { names: { en: 'K.-J. Tokayev' } }, 0],
    ['the pack leaves names alone', {}, 0],
  ])('a names edit conflicts only when %s differently (%#)', (_name, change, count) => {
    const edits = [editNames(before, { en: 'K.-J. Tokayev' }, c)];
    const conflicts = findConflicts(before, { ...before, ...change }, edits);
    expect(conflicts).toHaveLength(count);
    if (count) {
      const next = apply(resolveConflict(conflicts[0]!, 'mine'), edits);
      expect(findConflicts(before, { ...before, ...change }, next)).toEqual([]);
      expect(applyOverlay({ ...before, ...change }, next)?.entity.names).toEqual({ en: 'K.-J. Tokayev' });
    }
  });

  it('reports an entity removed by the pack when the user has edits on it, but not when it was only hidden', () => {
    expect(findConflicts(before, null, [hideEntity(before.id, c)])).toEqual([]);
    const edits = [addNote(before.id, 'n', undefined, c)];
    const [conflict] = findConflicts(before, null, edits, pack().sources);
    expect(conflict).toMatchObject({ kind: 'entity-removed', base: before, sources: [{ id: 'wp-tokayev' }] });
    expect(resolveConflict(conflict!, 'theirs')).toEqual({ put: [], remove: [edits[0]!.id] });
  });
});
