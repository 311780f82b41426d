import { describe, expect, it } from 'vitest';
import type { Entity, Role } from '../factbase/schema';
import { compareHolders, normaliseName } from './compare';
import type { HolderRow } from './parse';

const held = (office: string, from?: string): Role => ({ title: office, office, to: null, ...(from ? { from } : {}), sources: ['s'] });
const person = (id: string, names: Entity['names'], roles: Role[], extra: Partial<Entity> = {}): Entity => ({
  id, type: 'person', names, aliases: [], roles, facts: [], related: [], checked: '2026-11-01', ...extra,
});
const wd = (office: string, holder: string, holderEn?: string, start?: string, holderRu?: string): HolderRow => ({
  office, position: 'Q1', holder, ...(holderEn ? { holderEn } : {}), ...(holderRu ? { holderRu } : {}), ...(start ? { start } : {}),
});

describe('compareHolders', () => {
  const pack = [
    person('tokayev', { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев' }, [held('president:kazakhstan', '2019-03-20')]),
    person('bektenov', { en: 'Olzhas Bektenov' }, [held('prime-minister:kazakhstan', '2024-02-06')]),
    person('japarov', { en: 'Sadyr Japarov' }, [held('president:kyrgyzstan')], { wikidata: 'Q50' }),
    person('old-pm', { en: 'Old PM' }, [{ ...held('prime-minister:kyrgyzstan'), to: '2020' }]),
  ];
  const asked = ['president:kazakhstan', 'prime-minister:kazakhstan', 'president:kyrgyzstan', 'prime-minister:kyrgyzstan', 'president:tajikistan'];
  const rows = [
    wd('president:kazakhstan', 'Q10', 'Kassym Jomart Tokayev', '2019-03-20'), // agrees by name (hyphen aside)
    wd('prime-minister:kazakhstan', 'Q11', 'Someone Else', '2026-09-01'), // differs
    wd('prime-minister:kazakhstan', 'Q12', 'Older Stale Holder', '2010-01-01'), // a stale statement without end
    wd('president:kyrgyzstan', 'Q51', 'Sadyr Japarov', '2021-01-28'), // same name, other id: the id decides
    wd('prime-minister:kyrgyzstan', 'Q60', 'New PM', '2025-12-01'), // pack has no current holder
  ];
  const outcome = compareHolders(pack, asked, rows);

  it('counts agreements and lists each difference with both holders', () => {
    expect(outcome.offices).toBe(5);
    expect(outcome.agreements, 'Tokayev matches by normalised English label').toBe(1);
    expect(outcome.disagreements).toEqual([
      { office: 'prime-minister:kazakhstan', entityId: 'bektenov', packHolder: 'Olzhas Bektenov', packSince: '2024-02-06', wikidataHolder: 'Someone Else', wikidataItem: 'Q11', since: '2026-09-01' },
      { office: 'president:kyrgyzstan', entityId: 'japarov', packHolder: 'Sadyr Japarov', wikidataHolder: 'Sadyr Japarov', wikidataItem: 'Q51', since: '2021-01-28' },
      { office: 'prime-minister:kyrgyzstan', wikidataHolder: 'New PM', wikidataItem: 'Q60', since: '2025-12-01' },
    ]);
    expect(outcome.notFound, 'no Wikidata row: nothing to compare').toEqual(['president:tajikistan']);
  });

  it('agrees when the pack holder is among several current Wikidata holders (a missing end date elsewhere)', () => {
    const r = compareHolders(pack, ['prime-minister:kazakhstan'], [wd('prime-minister:kazakhstan', 'Q11', 'Someone Else', '2026-09-01'), wd('prime-minister:kazakhstan', 'Q13', 'Olzhas Bektenov', '2024-02-06')]);
    expect(r.agreements).toBe(1);
    expect(r.disagreements).toEqual([]);
  });

  it('matches by Russian label and by alias, never by an ambiguous alias', () => {
    const p = [person('x', { en: 'Xname' }, [held('k:a')], { aliases: [{ text: 'Икс Игрекович' }] }), person('y', { en: 'Yname' }, [held('k:b')], { aliases: [{ text: 'Shared', ambiguous: true }] })];
    const r = compareHolders(p, ['k:a', 'k:b'], [wd('k:a', 'Q1', undefined, undefined, 'Икс Игрекович'), wd('k:b', 'Q2', 'Shared')]);
    expect(r.agreements, 'the Russian label matches an alias').toBe(1);
    expect(r.disagreements.map((d) => d.office), 'an ambiguous alias is no proof of identity').toEqual(['k:b']);
  });

  it('uses the item id as the holder’s name when Wikidata has no label', () => {
    const r = compareHolders(pack, ['prime-minister:kazakhstan'], [wd('prime-minister:kazakhstan', 'Q77')]);
    expect(r.disagreements[0]!.wikidataHolder).toBe('Q77');
  });
});

describe('normaliseName', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ['Shavkat Mirziyoyev', 'shavkat mirziyoyev'],
    ['Мирзиёев', 'мирзиеев'],
    ['Oʻzbekiston', 'o zbekiston'],
    ['Émomalí  Rahmon', 'emomali rahmon'],
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});
