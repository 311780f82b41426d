import { describe, expect, it } from 'vitest';
import { EntitySearch } from './entity-search';
import { searchKey } from './translit';
import type { Entity } from '../factbase/schema';

const entity = (id: string, names: Entity['names'], aliases: string[] = [], type: Entity['type'] = 'person'): Entity => ({
  id, type, names, aliases: aliases.map((text) => ({ text })), roles: [], facts: [], related: [], checked: '2026-11-01',
});

const search = new EntitySearch([
  entity('kassym-jomart-tokayev', { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' }, ['Tokayev', 'Toqaev']),
  entity('sadyr-japarov', { en: 'Sadyr Japarov', ru: 'Садыр Жапаров' }, ['Zhaparov']),
  entity('shavkat-mirziyoyev', { en: 'Shavkat Mirziyoyev', ru: 'Шавкат Мирзиёев' }),
  entity('kazakhstan', { en: 'Kazakhstan', ru: 'Казахстан' }, [], 'country'),
  entity('gurbanguly-berdimuhamedov', { en: 'Gurbanguly Berdimuhamedov', ru: 'Гурбангулы Бердымухамедов' }),
]);

describe('EntitySearch', () => {
  it.each([
    ['tokaev', 'kassym-jomart-tokayev'],
    ['Токаев', 'kassym-jomart-tokayev'],
    ['tokayev', 'kassym-jomart-tokayev'],
    ['Тоқаев', 'kassym-jomart-tokayev'],
    ['zhaparov', 'sadyr-japarov'],
    ['Жапаров', 'sadyr-japarov'],
    ['mirziyoev', 'shavkat-mirziyoyev'],
    ['Мирзиёев', 'shavkat-mirziyoyev'],
    ['berdymukhamedov', 'gurbanguly-berdimuhamedov'],
    ['казахстан', 'kazakhstan'],
  ])('"%s" finds %s first, whatever the script or spelling', (query, id) => {
    expect(search.search(query)[0]?.entity.id).toBe(id);
  });

  it('returns nothing for an empty query or an unrelated word', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('Lisbon')).toEqual([]);
  });
});

describe('searchKey', () => {
  it.each([
    ['Токаев', 'tokaev'],
    ['Tokayev', 'tokaev'],
    ['Toqaev', 'tokaev'],
    ['Бердымухамедов', 'berdimuhamedov'],
    ['Berdymukhammedov', 'berdimuhamedov'],
  ])('%s → %s', (input, key) => expect(searchKey(input)).toBe(key));
});
