/**
 * Tajik forms of names, generated at compile time. Tajik has almost no case endings
 * (prepositions ба, дар, аз stand apart, so the plain name already matches); two clitics
 * attach to the word itself.
 *
 * Rules as stated in en.wikipedia.org "Tajik grammar" (Nouns; Izofa-construction),
 * restated in our own words:
 * - the definite direct object takes -ро (Душанбе → Душанберо, Раҳмон → Раҳмонро);
 * - a final ӣ is shortened to и before a suffix (Эмомалӣ → Эмомалиро; Ҷумҳурӣ → Ҷумҳурии);
 * - izofa: a head word takes the enclitic -и before its modifier (Тоҷикистони азиз).
 *   Generated for places and organisations only (a person's name is rarely the head of
 *   an izofa), and only in the simple written shape: -и added to the word.
 * Not generated (deliberately): plurals -ҳо/-он (names are not pluralised in running
 * text), the indefinite -е, possessive clitics (-ам, -аш …), izofa on persons, endings on
 * acronyms (ҲНИТ).
 */
import type { NationalForm } from './inflect-turkic';
import { lastWord } from './inflect-turkic';

export function inflectTajik(name: string, opts: { izofa: boolean }): NationalForm[] {
  const [head, word] = lastWord(name);
  const stem = word.endsWith('ӣ') ? `${word.slice(0, -1)}и` : word.endsWith('Ӣ') ? `${word.slice(0, -1)}И` : word;
  const out: NationalForm[] = [{ text: `${head}${stem}ро`, grammar: 'accusative' }];
  if (opts.izofa) out.push({ text: `${head}${stem}и`, grammar: 'inflected' });
  return out;
}
