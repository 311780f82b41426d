/**
 * Block language detection benchmark (no assertions): `node --import tsx scripts/bench-script-lang.ts`.
 *   - blockLanguages() per MB of text, blocks of the quality suite's passages in every
 *     language (EN, RU, kk, ky, uz, tg, tk), as if every block paid it
 *   - scan time per MB of national-language text with and without a page lang
 * The scan only calls detection for a block where a language-tagged form was found in the
 * trie, so an English or Russian page mostly never pays it.
 */
import { readFileSync } from 'node:fs';
import { validatePack } from '../lib/factbase/schema';
import { compileDictionary, createMatcher } from '../lib/match/index';
import { blockLanguages } from '../lib/match/script-lang';
import { foldKey } from '../lib/match/normalize';
import { PASSAGES_EN } from '../lib/match/quality/passages-en';
import { PASSAGES_RU } from '../lib/match/quality/passages-ru';
import { PASSAGES_KK } from '../lib/match/quality/passages-kk';
import { PASSAGES_KY } from '../lib/match/quality/passages-ky';
import { PASSAGES_UZ } from '../lib/match/quality/passages-uz';
import { PASSAGES_TG } from '../lib/match/quality/passages-tg';
import { PASSAGES_TK } from '../lib/match/quality/passages-tk';

const pack = validatePack(JSON.parse(readFileSync(new URL('../assets/packs/central-asia.json', import.meta.url), 'utf8')));
if (!pack.ok) throw new Error('bundled pack invalid');
const matcher = createMatcher(compileDictionary(pack.pack.entities, { version: 'bench' }));

function blocksOf(texts: string[], bytes = 1 << 20): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) { const t = texts[i % texts.length]!; out.push(t); size += t.length; }
  return out;
}

function median(fn: () => void, runs = 7): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); fn(); samples.push(performance.now() - t0); }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const sets = { en: PASSAGES_EN, ru: PASSAGES_RU, kk: PASSAGES_KK, ky: PASSAGES_KY, uz: PASSAGES_UZ, tg: PASSAGES_TG, tk: PASSAGES_TK };
for (const [lang, passages] of Object.entries(sets)) {
  const blocks = blocksOf(passages.map((p) => p.text));
  let sink = 0;
  const detect = median(() => { for (const b of blocks) sink ^= blockLanguages(b); });
  const fold = median(() => { for (const b of blocks) sink ^= foldKey(b).key.length; });
  const scan = median(() => { for (const b of blocks) sink ^= matcher.scan(b).length; });
  const scanLang = median(() => { for (const b of blocks) sink ^= matcher.scan(b, { lang }).length; });
  console.log(`${lang}: detection ${detect.toFixed(1)} ms/MB (${blocks.length} blocks), spelling-key fold ${fold.toFixed(1)} ms/MB; scan ${scan.toFixed(1)} ms/MB, with page lang ${scanLang.toFixed(1)} ms/MB ${sink === -1 ? '' : ''}`);
}
