/**
 * One entry point for the national-language forms of a name: which grammar file to use
 * and whether the name's last word already carries a 3rd-person possessive
 * ("Қазақстан Республикасы", "Halk Maslahaty", "Тургунбек уулу"), which changes the
 * endings. compile.ts calls this for names and aliases in kk, ky, uz, tg and tk.
 */
import type { EntityType } from '../factbase/schema';
import type { NationalLang } from './script-lang';
import { inflectKazakh, inflectKyrgyz, lastWord, type NationalForm } from './inflect-turkic';
import { inflectTajik } from './inflect-tajik';
import { inflectTurkmen } from './inflect-turkmen';
import { inflectUzbek, uzbekToCyrillic } from './inflect-uzbek';

export type { NationalForm } from './inflect-turkic';

/** A 3rd-person possessive ending on the last word, per language (after a consonant / after a vowel). */
const POSSESSIVE: Record<Exclude<NationalLang, 'tg'>, RegExp> = {
  kk: /(ы|і)$/u,
  ky: /(ы|и|у|ү)$/u,
  uz: /i$/u,
  tk: /(y|i)$/u,
};

/** Patronymic words that are themselves possessive nouns ("son of …"): uly, kyzy, uulu. */
const PATRONYMIC = /^(ұлы|улы|қызы|кызы|уулу|кызы|ogʻli|o'g'li|qizi|ogly|gyzy)$/iu;

function possessiveName(name: string, lang: Exclude<NationalLang, 'tg'>, type: EntityType): boolean {
  const [head, word] = lastWord(name.trim());
  if (!head) return false; // a one-word name ending in a vowel is not a possessive (Алматы)
  if (type === 'person') return PATRONYMIC.test(word);
  return POSSESSIVE[lang].test(word.toLowerCase());
}

/** An acronym (ҰҚК, DXX): its endings follow the letters' spoken names, so none are generated. */
function isAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export interface NationalBase {
  /** The text the forms were generated from (the card says "genitive of <base>"). */
  base: string;
  /** The base itself when it is new (the Cyrillic spelling of an Uzbek Latin name), then its forms. */
  forms: NationalForm[];
  /** True when `base` is a spelling the pack does not hold (it must be added as a form too). */
  newBase: boolean;
}

/** Inflected forms of one name in one national language; [] for acronyms. */
export function nationalForms(name: string, lang: NationalLang, type: EntityType): NationalBase[] {
  const text = name.trim().replace(/\s+/g, ' ');
  if (!text || isAcronym(text)) return [];
  switch (lang) {
    case 'kk': return [{ base: text, forms: inflectKazakh(text, { possessive: possessiveName(text, lang, type) }), newBase: false }];
    case 'ky': return [{ base: text, forms: inflectKyrgyz(text, { possessive: possessiveName(text, lang, type) }), newBase: false }];
    case 'tk': return [{ base: text, forms: inflectTurkmen(text, { possessive: possessiveName(text, lang, type) }), newBase: false }];
    case 'tg': return [{ base: text, forms: inflectTajik(text), newBase: false }];
    case 'uz': {
      const out: NationalBase[] = [{ base: text, forms: inflectUzbek(text), newBase: false }];
      if (!/[\u0400-\u04FF]/u.test(text)) {
        const cyrillic = uzbekToCyrillic(text);
        out.push({ base: cyrillic, forms: inflectUzbek(cyrillic), newBase: true });
      }
      return out;
    }
  }
}
