/**
 * Tajik forms of names, generated at compile time. Tajik has almost no case endings
 * (prepositions ба, дар, аз stand apart, so the plain name already matches); two clitics
 * attach to the word itself.
 *
 * Rules as stated in en.wikipedia.org "Tajik grammar" (Nouns; Izofa-construction),
 * restated in our own words:
 * - the definite direct object takes -ро (Душанбе → Душанберо, Раҳмон → Раҳмонро);
 * - a final ӣ is shortened to и before a suffix (Эмомалӣ → Эмомалиро).
 * Not generated (deliberately):
 * - the izofa -и (Тоҷикистони азиз): the spelling key folds ӣ to и, so "Тоҷикистони" and
 *   the everyday adjective "тоҷикистонӣ" (Tajikistani), or "Хоруғи" and "хоруғӣ", would
 *   be one key, and every "ширкати тоҷикистонӣ" would light up as the country;
 * - plurals -ҳо/-он (names are not pluralised in running text), the indefinite -е,
 *   possessive clitics (-ам, -аш …), endings on acronyms (ҲНИТ).
 */
import type { NationalForm } from './inflect-turkic';
import { lastWord } from './inflect-turkic';

export function inflectTajik(name: string): NationalForm[] {
  const [head, word] = lastWord(name);
  const stem = word.endsWith('ӣ') ? `${word.slice(0, -1)}и` : word.endsWith('Ӣ') ? `${word.slice(0, -1)}И` : word;
  return [{ text: `${head}${stem}ро`, grammar: 'accusative' }];
}
