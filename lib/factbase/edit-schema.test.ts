import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EditChangesSchema, UserEditSchema } from './edit-schema';
import { addEntity, addFact, addNote, editDescription, editFact, editNames, findConflicts, hideEntity, hideFact, resolveConflict, type EditChanges, type UserEdit } from './overlay';
import type { Entity } from './schema';

/** Each assignable to the other (tuples: no distribution over the union). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const source = { id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' };
const fact = { text: 'A fact', date: '2026', sources: ['s1'] };
const entity: Entity = { id: 'alpha', type: 'person', names: { en: 'Alpha' }, aliases: [], roles: [], related: [], checked: '2026-11-01', facts: [fact] };
const userFact = { text: 'Mine', date: '2026-11', sources: ['s1'], userSources: [{ title: 'My source', publisher: 'Me', date: '2026-11-01' }] };

describe('UserEditSchema', () => {
  it('infers the overlay’s types both ways (schema and types cannot drift; checked by tsc)', () => {
    const edit: Same<v.InferOutput<typeof UserEditSchema>, UserEdit> = true;
    const changes: Same<v.InferOutput<typeof EditChangesSchema>, EditChanges> = true;
    expect([edit, changes], 'tsc refuses this file when the schema and the types differ').toEqual([true, true]);
  });

  it.each<[string, UserEdit]>([
    ['editNames', editNames(entity, { en: 'Alpha B', ru: 'Альфа' })],
    ['editDescription', editDescription(entity, 'A person')],
    ['editDescription to none', editDescription(entity, null)],
    ['editFact', editFact('alpha', fact, userFact)],
    ['hideFact', hideFact('alpha', fact)],
    ['hideEntity', hideEntity('alpha')],
    ['addNote', addNote('alpha', 'private')],
    ['addNote about a fact', addNote('alpha', 'private', fact)],
    ['addFact', addFact('alpha', userFact)],
    ['addEntity', addEntity({ ...entity, id: 'mine' }, [source])],
  ])('accepts what %s makes', (_name, edit) => {
    const r = v.safeParse(UserEditSchema, edit);
    expect(r.success, `every edit the options page can make passes the background's check: ${JSON.stringify(r.issues?.[0]?.message)}`).toBe(true);
  });

  it('accepts what resolving a conflict makes', () => {
    const edits = [editFact('alpha', fact, userFact), addNote('alpha', 'keep this')];
    for (const conflict of findConflicts(entity, null, edits, [source])) {
      for (const choice of ['mine', 'theirs'] as const) {
        const r = v.safeParse(EditChangesSchema, resolveConflict(conflict, choice));
        expect(r.success, `a conflict resolved as "${choice}" passes the background's check`).toBe(true);
      }
    }
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { ...hideEntity('alpha'), kind: 'wipe' }],
    ['an extra field', { ...hideEntity('alpha'), sql: 'DROP' }],
    ['a malformed timestamp', { ...hideEntity('alpha'), created: 'now' }],
    ['a malformed fact key', { ...hideFact('alpha', fact), factKey: 'x' }],
    ['an empty note', { ...addNote('alpha', 'x'), text: '' }],
    ['a javascript: source url', { ...addFact('alpha', { ...userFact, userSources: [{ title: 't', publisher: 'p', date: '2026', url: 'javascript:alert(1)' }] }) }],
    ['an own entity under another id', { ...addEntity({ ...entity, id: 'mine' }, [source]), entityId: 'alpha' }],
  ])('refuses %s', (_why, edit) => {
    expect(v.safeParse(UserEditSchema, edit).success, 'a malformed edit never reaches the database').toBe(false);
  });
});
