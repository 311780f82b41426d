import { describe, expect, it } from 'vitest';
import { addEntity, addFact } from './overlay';
import { userPack } from './user-pack';
import { validatePack, type Entity } from './schema';
import { importPackJson } from './importers/pack-json';

const own: Entity = {
  id: 'local-official', type: 'person', gender: 'f', names: { en: 'Local Official' }, aliases: [], related: [], checked: '2026-11-20',
  roles: [{ title: 'Akim', from: '2024', to: null, sources: ['u1'] }],
  facts: [{ text: 'Appointed in 2024.', date: '2024', sources: ['u1'] }],
};
const src = { id: 'u1', title: 'Regional gazette', publisher: 'Gazette', date: '2024-02-01', url: 'https://example.org/g' };

describe('userPack', () => {
  it('exports the user entities with their added facts as a valid pack that imports back unchanged', () => {
    const edits = [
      addEntity(own, [src], { now: new Date('2026-11-20T00:00:00Z') }),
      addFact('local-official', { text: 'Visited Almaty.', date: '2025-03', sources: [], userSources: [{ title: 'Diary', publisher: 'Me', date: '2025-03-02' }] }, { makeId: () => 'n1' }),
    ];
    const pack = userPack(edits, '2026-11-23');
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.entities[0]!.facts.map((f) => f.text)).toEqual(['Appointed in 2024.', 'Visited Almaty.']);
    const back = importPackJson(JSON.stringify(pack));
    expect(back.ok && back.pack).toEqual(pack);
  });

  it('is empty (and still valid) when the user has no entities of their own', () => {
    const pack = userPack([], '2026-11-23');
    expect(pack.entities).toEqual([]);
    expect(validatePack(pack).ok).toBe(true);
  });
});
