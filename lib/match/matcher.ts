/**
 * createMatcher: compiled dictionary → trie + rule tables, built once per page in the
 * content script (or once per run in the CLI). `scan` is called per block of text;
 * `resolve` once per page over every mention found.
 */
import type { CompiledDictionary, Matcher, Mention, ScanOptions } from './types';
import { asMatchDictionary, decodeForms, type DictForm } from './dictionary';
import { titleForms } from './titles';
import { demonymForms } from './title-places';
import { Trie } from './trie';
import { expandNational } from './national-forms';
import { scanBlock, type ScanTables } from './scan';
import { pageSpan, resolveMentions, today } from './resolve';
import { splitCrowd, titleHolders, type Crowd } from './crowd';

export interface MatcherOptions {
  /** Clock seam for the default page date (titles → office holders). */
  now?: () => number;
}

export function createMatcher(compiled: CompiledDictionary, options: MatcherOptions = {}): Matcher {
  const dict = asMatchDictionary(compiled);
  // Crowded groups list only the bearers a page can settle on, as the page's matcher does (crowd.ts).
  const forms: DictForm[] = [];
  const crowds = new Map<number, Crowd>();
  const hiddenIn = new Map<string, number[]>();
  const holders = titleHolders(dict.offices);
  dict.forms.forEach((group, g) => {
    const split = splitCrowd(group, g, (i) => dict.entities[i], holders);
    for (const form of decodeForms([split ? split.group : group])) {
      if (split) crowds.set(forms.length, split.crowd);
      forms.push(form);
    }
    for (const h of split?.hidden ?? []) { const id = dict.entities[h]!.id; hiddenIn.set(id, [...(hiddenIn.get(id) ?? []), g]); }
  });
  // Title parts arrive as spelling keys: expanding them is plain concatenation.
  for (const form of titleForms(dict.titlePlaces, dict.titleGrammars)) forms.push(form);
  const reasons = [...(dict.reasons ?? [])];
  expandNational(dict, forms, reasons);
  // Demonyms ("Kyrgyz", «таджикского»): evidence of the country a paragraph is about, never shown.
  forms.push(...demonymForms(dict, new Set(forms.map(([key]) => key))));
  const trie = new Trie();
  forms.forEach(([key], i) => trie.insert(key, i));
  const tables: ScanTables = {
    dict,
    forms,
    reasons,
    trie,
    namedBefore: new Set(dict.namedAfter.before),
    namedAfter: new Set(dict.namedAfter.after),
    notCurrent: dict.notCurrent,
    notTitleBefore: new Set(dict.notTitleBefore ?? []),
    crowds,
  };
  const now = options.now ?? Date.now;
  return {
    // The clock is read only when a title needs dating (toISOString per block showed in profiles).
    scan: (text: string, opts: ScanOptions = {}): Mention[] => (text ? scanBlock(text, tables, () => today(now), opts.lang) : []),
    resolve: <M extends Mention>(mentions: M[], opts: ScanOptions = {}): M[] =>
      resolveMentions(mentions, dict, pageSpan(opts.pageDate, () => today(now)), (id) => hiddenIn.get(id)),
  };
}
