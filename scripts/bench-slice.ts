/**
 * Node micro-numbers for the page index and slices (issue 14, points 1 and 4):
 * for the bundled pack plus 0 / 10k / 50k / 200k synthetic people — compile and index
 * build time, what the persisted index weighs (string characters, typed-array bytes, a
 * structuredClone round trip as a stand-in for the IndexedDB write and read), heap; then
 * for 100 kB and 1 MB English and Russian pages — the word hashes the page sends, the
 * lookup time, the slice's JSON bytes, the page-side extend time and forms, beside the
 * whole dictionary's JSON that every page received before.
 *
 *   node --expose-gc --import tsx scripts/bench-slice.ts [sizes…]   (default: 0 10000 50000 200000)
 *
 * With `--bench`, the fact base is the one `npm run bench` imports (scripts/bench-factbase.ts:
 * surnames shared by up to hundreds of namesakes) and the pages are the bench's dense
 * pages (scripts/bench-pages.ts): one line per page with the slice's bytes per table, the
 * page matcher's forms and heap, and its mention count beside the full matcher's.
 */
import type { Entity } from '../lib/factbase/schema';
import { compileDictionary } from '../lib/match/compile';
import { asMatchDictionary } from '../lib/match/dictionary';
import { buildPageIndex, type PageIndex } from '../lib/match/page-index';
import { sliceFor } from '../lib/match/page-slice';
import { SliceMatcher } from '../lib/match/slice-matcher';
import { packHashes, unpackHashes } from '../lib/match/word-hash';
import { PASSAGES_EN } from '../lib/match/quality/passages-en';
import { PASSAGES_RU } from '../lib/match/quality/passages-ru';
import { bundledEntities, syntheticEntities } from './bench-factbase';
import { benchPage, type PageLang } from './bench-pages';
import { pageBlocks, referenceMentions } from './bench-reference';
import { createMatcher } from '../lib/match/matcher';
import { rng } from './fixtures/seeded-random';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => { gc(); return process.memoryUsage().heapUsed / 2 ** 20; };
const ms = (t0: number) => performance.now() - t0;
const median = (runs: number, fn: () => void) => {
  const samples = Array.from({ length: runs }, () => { const t0 = performance.now(); fn(); return ms(t0); }).sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)]!;
};

const LAT = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'an', 'jan', 'sul', 'ta', 'nur', 'ali', 'mir', 'zo', 'gul', 'sha', 'rus', 'tem', 'kul', 'bai'];
const CYR = ['ка', 'рас', 'бек', 'мур', 'тал', 'дос', 'ан', 'жан', 'сул', 'та', 'нур', 'али', 'мир', 'зо', 'гул', 'ша', 'рус', 'тем', 'кул', 'бай'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** People with Latin and Cyrillic names (declined at compile), surname aliases, and one office in ten (40 holders each at 200k). */
function synthetic(count: number): Entity[] {
  const r = rng(42);
  const word = (syl: string[], n: number) => Array.from({ length: n }, () => syl[Math.floor(r() * syl.length)]!).join('');
  return Array.from({ length: count }, (_, i): Entity => {
    // Surnames of 3–4 syllables (168,000 spellings): a few namesakes at 200k, as in real
    // lists; 2-syllable surnames (400 spellings) made every surname a 500-way ambiguity.
    const n = [2 + Math.floor(r() * 2), 3 + Math.floor(r() * 2)] as const;
    const first = word(LAT, n[0]), last = word(LAT, n[1]), firstRu = word(CYR, n[0]), lastRu = word(CYR, n[1]);
    return {
      id: `synthetic-${i}`, type: 'person', gender: 'm', country: ['kazakhstan', 'uzbekistan', 'kyrgyzstan', 'tajikistan', 'turkmenistan'][i % 5]!,
      names: { en: `${cap(first)} ${cap(last)}ov`, ru: `${cap(firstRu)} ${cap(lastRu)}ов` },
      aliases: [{ text: `${cap(last)}ov` }, { text: `${cap(last)}yev` }, { text: `${cap(lastRu)}ов`, lang: 'ru' }],
      roles: i % 10 === 0 ? [{ title: `Akim of District ${(i / 10) % 500}`, office: `akim:district-${(i / 10) % 500}`, from: '2020-01-01', to: null, sources: ['s1'] }] : [],
      facts: [], related: [], checked: '2026-11-22',
    };
  });
}

/** A page of `bytes` characters: quality passages (a fifth of the sentences), filler, and some synthetic people. */
function page(bytes: number, lang: 'en' | 'ru', people: Entity[], seed: number): string[] {
  const r = rng(seed);
  const passages = (lang === 'en' ? PASSAGES_EN : PASSAGES_RU).map((p) => p.text);
  const filler = lang === 'en'
    ? ['The ministry said on Tuesday that talks would continue.', 'Trade between the neighbours grew by a fifth last year, officials said.', 'Prices for bread and fuel rose again in the spring.', 'The committee will publish its report before the end of the month.']
    : ['Аналитики ожидают, что переговоры продолжатся в следующем месяце.', 'Экономика региона растёт, несмотря на внешние потрясения.', 'Цены на хлеб и топливо весной снова выросли.', 'Комиссия опубликует доклад до конца месяца.'];
  const blocks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts = Array.from({ length: 4 }, () => {
      const x = r();
      if (x < 0.2) return passages[Math.floor(r() * passages.length)]!;
      if (x < 0.25 && people.length) { const p = people[Math.floor(r() * people.length)]!; return `${lang === 'en' ? p.names.en : p.names.ru} spoke.`; }
      return filler[Math.floor(r() * filler.length)]!;
    });
    const block = parts.join(' ');
    blocks.push(block);
    size += block.length;
  }
  return blocks;
}

function indexWeight(index: PageIndex): { chars: number; typedBytes: number } {
  let chars = index.fixed.length, typedBytes = 0;
  for (const value of Object.values(index)) {
    if (value instanceof Uint32Array) typedBytes += value.byteLength;
    else if (value && typeof value === 'object' && 'text' in value) { chars += (value as { text: string }).text.length; typedBytes += (value as { offsets: Uint32Array }).offsets.byteLength; }
  }
  return { chars, typedBytes };
}

/** The bench's own base and dense pages: where the bytes of a slice go, and whether the page still finds what the full matcher finds. */
function benchBreakdown(extra: number): void {
  const entities = [...bundledEntities(), ...syntheticEntities(extra)];
  let t0 = performance.now();
  const dict = asMatchDictionary(JSON.parse(JSON.stringify(compileDictionary(entities, { version: 'r1' }))));
  const compileMs = ms(t0);
  t0 = performance.now();
  const index = buildPageIndex(dict);
  const buildMs = ms(t0);
  const reference = createMatcher(dict);
  for (const lang of ['en', 'ru'] as PageLang[]) {
    for (const bytes of [100_000, 1_000_000]) {
      const page = pageBlocks(benchPage({ bytes, lang, density: 'dense' }));
      const heap0 = heapMb();
      const matcher = new SliceMatcher(sliceFor(index, new Uint32Array(), new Uint32Array()));
      const added = matcher.newWords(page.blocks.map((b) => b.text));
      const json = JSON.stringify(sliceFor(index, new Uint32Array(), Uint32Array.from(added).sort()));
      const parsed = JSON.parse(json) as Record<string, unknown>;
      const tables = Object.fromEntries(Object.entries(parsed).filter(([k, v]) => k !== 'format' && k !== 'version' && k !== 'fixed' && v !== undefined).map(([k, v]) => [k, +(JSON.stringify(v).length / 1024).toFixed(1)]));
      t0 = performance.now();
      matcher.extend(JSON.parse(json), added);
      const extendMs = ms(t0);
      const heap = heapMb() - heap0;
      console.log(JSON.stringify({
        entities: entities.length, page: `${lang} ${bytes / 1000} kB`, 'slice kB': +(Buffer.byteLength(json) / 1024).toFixed(1), 'kB per table': tables,
        'page forms': matcher.formCount, 'extend ms': +extendMs.toFixed(1), 'page matcher heap MB': +heap.toFixed(1),
        mentions: referenceMentions(page, matcher), 'reference mentions': referenceMentions(page, reference),
        'compile ms': Math.round(compileMs), 'index build ms': Math.round(buildMs),
      }));
    }
  }
}

if (process.argv.includes('--bench')) {
  for (const n of process.argv.slice(2).filter((a) => a !== '--bench').map(Number)) benchBreakdown(n);
  process.exit(0);
}

const bundled = bundledEntities();
const sizes = process.argv.slice(2).map(Number);
const rows: Record<string, string | number>[] = [];
for (const extra of sizes.length ? sizes : [0, 10_000, 50_000, 200_000]) {
  const people = synthetic(extra);
  const entities = [...bundled, ...people];
  const heap0 = heapMb();
  let t0 = performance.now();
  const dict = asMatchDictionary(compileDictionary(entities, { version: 'r1' }));
  const compileMs = ms(t0);
  const dictJson = JSON.stringify(dict).length;
  t0 = performance.now();
  const index = buildPageIndex(dict);
  const buildMs = ms(t0);
  const weight = indexWeight(index);
  t0 = performance.now();
  const cloned = structuredClone(index);
  const cloneMs = ms(t0);
  void cloned;
  const heapIndex = heapMb() - heap0; // dict and index both alive here
  for (const lang of ['en', 'ru'] as const) {
    for (const bytes of [100_000, 1_000_000]) {
      const blocks = page(bytes, lang, people, 7 + bytes);
      const matcher = new SliceMatcher(sliceFor(index, new Uint32Array(), new Uint32Array()));
      t0 = performance.now();
      const added = matcher.newWords(blocks);
      const hashMs = ms(t0);
      const known = unpackHashes(packHashes([])), addedPacked = packHashes(added);
      const request = addedPacked.length;
      const addedArr = unpackHashes(addedPacked);
      const queryMs = median(5, () => sliceFor(index, known, addedArr));
      const slice = sliceFor(index, known, addedArr);
      const json = JSON.stringify(slice);
      t0 = performance.now();
      matcher.extend(JSON.parse(json), added);
      const extendMs = ms(t0);
      rows.push({
        entities: entities.length, page: `${lang} ${bytes / 1000} kB`, words: added.length,
        'request kB': (request / 1024).toFixed(1), 'query ms': queryMs.toFixed(1), 'slice kB': (Buffer.byteLength(json) / 1024).toFixed(1),
        'whole dict kB': (dictJson / 1024).toFixed(0), 'page forms': matcher.formCount, 'hash ms': hashMs.toFixed(1), 'extend ms': extendMs.toFixed(1),
      });
    }
  }
  console.log(JSON.stringify({
    entities: entities.length, 'compile ms': Math.round(compileMs), 'index build ms': Math.round(buildMs),
    'index string MB (chars)': (weight.chars / 2 ** 20).toFixed(1), 'index typed MB': (weight.typedBytes / 2 ** 20).toFixed(1),
    'structuredClone ms': Math.round(cloneMs), 'heap MB (dict + index)': heapIndex.toFixed(0), 'clauses': index.clauseUnit.length, units: index.units.offsets.length - 1,
  }));
}
console.table(rows);
