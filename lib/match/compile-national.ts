/**
 * Compile-time national-language forms: for each name in kk, ky, uz, tg or tk, each alias
 * tagged with one of those languages, and (for persons the pack already matches by surname
 * alone) the surname of each national name, add the generated case forms, gated to their
 * language (they fire only in a block written in it) and pointing at a reason
 * ("Тоқаевтың": Kazakh genitive of Тоқаев).
 */
import type { Alias, Entity } from '../factbase/schema';
import { encodeParadigmItem, FLAG, GATE_SHIFT, type NationalEntry } from './dictionary';
import { nationalForms } from './inflect-national';
import { lastWord } from './inflect-turkic';
import { keyOf } from './normalize';
import { isNationalLang, LANG_BIT, type NationalLang } from './script-lang';
import { GRAMMAR_TERMS } from './types';
import type { FormTable } from './compile';

const SHORT_ALIAS_LETTERS = 3;
const BORROWING_LANGS = ['kk', 'ky'] as const;
const CYRILLIC_NAME = /^[\u0400-\u04FF][\u0400-\u04FF\s-]*$/;

interface Base {
  text: string;
  lang: NationalLang;
  flags: number;
  context: number;
  kind?: Alias['kind'];
  /** The base is not itself in the pack's forms (a surname cut from a national full name). */
  addBase?: boolean;
}

/** National bases of every entity, merged where several entities share one (Жапаров). */
export class NationalTable {
  readonly entries: NationalEntry[] = [];
  readonly paradigms: string[] = [];
  private readonly entryIndex = new Map<string, NationalEntry>();
  private readonly paradigmIndex = new Map<string, number>();

  add(forms: FormTable, entity: Entity, idx: number): void {
    for (const base of nationalBases(forms, entity)) {
      const gate = LANG_BIT[base.lang] << GATE_SHIFT;
      for (const { base: text, forms: generated, newBase } of nationalForms(base.text, base.lang, entity.type)) {
        const items: string[] = [];
        if (newBase || base.addBase) items.push(encodeParadigmItem(-1, 0, ''));
        const baseKey = keyOf(text);
        for (const form of generated) {
          if (keyOf(form.text) === baseKey) continue; // the bare name already matches
          let shared = 0;
          while (shared < text.length && text[shared] === form.text[shared]) shared++;
          items.push(encodeParadigmItem(GRAMMAR_TERMS.indexOf(form.grammar), text.length - shared, form.text.slice(shared)));
        }
        if (items.length) this.entry(text, idx, base.flags | gate, this.paradigm([...new Set(items)].join(' ')), base.context, base.kind ?? '');
      }
    }
  }

  private paradigm(text: string): number {
    let i = this.paradigmIndex.get(text);
    if (i === undefined) { i = this.paradigms.length; this.paradigms.push(text); this.paradigmIndex.set(text, i); }
    return i;
  }

  private entry(base: string, idx: number, flags: number, paradigm: number, context: number, kind: string): void {
    const id = JSON.stringify([base, flags, paradigm, context, kind]);
    const existing = this.entryIndex.get(id);
    if (existing) { if (!existing[1].includes(idx)) existing[1].push(idx); return; }
    const entry: NationalEntry = [base, [idx], flags, paradigm];
    if (context >= 0 || kind) entry.push(context);
    if (kind) entry.push(kind);
    this.entries.push(entry);
    this.entryIndex.set(id, entry);
  }
}

function nationalBases(forms: FormTable, entity: Entity): Base[] {
  const out: Base[] = [];
  for (const [lang, name] of Object.entries(entity.names)) {
    if (isNationalLang(lang) && name) out.push({ text: name, lang, flags: 0, context: -1 });
  }
  // Kazakh and Kyrgyz pages write other countries' people as Russian spells them (Садыр
  // Жапаров, Шавкат Мирзиёев) and add their own endings (Садыр Жапаровтың): a person with
  // no name in one of these languages borrows the other's, or the Russian one.
  if (entity.type === 'person') {
    for (const lang of BORROWING_LANGS) {
      if (entity.names[lang]) continue;
      const borrowed = entity.names[lang === 'kk' ? 'ky' : 'kk'] ?? entity.names.ru;
      if (borrowed && CYRILLIC_NAME.test(borrowed)) out.push({ text: borrowed, lang, flags: 0, context: -1 });
    }
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
