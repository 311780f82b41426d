/**
 * The language a block declares: its nearest `lang` attribute (crossing shadow roots to
 * their host), as a primary subtag ("kk-Cyrl-KZ" → "kk"). Government sites mark their
 * Kazakh, Kyrgyz … versions so; the matcher then lets a short block with no telling letters
 * count as that language (lib/match/script-lang.ts). Undefined when nothing says.
 */
import { blockKeyElement, type BlockKey } from './collect';

export function blockLang(key: BlockKey): string | undefined {
  const value = blockKeyElement(key).closest('[lang]')?.getAttribute('lang')?.trim().toLowerCase();
  if (!value) return undefined;
  const primary = value.split(/[-_]/)[0]!;
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
