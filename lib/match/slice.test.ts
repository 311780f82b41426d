/** The slice's compact key positions: a round trip for what page-slice writes, nothing for what it never writes. */
import { describe, expect, it } from 'vitest';
import { decodeRisingLists, decodeSliceEntities, encodeRisingLists, encodeSliceEntities, type SliceEntities } from './slice';
import type { DictEntity } from './types';

describe('rising lists on the wire (key positions, hiddenIn)', () => {
  const trips: { entries: [number, number[]][]; rule: string }[] = [
    { entries: [], rule: 'no cut groups is the empty string' },
    { entries: [[0, [0]]], rule: 'unit 0 with only its first key' },
    { entries: [[7, [3, 4, 40]], [1_048_575, [0, 35, 36, 1295]]], rule: 'several groups, positions past one base-36 digit, big units' },
    { entries: [[12, [250]]], rule: 'one position far into a big group' },
    { entries: [[900, [1]], [40, [0, 2]]], rule: 'keys in any order come back by key' },
    { entries: [[3, [70_000, 65_000]]], rule: 'a list in any order (crowd units of an entity) comes back rising' },
  ];
  for (const { entries, rule } of trips) {
    it(rule, () => {
      const text = encodeRisingLists(entries);
      expect([...decodeRisingLists(text)], `${rule}: decode gives back what encode took`).toEqual([...entries].sort(([a], [b]) => a - b).map(([k, list]) => [k, [...list].sort((a, b) => a - b)]));
      expect(text.length, `${rule}: never longer than the JSON it replaces`).toBeLessThanOrEqual(JSON.stringify(entries).length);
    });
  }

  const broken: { text: string; rule: string }[] = [
    { text: '7:3,0', rule: 'a zero step (positions must rise) is rejected' },
    { text: '7:3;0:1', rule: 'a zero unit step (units must rise) is rejected' },
    { text: '7:3;', rule: 'an empty entry is rejected' },
    { text: '7', rule: 'an entry without positions is rejected' },
    { text: '7:', rule: 'an empty position list is rejected' },
    { text: '7:3:4', rule: 'two colons are rejected' },
    { text: '7:-3', rule: 'a sign is rejected' },
    { text: '7:3,x!', rule: 'a character outside base 36 is rejected' },
    { text: 'Z:3', rule: 'upper case is not what encode writes and is rejected' },
  ];
  for (const { text, rule } of broken) {
    it(rule, () => expect(decodeRisingLists(text).size, rule).toBe(0));
  }
});

describe('entities on the wire', () => {
  const ent = (id: string, type: DictEntity['type'], country?: string): DictEntity => (country === undefined ? { id, type, name: id } : { id, type, name: id, country });
  const trips: { items: [number, DictEntity][]; rule: string }[] = [
    { items: [], rule: 'no entities' },
    { items: [[0, ent('kazakhstan', 'country')]], rule: 'index 0, no country' },
    {
      items: [[5, ent('a', 'person', 'kazakhstan')], [6, ent('b', 'organization')], [200_355, ent('c', 'event', 'uzbekistan')], [40, ent('d', 'region', 'kazakhstan')]],
      rule: 'every type, shared and missing countries, indexes out of order and far apart',
    },
  ];
  for (const { items, rule } of trips) {
    it(rule, () => {
      const wire = JSON.parse(JSON.stringify(encodeSliceEntities(items))) as SliceEntities;
      expect(decodeSliceEntities(wire), `${rule}: decode gives back id, type and country by rising index`).toEqual([...items].sort(([a], [b]) => a - b));
      expect(JSON.stringify(wire).length, `${rule}: no longer than tuples (plus the empty columns' names)`).toBeLessThanOrEqual(JSON.stringify(items.map(([g, e]) => [g, e.id, e.type, e.country])).length + 60);
    });
  }

  const good = encodeSliceEntities([[3, ent('a', 'person', 'kazakhstan')], [9, ent('b', 'country')]]);
  const broken: { wire: SliceEntities; rule: string }[] = [
    { wire: { ...good, ids: ['a'] }, rule: 'fewer ids than indexes decode to nothing' },
    { wire: { ...good, types: '0' }, rule: 'a missing type decodes to nothing' },
    { wire: { ...good, types: '09' }, rule: 'an unknown type code decodes to nothing' },
    { wire: { ...good, country: '1,2' }, rule: 'a country past the table decodes to nothing' },
    { wire: { ...good, index: '3,0' }, rule: 'an index that does not rise decodes to nothing' },
    { wire: { ...good, index: '3,-1' }, rule: 'a signed step decodes to nothing' },
    { wire: { ...good, country: '1,' }, rule: 'an empty country cell decodes to nothing' },
  ];
  for (const { wire, rule } of broken) {
    it(rule, () => expect(decodeSliceEntities(wire), rule).toEqual([]));
  }
});
