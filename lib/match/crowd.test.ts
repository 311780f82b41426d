/**
 * The crowd rule (crowd.ts): a form with more than CROWD_CAP bearers lists only those a
 * page can settle on, in both matchers, and the page's matcher grown from slices still
 * answers exactly as the full matcher, on bases where surnames have far more bearers than
 * the cap, with namesakes named on the page, a bearer named only in a later slice, and
 * the cap exactly reached.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack, type Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { asMatchDictionary, FLAG, type DictFormGroup } from './dictionary';
import { buildPageIndex } from './page-index';
import { sliceFor } from './page-slice';
import { decodeRisingLists } from './slice';
import { SliceMatcher } from './slice-matcher';
import { packHashes, unpackHashes } from './word-hash';
import { CROWD_CAP, splitCrowd } from './crowd';
import type { DictEntity, Matcher, Mention } from './types';
import { rng } from '../../scripts/fixtures/seeded-random';

const NOW = () => Date.parse('2026-12-03T12:00:00Z');
const SYL = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'an', 'jan', 'sul', 'nur', 'ali', 'mir', 'gul', 'sha', 'tem', 'bai'];
const SYL_RU = ['ка', 'рас', 'бек', 'мур', 'тал', 'дос', 'ан', 'жан', 'сул', 'нур', 'али', 'мир', 'гул', 'ша', 'тем', 'бай'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Surnames and how many bearers each has: far above the cap, just above it, exactly at it. */
const SURNAMES: [en: string, ru: string, bearers: number][] = [['Dosmurov', 'Досмуров', 90], ['Saltanbaev', 'Салтанбаев', CROWD_CAP + 1], ['Gulshaev', 'Гулшаев', CROWD_CAP]];
const COUNTRIES = ['kazakhstan', 'uzbekistan'];

/**
 * Namesakes with unique given names, from two countries, plus per surname one bearer from
 * Tajikistan (the only one of that country) and one who was president of Testland.
 */
function namesakes(): Entity[] {
  const out: Entity[] = [];
  let n = 0;
  for (const [en, ru, bearers] of SURNAMES) {
    for (let i = 0; i < bearers; i++, n++) {
      const given = cap(SYL[n % 16]! + SYL[Math.floor(n / 16) % 16]!), givenRu = cap(SYL_RU[n % 16]! + SYL_RU[Math.floor(n / 16) % 16]!);
      out.push({
        id: `namesake-${n}`, type: 'person', gender: 'm', country: i === 1 ? 'tajikistan' : COUNTRIES[i % 2]!,
        names: { en: `${given} ${en}`, ru: `${givenRu} ${ru}` },
        aliases: [{ text: en }, { text: ru, lang: 'ru' }],
        roles: i === 3 ? [{ title: 'President of Testland', office: 'president:testland', from: '2015-01-01', to: null, sources: ['s1'] }]
          // An unlisted bearer an office brings to a page without the surname (a crowd arriving after its bearer).
          : n === 5 ? [{ title: 'Minister of Foreign Affairs of Kazakhstan', office: 'foreign-minister:kazakhstan', from: '1990-01-01', to: '1990-12-31', sources: ['s1'] }]
          : [],
        facts: [], related: [], checked: '2026-11-22',
      });
    }
  }
  return out;
}

const pack = validatePack(JSON.parse(readFileSync(new URL('../../assets/packs/central-asia.json', import.meta.url), 'utf8')));
if (!pack.ok) throw new Error('bundled pack is invalid');
const people = namesakes();
const full = asMatchDictionary(JSON.parse(JSON.stringify(compileDictionary([...pack.pack.entities, ...people], { version: 'r1' }))));
const reference = createMatcher(full, { now: NOW });
const index = buildPageIndex(full);

function pageMatcher(): SliceMatcher {
  return new SliceMatcher(JSON.parse(JSON.stringify(sliceFor(index, new Uint32Array(), new Uint32Array()))), { now: NOW });
}

/** Extend with a page's words as on the wire; the slice's JSON size in bytes. */
function extend(m: SliceMatcher, blocks: string[]): number {
  const added = m.newWords(blocks);
  const json = JSON.stringify(sliceFor(index, unpackHashes(packHashes(m.known)), unpackHashes(packHashes(added))));
  m.extend(JSON.parse(json), added);
  return json.length;
}

function resolved(m: Matcher, blocks: string[], pageDate = '2026-12-03'): Mention[] {
  const all = blocks.flatMap((b, block) => m.scan(b).map((x) => ({ ...x, scope: { block, section: 0 } })));
  return m.resolve(all, { pageDate });
}

const text = (m: Matcher, blocks: string[], pageDate?: string) => {
  const scanned = blocks.flatMap((b, block) => m.scan(b).map((x) => JSON.stringify({ ...x, block })));
  return `${scanned.join('\n')}\n--\n${resolved(m, blocks, pageDate).map((x) => JSON.stringify(x)).join('\n')}`;
};

const bare = (blocks: string[], surname: string) => resolved(reference, blocks).filter((x) => x.text === surname);

describe('crowd rule: what a bare surname with many bearers resolves to', () => {
  const given = (id: string) => people.find((p) => p.id === id)!.names.en;
  const bearers = (surname: string) => people.filter((p) => p.aliases[0]!.text === surname);
  const dosmurov = bearers('Dosmurov');
  const hiddenOne = dosmurov[10]!; // from Kazakhstan or Uzbekistan, no office, not first: unlisted
  const cases: { page: string[]; want: string | null; rule: string }[] = [
    { page: ['Dosmurov spoke.'], want: null, rule: 'a bare crowded surname with no evidence stays ambiguous' },
    { page: [`${given(hiddenOne.id)} arrived.`, 'Dosmurov spoke.'], want: hiddenOne.id, rule: 'an unlisted bearer named in full settles the surname' },
    { page: ['Dosmurov spoke in Tajikistan.'], want: dosmurov[1]!.id, rule: 'the only bearer from a country the paragraph names settles it' },
    { page: ['Dosmurov spoke in Kazakhstan.'], want: null, rule: 'a country many bearers are from settles nothing' },
    { page: ['Dosmurov spoke in Uzbekistan.'], want: null, rule: 'a country with one listed bearer and many unlisted ones settles nothing' },
    { page: ['President Dosmurov spoke.'], want: dosmurov[3]!.id, rule: 'a bare title settles it when one bearer held such an office' },
    { page: [`${given(dosmurov[10]!.id)} and ${given(dosmurov[12]!.id)} arrived.`, 'Dosmurov spoke.'], want: null, rule: 'two bearers named: still ambiguous' },
  ];
  for (const { page, want, rule } of cases) {
    it(rule, () => {
      const got = bare(page, 'Dosmurov');
      expect(got.length, `${rule}: the surname is found once`).toBe(1);
      expect(got[0]!.entity, rule).toBe(want);
      expect(got[0]!.namesakes?.count, `${rule}: the mention counts every bearer`).toBe(90);
      expect(got[0]!.candidates!.length, `${rule}: only the bearers the page can settle on are listed, not all 90`).toBeLessThan(10);
      const m = pageMatcher();
      extend(m, page);
      expect(text(m, page), `${rule}: the page's matcher answers as the full one`).toBe(text(reference, page));
    });
  }

  it('lists the unlisted bearers the page names after the ones it can settle on', () => {
    const page = [`${given(dosmurov[10]!.id)} and ${given(dosmurov[12]!.id)} arrived.`, 'Dosmurov spoke.'];
    const got = bare(page, 'Dosmurov')[0]!;
    expect(got.candidates, 'the card can list both namesakes the page names').toEqual(expect.arrayContaining([dosmurov[10]!.id, dosmurov[12]!.id]));
  });

  it('applies at more than CROWD_CAP bearers, not at exactly CROWD_CAP', () => {
    const at = bare(['Gulshaev spoke.'], 'Gulshaev')[0]!, over = bare(['Saltanbaev spoke.'], 'Saltanbaev')[0]!;
    expect(at.namesakes, 'a form with exactly CROWD_CAP bearers lists them all').toBeUndefined();
    expect(at.candidates!.length, 'a form with exactly CROWD_CAP bearers lists them all').toBe(CROWD_CAP);
    expect(over.namesakes?.count, 'one bearer over the cap makes a crowd').toBe(CROWD_CAP + 1);
    expect(over.candidates!.length, 'a crowd lists fewer bearers than it has').toBeLessThan(CROWD_CAP + 1);
  });

  it('settles the surname when the bearer is named only in a later slice, as the full matcher does', () => {
    const first = ['Dosmurov spoke.'], later = [`${given(hiddenOne.id)} arrived.`];
    const m = pageMatcher();
    extend(m, first);
    expect(resolved(m, first)[0]!.entity, 'before the full name arrives the surname is ambiguous').toBeNull();
    extend(m, later);
    expect(text(m, [...first, ...later]), 'after the later slice, the page answers as the full matcher').toBe(text(reference, [...first, ...later]));
    expect(resolved(m, [...first, ...later]).find((x) => x.text === 'Dosmurov')!.entity, 'the later full name settles the surname').toBe(hiddenOne.id);
  });

  it('tells a bearer held since an earlier slice about a crowd that arrives later, as the full matcher does', () => {
    const first = ['The Foreign Minister of Kazakhstan spoke.'], later = ['Dosmurov replied.'], date = '1990-06-01';
    const m = pageMatcher();
    const added = m.newWords(first);
    const slice = sliceFor(index, unpackHashes(packHashes(m.known)), unpackHashes(packHashes(added)));
    expect(slice.entities.ids.includes(dosmurov[5]!.id), 'the office brings its past holder in the first slice').toBe(true);
    expect(slice.crowds.length, 'the first slice holds no crowd').toBe(0);
    m.extend(JSON.parse(JSON.stringify(slice)), added);
    extend(m, later);
    expect(text(m, [...first, ...later], date), 'after the crowd arrives, the page answers as the full matcher').toBe(text(reference, [...first, ...later], date));
  });

  it('sends hiddenIn only for the crowds the page holds', () => {
    const m = pageMatcher();
    const added = m.newWords([`${given(hiddenOne.id)} arrived.`]);
    const slice = sliceFor(index, unpackHashes(packHashes(m.known)), unpackHashes(packHashes(added)));
    const crowds = new Set(slice.crowds.map((c) => c.unit));
    const hiddenIn = [...decodeRisingLists(slice.hiddenIn)];
    expect(hiddenIn.length, 'the named bearer learns its crowd').toBeGreaterThan(0);
    expect(hiddenIn.every(([, units]) => units.every((u) => crowds.has(u))), 'no crowd the page lacks is named').toBe(true);
  });

  it('sends a page the listed bearers and counts, not every namesake', () => {
    const m = pageMatcher();
    const bytes = extend(m, ['Dosmurov and Досмуров spoke.']);
    const ids = people.filter((p) => p.aliases[0]!.text === 'Dosmurov').map((p) => p.id);
    const sent = JSON.parse(JSON.stringify(sliceFor(index, new Uint32Array(), unpackHashes(packHashes(m.known))))) as { entities: { ids: string[] } };
    const sentIds = new Set(sent.entities.ids);
    expect(ids.filter((id) => sentIds.has(id)).length, 'a crowd sends only its listed bearers').toBeLessThan(10);
    expect(bytes, 'a page naming only a crowded surname receives a few kB').toBeLessThan(8_000);
  });
});

describe('crowd rule: same answers from slices as from the full dictionary', () => {
  it('gives the full matcher\'s scan + resolve output on random pages of namesakes, page after page', () => {
    const r = rng(23);
    const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
    const words = [...people.flatMap((p) => [p.names.en, p.names.ru!, p.aliases[0]!.text, p.aliases[1]!.text]), 'Dosmurov', 'Досмурова', 'Saltanbaev', 'Gulshaev'];
    const filler = ['President', 'президент', 'Tajikistan', 'Kazakhstan', 'Uzbekistan', 'Таджикистана', 'said', 'and', 'in', 'Tokayev', 'Mirziyoyev'];
    let checked = 0;
    for (let p = 0; p < 40; p++) {
      const m = pageMatcher();
      const pages = Array.from({ length: 2 }, () => Array.from({ length: 1 + Math.floor(r() * 4) }, () =>
        Array.from({ length: 6 }, () => (r() < 0.5 ? pick(words) : pick(filler))).join(' ')));
      extend(m, pages[0]!);
      expect(text(m, pages[0]!), `the first page (${pages[0]!.join(' | ')})`).toBe(text(reference, pages[0]!));
      extend(m, pages[1]!);
      const both = [...pages[0]!, ...pages[1]!];
      expect(text(m, both), `both pages after the second slice (${both.join(' | ')})`).toBe(text(reference, both));
      checked += resolved(reference, both).filter((x) => x.namesakes).length;
    }
    expect(checked, 'the pages hold crowded mentions (else the comparison proves nothing)').toBeGreaterThan(40);
  });
});

describe('splitCrowd', () => {
  const entity = (country?: string, type: DictEntity['type'] = 'person'): DictEntity => ({ id: 'x', type, name: 'x', ...(country ? { country } : {}) });
  const many = (n: number) => Array.from({ length: n }, (_, i) => i);
  const cases: { rule: string; group: DictFormGroup; entities: (i: number) => DictEntity; holders?: number[]; kept?: number[] | null }[] = [
    { rule: 'at most CROWD_CAP bearers: no crowd', group: ['k', many(CROWD_CAP), 1], entities: () => entity('a'), kept: null },
    { rule: 'one over the cap: the first bearer only, when all share a country', group: ['k', many(CROWD_CAP + 1), 1], entities: () => entity('a'), kept: [0] },
    { rule: 'the only bearer of a country and office holders are kept', group: ['k', many(30), 1], entities: (i) => entity(i === 7 ? 'b' : 'a'), holders: [20], kept: [0, 7, 20] },
    { rule: 'a bearer that is not a person: no crowd', group: ['k', many(30), 1], entities: (i) => entity('a', i === 3 ? 'organization' : 'person'), kept: null },
    { rule: 'a title group: no crowd', group: ['k', many(30), FLAG.title], entities: () => entity('a'), kept: null },
    { rule: 'context words: no crowd (scan weighs each bearer\'s)', group: ['k', many(30), 1, '', 0], entities: () => entity('a'), kept: null },
    { rule: 'a nickname: no crowd (place rules weigh each bearer)', group: ['k', many(30), FLAG.nickname], entities: () => entity('a'), kept: null },
  ];
  for (const { rule, group, entities, holders, kept } of cases) {
    it(rule, () => {
      const split = splitCrowd(group, 5, entities, new Set(holders ?? []));
      expect(split ? split.group[1] : null, rule).toEqual(kept);
      if (split) {
        expect(split.crowd.hidden + kept!.length, `${rule}: listed and hidden make every bearer`).toBe(group[1].length);
        expect(split.group.length, `${rule}: the other fields stay as they were`).toBe(group.length);
      }
    });
  }
});
