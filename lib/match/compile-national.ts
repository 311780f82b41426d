/**
 * Compile-time national-language forms: for each name in kk, ky, uz, tg or tk, each alias
 * tagged with one of those languages, and (for persons the pack already matches by surname
 * alone) the surname of each national name, add the generated case forms, gated to their
 * language (they fire only in a block written in it) and pointing at a reason
 * ("Тоқаевтың": Kazakh genitive of Тоқаев).
 */
import type { Alias, Entity } from '../factbase/schema';
import { FLAG, GATE_SHIFT } from './dictionary';
import { nationalForms } from './inflect-national';
import { lastWord } from './inflect-turkic';
import { keyOf } from './normalize';
import { isNationalLang, LANG_BIT, type NationalLang } from './script-lang';
import { GRAMMAR_TERMS } from './types';
import type { FormTable } from './compile';

const SHORT_ALIAS_LETTERS = 3;

interface Base {
  text: string;
  lang: NationalLang;
  flags: number;
  context: number;
  kind?: Alias['kind'];
  /** The base is not itself in the pack's forms (a surname cut from a national full name). */
  addBase?: boolean;
}

export function addNationalForms(forms: FormTable, entity: Entity, idx: number): void {
  for (const base of nationalBases(forms, entity)) {
    const gate = LANG_BIT[base.lang] << GATE_SHIFT;
    for (const { base: text, forms: generated, newBase } of nationalForms(base.text, base.lang, entity.type)) {
      // A nickname keeps its alias reason in every case ("Arkadagyň" is still "nickname").
      const reason = forms.reason(base.kind ? [1, base.kind, base.text] : [0, base.lang, text]);
      if (newBase || base.addBase) forms.add(text, [idx], base.flags | gate, undefined, base.context, base.kind ? reason : -1);
      const baseKey = keyOf(text);
      for (const form of generated) {
        if (keyOf(form.text) === baseKey) continue; // the bare name already matches
        forms.add(form.text, [idx], base.flags | gate, undefined, base.context, reason, GRAMMAR_TERMS.indexOf(form.grammar));
      }
    }
  }
}

function nationalBases(forms: FormTable, entity: Entity): Base[] {
  const out: Base[] = [];
  for (const [lang, name] of Object.entries(entity.names)) {
    if (isNationalLang(lang) && name) out.push({ text: name, lang, flags: 0, context: -1 });
  }
  for (const alias of entity.aliases ?? []) {
    if (!isNationalLang(alias.lang) || alias.caseSensitive || letters(alias.text) <= SHORT_ALIAS_LETTERS || alias.inflect === false) continue;
    out.push({ text: alias.text, lang: alias.lang, ...aliasRules(forms, alias), ...(alias.kind ? { kind: alias.kind } : {}) });
  }
  if (entity.type === 'person') out.push(...surnameBases(forms, entity, out));
  return out;
}

function aliasRules(forms: FormTable, alias: Alias): { flags: number; context: number } {
  let flags = FLAG.alias;
  if (alias.ambiguous) flags |= FLAG.ambiguous;
  if (alias.standalone === false) flags |= FLAG.evidenceOnly;
  return { flags, context: alias.context?.length ? forms.context(alias.context) : -1 };
}

/**
 * The pack matches a person by surname alone when it has a one-word alias equal to the
 * last word of one of the person's names (Tokayev, Жапаров): then the surname of each
 * national name is a base too, with that alias's rules (ambiguous stays ambiguous).
 */
function surnameBases(forms: FormTable, entity: Entity, have: Base[]): Base[] {
  const lastKeys = new Set(Object.values(entity.names).map((n) => keyOf(lastWord(n.trim())[1])));
  const surnameAlias = (entity.aliases ?? []).find((a) => !a.caseSensitive && !/\s/.test(a.text.trim()) && lastKeys.has(keyOf(a.text)));
  if (!surnameAlias) return [];
  const rules = aliasRules(forms, surnameAlias);
  const out: Base[] = [];
  for (const [lang, name] of Object.entries(entity.names)) {
    if (!isNationalLang(lang)) continue;
    const [head, surname] = lastWord(name.trim());
    if (!head || letters(surname) <= SHORT_ALIAS_LETTERS) continue;
    if (have.some((b) => b.lang === lang && keyOf(b.text) === keyOf(surname))) continue; // a tagged alias already says it
    out.push({ text: surname, lang, ...rules, addBase: true });
  }
  return out;
}

function letters(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
