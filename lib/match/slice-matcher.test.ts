/**
 * The page matcher grown from slices answers exactly as the matcher of the whole
 * dictionary: same scan and resolve output for the bundled pack plus synthetic people,
 * on the quality passages and on random mixes of names, titles and national forms split
 * into random blocks; and still after it is extended with a second page's slice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack, type Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { asMatchDictionary, decodeKeys } from './dictionary';
import { buildPageIndex } from './page-index';
import { sliceFor } from './page-slice';
import { SliceMatcher } from './slice-matcher';
import { keyWordHashes, packHashes, unpackHashes } from './word-hash';
import type { Matcher, Mention, ScanOptions } from './types';
import { PASSAGES_EN } from './quality/passages-en';
import { PASSAGES_RU } from './quality/passages-ru';
import { PASSAGES_KK } from './quality/passages-kk';
import { PASSAGES_KY } from './quality/passages-ky';
import { PASSAGES_UZ } from './quality/passages-uz';
import { PASSAGES_TG } from './quality/passages-tg';
import { PASSAGES_TK } from './quality/passages-tk';
import { PASSAGES_FORMS } from './quality/passages-forms';
import type { Passage } from './quality/score';
import { rng } from '../../scripts/fixtures/seeded-random';

const NOW = () => Date.parse('2026-12-03T12:00:00Z');

const LAT = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'an', 'jan', 'sul', 'nur', 'ali', 'mir', 'gul', 'sha', 'tem', 'bai'];
const CYR = ['ка', 'рас', 'бек', 'мур', 'тал', 'дос', 'ан', 'жан', 'сул', 'нур', 'али', 'мир', 'гул', 'ша', 'тем', 'бай'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** People with shared surnames (ambiguity), Russian names (declined) and a few offices. */
function synthetic(count: number): Entity[] {
  const r = rng(11);
  const word = (syl: string[], n: number) => Array.from({ length: n }, () => syl[Math.floor(r() * syl.length)]!).join('');
  return Array.from({ length: count }, (_, i): Entity => {
    const n = 2 + Math.floor(r() * 2);
    const first = word(LAT, n), last = word(LAT, 2), firstRu = word(CYR, n), lastRu = word(CYR, 2);
    return {
      id: `synthetic-${i}`, type: 'person', gender: 'm', country: ['kazakhstan', 'uzbekistan', 'kyrgyzstan'][i % 3]!,
      names: { en: `${cap(first)} ${cap(last)}ov`, ru: `${cap(firstRu)} ${cap(lastRu)}ов`, ...(i % 4 === 0 ? { kk: `${cap(firstRu)} ${cap(lastRu)}ов` } : {}) },
      aliases: [{ text: `${cap(last)}ov`, ambiguous: i % 5 === 0 }, { text: `${cap(lastRu)}ов`, lang: 'ru' }],
      roles: i % 7 === 0 ? [{ title: `Governor of Region ${i % 3}`, office: `governor:region-${i % 3}`, from: `20${10 + (i % 15)}-01-01`, to: null, sources: ['s1'] }] : [],
      facts: [], related: [], checked: '2026-11-22',
    };
  });
}

const pack = validatePack(JSON.parse(readFileSync(new URL('../../assets/packs/central-asia.json', import.meta.url), 'utf8')));
if (!pack.ok) throw new Error('bundled pack is invalid');
const entities = [...pack.pack.entities, ...synthetic(400)];
const full = asMatchDictionary(JSON.parse(JSON.stringify(compileDictionary(entities, { version: 'r1' }))));
const reference = createMatcher(full, { now: NOW });
const index = buildPageIndex(full);

/** A page matcher that asked for these pages' words, page after page, through JSON and base64 as on the wire. */
function pageMatcher(pages: string[][]): SliceMatcher {
  const first = JSON.parse(JSON.stringify(sliceFor(index, new Uint32Array(), new Uint32Array())));
  const m = new SliceMatcher(first, { now: NOW });
  for (const blocks of pages) extend(m, blocks);
  return m;
}

function extend(m: SliceMatcher, blocks: string[]): void {
  const added = m.newWords(blocks);
  const slice = sliceFor(index, unpackHashes(packHashes(m.known)), unpackHashes(packHashes(added)));
  m.extend(JSON.parse(JSON.stringify(slice)), added);
}

/** Scan every block, resolve the page: the output as text, one line per mention. */
function run(m: Matcher, blocks: string[], opts: ScanOptions & { pageDate?: string }): string {
  const all: Mention[] = [];
  blocks.forEach((b, block) => all.push(...m.scan(b, opts.lang ? { lang: opts.lang } : {}).map((x) => ({ ...x, scope: { block, section: 0 } }))));
  const scanned = all.map((x) => JSON.stringify(x)).join('\n');
  const resolved = m.resolve(all, opts.pageDate ? { pageDate: opts.pageDate } : {}).map((x) => JSON.stringify(x)).join('\n');
  return `${scanned}\n--\n${resolved}`;
}

/** Split text into blocks at random spaces. */
function split(text: string, r: () => number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let cur: string[] = [];
  for (const w of words) {
    cur.push(w);
    if (r() < 0.15) { out.push(cur.join(' ')); cur = []; }
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

const PASSAGES: Passage[] = [...PASSAGES_EN, ...PASSAGES_RU, ...PASSAGES_KK, ...PASSAGES_KY, ...PASSAGES_UZ, ...PASSAGES_TG, ...PASSAGES_TK, ...PASSAGES_FORMS];

/** Random mixes of everyone's names, aliases and titles in several languages, with filler and patronymics. */
function mixes(count: number, seed: number): { blocks: string[]; pageDate: string; lang?: string }[] {
  const r = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(r() * list.length)]!;
  const names = entities.flatMap((e) => [...Object.values(e.names), ...e.aliases.map((a) => a.text), ...e.roles.flatMap((x) => [x.title, ...(x.titleRu ? [x.titleRu] : [])])]);
  const filler = ['the', 'president', 'of', 'said', 'Kazakh', 'leader', 'премьер-министр', 'президента', 'Узбекистана', 'в', 'встреча', 'Kemeluly', 'Гурбангулыевич', "o'g'li", 'former', 'University', 'проспект', 'и', 'ва', 'мен', 'Kazakhstan’s', 'генерал', 'вице-премьер'];
  const endings = ['', '', 'а', 'у', 'ым', 'е', 'тың', 'ға', 'дан', 'ни', 'нинг', 'га'];
  return Array.from({ length: count }, () => {
    const words: string[] = [];
    for (let i = 0; i < 40; i++) words.push(r() < 0.45 ? pick(names) + (r() < 0.2 ? pick(endings) : '') : pick(filler));
    const blocks = split(words.join(' '), r);
    return { blocks, pageDate: pick(['2019-03-21', '2022-01', '2024', '2026-12-03']), ...(r() < 0.3 ? { lang: pick(['kk', 'ky', 'uz', 'tg', 'tk']) } : {}) };
  });
}

describe('slice matcher: same answers as the full dictionary', () => {
  const r = rng(3);
  const pages = [
    ...PASSAGES.map((p) => ({ blocks: split(p.text, r), pageDate: p.date, lang: p.lang })),
    ...mixes(150, 5),
  ];

  it('gives exactly the full matcher\'s scan + resolve output on every page, from that page\'s slice alone', () => {
    let mentions = 0;
    for (const page of pages) {
      const m = pageMatcher([page.blocks]);
      const got = run(m, page.blocks, page), want = run(reference, page.blocks, page);
      mentions += want.split('\n').length - 2;
      expect(got, `a page's slice matches as the whole dictionary does (${page.blocks.join(' | ').slice(0, 120)})`).toBe(want);
    }
    expect(mentions, 'the pages are full of mentions (else the comparison proves nothing)').toBeGreaterThan(pages.length * 5);
  });

  it('still gives the same output for both pages after growing from one page to the next', () => {
    for (let i = 0; i + 1 < pages.length; i += 2) {
      const [a, b] = [pages[i]!, pages[i + 1]!];
      const m = pageMatcher([a.blocks]);
      expect(run(m, a.blocks, a), 'the first page, before growing').toBe(run(reference, a.blocks, a));
      extend(m, b.blocks);
      expect(run(m, a.blocks, a), 'the first page, after the second page\'s slice').toBe(run(reference, a.blocks, a));
      expect(run(m, b.blocks, b), 'the second page, from its added slice').toBe(run(reference, b.blocks, b));
    }
  });

  it('holds far fewer forms than the whole dictionary for one page, and nothing the page cannot use', () => {
    const page = pages[0]!;
    const m = pageMatcher([page.blocks]);
    const whole = pageMatcher([[]]);
    expect(whole.formCount, 'a page with no words receives no forms').toBe(0);
    expect(m.formCount, 'a page receives a small part of the dictionary').toBeLessThan(500);
    expect(m.formCount, 'a page that names people receives forms').toBeGreaterThan(0);
  });

  it('sends a group only the keys whose words are on the page, and the rest once their words appear', () => {
    const m = pageMatcher([['Токаев выступил.']]);
    const before = m.formCount;
    const words = pageMatcher([]).newWords(['Токаев выступил.']);
    const first = sliceFor(index, new Uint32Array(), unpackHashes(packHashes(words)));
    const keys = first.groups.flatMap(([, g]) => decodeKeys(g[0]));
    expect(keys, 'the name on the page travels').toContain('токаев');
    expect(keys.filter((k) => !keyWordHashes(k).every((h) => words.includes(h))), 'no key travels whose words are not all on the page').toEqual([]);
    expect(first.keyPositions.length, 'groups cut to their keys on the page say which positions they hold').toBeGreaterThan(0);
    extend(m, ['Встреча с Токаевым.']);
    expect(m.formCount, 'a later page\'s declension of a group already held enters the matcher').toBeGreaterThan(before);
    const page = ['Токаев выступил.', 'Встреча с Токаевым.'];
    expect(run(m, page, {}), 'both forms of the name found as by the full matcher').toBe(run(reference, page, {}));
    expect(m.scan('Встреча с Токаевым.').map((x) => x.entity), 'the declension found').toEqual(['kassym-jomart-tokayev']);
  });

  it('asks only for words it never asked about', () => {
    const m = pageMatcher([['Tokayev met Mirziyoyev']]);
    expect(m.newWords(['Tokayev met Mirziyoyev']), 'words already asked about are not asked again').toEqual([]);
    expect(m.newWords(['Tokayev met Japarov']).length, 'one new word, one new hash').toBe(1);
  });

  it('refuses a slice of another version and a first slice without fixed tables', () => {
    const m = pageMatcher([]);
    const other = { ...sliceFor(index, new Uint32Array(), new Uint32Array()), version: 'r2' };
    expect(() => m.extend(other, []), 'a slice of another fact-base revision is refused (the page starts over)').toThrow(/version/);
    const noFixed = sliceFor(index, Uint32Array.of(1), new Uint32Array());
    expect(() => new SliceMatcher(noFixed), 'a matcher cannot start without the fixed tables').toThrow(/first slice/);
  });
});
