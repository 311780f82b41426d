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
  compileMs: number;
}

/** `synthetic` generated entities on top of the bundled pack, compiled as the background does. */
export function referenceFor(synthetic: number): Reference {
  const entities = [...bundledEntities(), ...syntheticEntities(synthetic)];
  const t = performance.now();
  const dict = compileDictionary(entities, { version: 'bench' });
  const compileMs = performance.now() - t;
  // Through JSON, as the dictionary reaches a page.
  const plain = JSON.parse(JSON.stringify(dict)) as typeof dict;
  return { matcher: createMatcher(plain), terms: surfaceForms(plain), compileMs };
}

/**
 * The matcher's own term list (createMatcher's expansion, minus demonyms, which are evidence
 * and never underlined). Keys are the matcher's folded spellings (lower case, ё→е).
 */
function surfaceForms(compiled: Parameters<typeof asMatchDictionary>[0]): string[] {
  const dict = asMatchDictionary(compiled);
  const forms: DictForm[] = decodeForms(dict.forms);
  for (const [key, office] of expandTitles(dict.titlePlaces, dict.titleGrammars)) forms.push([key, [office], 0]);
  const reasons: ReasonEntry[] = [...(dict.reasons ?? [])];
  expandNational(dict, forms, reasons);
  return [...new Set(forms.map(([key]) => key))].filter((k) => k.trim() !== '');
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
