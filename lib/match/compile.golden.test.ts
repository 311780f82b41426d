/**
 * compileDictionary and buildPageIndex are pure functions of the fact base: speed work on
 * them must not move a byte. The golden hashes below were computed from the code before
 * the compile speed-up (main at f5ba581; the page index's since the crowd rule, format /2) over the bundled pack plus synthetic entities
 * that exercise what the bundled pack holds few of: thousands of namesakes, women, Kazakh,
 * Kyrgyz, Uzbek, Tajik and Turkmen names, nicknames, contexts and ambiguous aliases.
 * If a change means to alter the output, recompute them and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { bundledEntities, syntheticEntities, syntheticName } from '../../scripts/bench-factbase';
import { compileDictionary } from './compile';
import { asMatchDictionary } from './dictionary';
import { buildPageIndex, type PageIndex } from './page-index';

const NATIONAL_LANGS = ['kk', 'ky', 'uz', 'tg', 'tk'] as const;

/** Women, national-language names and alias kinds, derived from the synthetic names (deterministic). */
function variedEntities(count: number): Entity[] {
  return Array.from({ length: count }, (_, i): Entity => {
    const n = syntheticName(i + 100_000);
    const lang = NATIONAL_LANGS[i % NATIONAL_LANGS.length]!;
    const female = i % 3 === 0;
    const ru = female ? `${n.ru}а` : n.ru;
    const en = female ? `${n.en}a` : n.en;
    return {
      id: `golden-${i}`, type: 'person', gender: female ? 'f' : 'm',
      names: { en, ru, [lang]: en },
      aliases: [
        { text: female ? `${n.ruSurname}а` : n.ruSurname, lang: 'ru', ...(i % 4 === 1 ? { ambiguous: true } : {}) },
        ...(i % 5 === 2 ? [{ text: `${n.enSurname}-aga`, kind: 'nickname' as const }] : []),
        ...(i % 7 === 3 ? [{ text: n.enSurname, context: ['minister', 'akim'] }] : []),
        ...(i % 11 === 4 ? [{ text: n.enSurname, standalone: false }] : []),
      ],
      roles: [], facts: [], related: [], checked: '2026-11-22',
    };
  });
}

export function goldenEntities(): Entity[] {
  return [...bundledEntities(), ...syntheticEntities(3000), ...variedEntities(1500)];
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Every field of the index, typed arrays by their bytes, in a fixed order. */
function hashIndex(index: PageIndex): string {
  const h = createHash('sha256');
  for (const [name, value] of Object.entries(index).sort(([a], [b]) => (a < b ? -1 : 1))) {
    h.update(name);
    if (value instanceof Uint32Array) h.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    else h.update(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v)));
  }
  return h.digest('hex');
}

const GOLDEN_DICTIONARY = '9a858ba8e3d0648fabd516f5b6f8ed7d229c87d89f712142c03fba605dd7987e';
// Page index /2 (crowd.ts: crowded groups carry their listed bearers; entities know their crowds),
// computed on the cap branch before it met the sliced build; the merged build gives the same.
const GOLDEN_PAGE_INDEX = '015eea9c1aa71c2edaebb29f051a6c8e32a509b7bd81f97685e200907852d6d5';

describe('compile output is frozen (golden hashes)', () => {
  const dict = compileDictionary(goldenEntities(), { version: 'golden' });
  const json = JSON.stringify(dict);

  it('compileDictionary gives the same JSON as before the speed work', () => {
    expect(sha(json), 'compileDictionary must stay byte-identical: the dictionary format and its content are fixed').toBe(GOLDEN_DICTIONARY);
  });

  it('buildPageIndex gives the same index as before the speed work', () => {
    const index = buildPageIndex(asMatchDictionary(JSON.parse(json) as typeof dict));
    expect(hashIndex(index), 'buildPageIndex must stay identical: pages receive the same units').toBe(GOLDEN_PAGE_INDEX);
  });
});
