import { describe, expect, it } from 'vitest';
import { entityProblem } from './entity-check';

const good = {
  id: 'tokayev', type: 'person', names: { en: 'Kassym-Jomart Tokayev', ru: 'Токаев' }, aliases: [{ text: 'Tokayev', context: ['president'] }],
  roles: [{ title: 'President', to: null, sources: ['s1'] }], facts: [{ text: 'Took office.', date: '2019', sources: ['s1'], tags: ['x'] }],
  related: [{ entity: 'kazakhstan', relation: 'president of' }], checked: '2026-11-01',
};

describe('entityProblem: a stored entity readers can use, or why not', () => {
  it('accepts a well-formed entity', () => {
    expect(entityProblem(good), 'a schema-valid entity passes').toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'not an object'],
    ['an array', [], 'not an object'],
    ['no id', { ...good, id: '' }, 'no id'],
    ['an unknown type', { ...good, type: 'planet' }, 'unknown type'],
    ['names: null', { ...good, names: null }, 'names missing or not text'],
    ['no English name', { ...good, names: { ru: 'Токаев' } }, 'names missing or not text'],
    ['a name that is not text', { ...good, names: { en: 'A', ru: 5 } }, 'names missing or not text'],
    ['aliases missing', { ...good, aliases: undefined }, 'bad aliases'],
    ['an alias without text', { ...good, aliases: [{ lang: 'ru' }] }, 'bad aliases'],
    ['facts: null', { ...good, facts: null }, 'bad facts'],
    ['a fact without sources', { ...good, facts: [{ text: 'x', date: '2020' }] }, 'bad facts'],
    ['roles as an object', { ...good, roles: {} }, 'bad roles'],
    ['related with a number', { ...good, related: [{ entity: 1, relation: 'x' }] }, 'bad related'],
    ['country as a number', { ...good, country: 3 }, 'bad country'],
  ])('refuses %s', (_why, entity, problem) => {
    expect(entityProblem(entity), 'readers would throw on this: it is skipped and reported').toBe(problem);
  });
});
