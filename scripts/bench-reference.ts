/**
 * The bench's referee: the Node matcher over the full compiled dictionary of the same fact
 * base (bundled pack + the same synthetic entities), run over a page's blocks the way
 * `npm run scan` collects them (lib/scan/scan-document.ts). Its mention count must equal
 * the extension's PageStats.mentions, or the bench run fails. Also gives the term list
 * the bare baselines (mark.js) search for: every surface form the matcher indexes.
 */
import { Window } from 'happy-dom';
import { compileDictionary, createMatcher } from '../lib/match';
import { asMatchDictionary, decodeForms, type DictForm, type ReasonEntry } from '../lib/match/dictionary';
import { expandNational } from '../lib/match/national-forms';
import { expandTitles } from '../lib/match/titles';
import type { Matcher } from '../lib/match/types';
import { blockLang } from '../lib/dom/block-lang';
import { collectBlocks } from '../lib/dom/collect';
import { pageDate } from '../lib/dom/page-date';
import { hiddenByAttributes } from '../lib/scan/scan-document';
import { bundledEntities, syntheticEntities } from './bench-factbase';

export interface Reference {
  matcher: Matcher;
  /** Distinct keys the matcher's trie indexes: dictionary forms, expanded titles, national forms. */
  terms: string[];
  /** Terms before the cap. */
  termCount: number;
  compileMs: number;
}

/**
 * `synthetic` generated entities on top of the bundled pack, compiled as the background does.
 * Only the first `termCap` terms are kept: at 200k the full list is 4.5 million strings,
 * held for the whole base otherwise.
 */
export function referenceFor(synthetic: number, termCap = Number.POSITIVE_INFINITY): Reference {
  const t = performance.now();
  // Through JSON, as the dictionary reaches a page; the compiled object and the entities are
  // garbage once the string exists (at 200k they are gigabytes of the Node heap).
  const json = JSON.stringify(compileDictionary([...bundledEntities(), ...syntheticEntities(synthetic)], { version: 'bench' }));
  const compileMs = performance.now() - t;
  const plain = JSON.parse(json) as ReturnType<typeof compileDictionary>;
  const terms = surfaceForms(plain);
  return { matcher: createMatcher(plain), terms: terms.length > termCap ? terms.slice(0, termCap) : terms, termCount: terms.length, compileMs };
}

/**
 * The matcher's own term list (createMatcher's expansion, minus demonyms, which are evidence
 * and never underlined). Keys are the matcher's folded spellings (lower case, ё→е).
 * Ordered by the first entity (in the compile's input order: bundled pack, then synthetic
 * entity 0, 1, …) that owns the form, then by key, so a smaller base's terms come first in
 * a bigger base's list. Measured: 10k's first 100,000 terms are exactly 50k's first 100,000;
 * 12,094 of the bundled pack's 12,105 are among 10k's first 100,000 (the other 11 compile
 * differently beside the synthetic names). The dictionary keeps forms sorted by key: in that
 * order only 4,893 of the bundled pack's terms were among 10k's first 100,000.
 */
function surfaceForms(compiled: Parameters<typeof asMatchDictionary>[0]): string[] {
  const dict = asMatchDictionary(compiled);
  const forms: DictForm[] = decodeForms(dict.forms);
  for (const [key, office] of expandTitles(dict.titlePlaces, dict.titleGrammars)) forms.push([key, [office], 0]);
  const reasons: ReasonEntry[] = [...(dict.reasons ?? [])];
  expandNational(dict, forms, reasons);
  return termsByFirstOwner(forms);
}

/** Distinct non-blank keys of `forms`, by their lowest target (first owner), then by key. */
export function termsByFirstOwner(forms: readonly DictForm[]): string[] {
  const owner = new Map<string, number>();
  for (const [key, targets] of forms) {
    if (key.trim() === '') continue;
    let first = Number.POSITIVE_INFINITY;
    for (const target of targets) if (target < first) first = target;
    if (!(owner.get(key)! <= first)) owner.set(key, first);
  }
  return [...owner].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key]) => key);
}

export interface PageBlocks {
  blocks: { text: string; lang: string | undefined }[];
  pageDate: string | undefined;
}

/**
 * The page's blocks as lib/scan/scan-document.ts collects them (collectBlocks, blockLang,
 * pageDate), kept as strings so one parse of a 5 MB page serves every fact base.
 */
export function pageBlocks(html: string): PageBlocks {
  const window = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  try {
    const doc = window.document as unknown as Document;
    const blocks = collectBlocks(doc.body, { isHidden: hiddenByAttributes }).map((b) => ({ text: b.text, lang: blockLang(b.element) }));
    return { blocks, pageDate: pageDate(doc) };
  } finally {
    void window.happyDOM.close();
  }
}

/**
 * Mentions the reference finds: each block scanned in its own scope, then one page-wide
 * resolve, exactly the steps of scanBlocks in lib/scan/scan-document.ts (not exported there).
 */
export function referenceMentions(page: PageBlocks, matcher: Matcher): number {
  const raw = page.blocks.flatMap((block, i) =>
    matcher.scan(block.text, block.lang ? { lang: block.lang } : {}).map((m) => ({ ...m, scope: { block: i, section: 0 } })));
  return matcher.resolve(raw, page.pageDate ? { pageDate: page.pageDate } : {}).length;
}
