/**
 * Matcher benchmark (no assertions): `npm run bench:matcher`.
 *   - compileDictionary time: bundled pack, and a synthetic dictionary of ~20k aliases
 *   - createMatcher time (trie build + title expansion, paid once per page)
 *   - scan time per MB of mixed English/Russian text, block by block as the content
 *     script calls it (dense: region news throughout; sparse: ordinary prose), then one
 *     resolve over all the dense mentions
 *   - dictionary JSON size (raw and gzip), what is sent to every page
 */
import { gzipSync } from 'node:zlib';
import type { Entity } from '../lib/factbase/schema';
import { compileDictionary, createMatcher, type CompiledDictionary } from '../lib/match/index';
import { decodeForms, type MatchDictionary } from '../lib/match/dictionary';
import { PASSAGES_EN } from '../lib/match/quality/passages-en';
import { PASSAGES_RU } from '../lib/match/quality/passages-ru';
import { bundledEntities } from './bench-factbase';
import { rng } from './fixtures/seeded-random';

const bundled = bundledEntities();

function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
  let value = fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    value = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)]!, value };
}

const LAT = ['ka', 'ras', 'bek', 'mur', 'tal', 'dos', 'an', 'jan', 'sul', 'ta', 'nur', 'ali', 'mir', 'zo', 'gul', 'sha', 'rus', 'tem', 'kul', 'bai'];
const CYR = ['ка', 'рас', 'бек', 'мур', 'тал', 'дос', 'ан', 'жан', 'сул', 'та', 'нур', 'али', 'мир', 'зо', 'гул', 'ша', 'рус', 'тем', 'кул', 'бай'];

/** ~20k aliases: 4,000 persons with Latin and Cyrillic names and surnames (declined at compile). */
function syntheticEntities(persons: number): Entity[] {
  const r = rng(42);
  const word = (syl: string[], n: number) => Array.from({ length: n }, () => syl[Math.floor(r() * syl.length)]!).join('');
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return Array.from({ length: persons }, (_, i): Entity => {
    const pick = [2 + Math.floor(r() * 2), 2 + Math.floor(r() * 2)] as const;
    const first = word(LAT, pick[0]), last = word(LAT, pick[1]);
    const firstRu = word(CYR, pick[0]), lastRu = word(CYR, pick[1]);
    return {
      id: `synthetic-${i}`, type: 'person', gender: 'm',
      names: { en: `${cap(first)} ${cap(last)}ov`, ru: `${cap(firstRu)} ${cap(lastRu)}ов` },
      aliases: [{ text: `${cap(last)}ov` }, { text: `${cap(last)}yev` }, { text: `${cap(lastRu)}ов`, lang: 'ru' }],
      roles: [], facts: [], related: [], checked: '2026-11-22',
    };
  });
}

/** ~1 MB of page-like text in blocks: quality passages (share `dense`) among filler sentences. */
function corpus(bytes: number, dense: number): string[] {
  const r = rng(7);
  const filler = ['The ministry said on Tuesday that talks would continue.', 'Аналитики ожидают, что переговоры продолжатся в следующем месяце.',
    'Trade between the neighbours grew by a fifth last year, officials said.', 'Экономика региона растёт, несмотря на внешние потрясения.'];
  const passages = [...PASSAGES_EN, ...PASSAGES_RU].map((p) => p.text);
  const blocks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts = Array.from({ length: 4 }, () => {
      const list = r() < dense ? passages : filler;
      return list[Math.floor(r() * list.length)]!;
    });
    const block = parts.join(' ');
    blocks.push(block);
    size += block.length;
  }
  return blocks;
}

function measure(label: string, entities: Entity[]) {
  const compile = time(() => compileDictionary(entities, { version: 'bench' }), 3);
  const json = JSON.stringify(compile.value);
  const dict = JSON.parse(json) as CompiledDictionary;
  const build = time(() => createMatcher(dict), 5);
  const matcher = build.value;
  const scanOf = (blocks: string[]) => {
    const chars = blocks.reduce((sum, b) => sum + b.length, 0);
    const run = time(() => blocks.flatMap((b) => matcher.scan(b)), 5);
    return { perMB: run.ms / (chars / 1e6), mentions: run.value };
  };
  const dense = scanOf(corpus(1_000_000, 0.4)); // a news site about the region, all the way down
  const sparse = scanOf(corpus(1_000_000, 0.02)); // ordinary prose with a mention now and then
  const resolve = time(() => matcher.resolve(dense.mentions, { pageDate: '2024-01-01' }), 5);
  return {
    dictionary: label,
    entities: entities.length,
    aliases: entities.reduce((s, e) => s + e.aliases.length, 0),
    forms: decodeForms((compile.value as MatchDictionary).forms).length,
    'compile ms': compile.ms.toFixed(1),
    'createMatcher ms': build.ms.toFixed(1),
    'JSON kB': (json.length / 1024).toFixed(1),
    'gzip kB': (gzipSync(json).length / 1024).toFixed(1),
    'dense scan ms/MB': dense.perMB.toFixed(1),
    'dense mentions/MB': dense.mentions.length,
    'sparse scan ms/MB': sparse.perMB.toFixed(1),
    'sparse mentions/MB': sparse.mentions.length,
    'resolve ms (dense)': resolve.ms.toFixed(1),
  };
}

const rows = [measure('bundled pack', bundled), measure('synthetic 20k aliases', syntheticEntities(6700))];
console.table(rows);
