import { describe, expect, it } from 'vitest';
import { validatePack } from '../lib/factbase/schema';
import { syntheticEntities, syntheticEntity, syntheticName, syntheticPack } from './bench-factbase';

describe('synthetic fact bases', () => {
  it('each base is a prefix of the next (entity i depends on i alone)', () => {
    const big = syntheticEntities(300);
    expect(syntheticEntities(120), 'the small base is the first entities of the big one').toEqual(big.slice(0, 120));
    expect(syntheticEntity(250), 'an entity on its own equals the same one in a base').toEqual(big[250]);
  });

  it('makes a pack the importer accepts, with unique ids', () => {
    const pack = syntheticPack(500);
    const checked = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(checked.ok, `pack validates: ${checked.ok ? '' : checked.errors.slice(0, 3).join('; ')}`).toBe(true);
    expect(new Set(pack.entities.map((e) => e.id)).size, 'ids are unique').toBe(500);
  });

  it.each([0, 1, 8, 9, 19, 1234])('entity %i has English and Russian names in their scripts', (i) => {
    const n = syntheticName(i);
    expect(n.en, 'English name in Latin letters').toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
    expect(n.ru, 'Russian name in Cyrillic letters').toMatch(/^[А-ЯЁ][а-яёь]+( [А-ЯЁ][а-яёь]+)?$/);
    expect(n.type, 'every tenth entity is an organisation').toBe(i % 10 === 9 ? 'organization' : 'person');
  });
});
