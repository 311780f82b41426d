/**
 * The extension's matching, as a function of a document: collect blocks exactly
 * as the content script does, scan each, resolve page-wide. Offsets are UTF-16
 * positions in the extracted text (blocks joined by "\n"), so a saved report
 * scanned by the CLI gives the same mentions the extension underlines.
 */
import { blockLang } from '../dom/block-lang';
import { collectBlocks, type BlockKey, type CollectOptions } from '../dom/collect';
import { pageDate } from '../dom/page-date';
import type { Matcher } from '../match/types';

export interface DocumentMention {
  entity: string | null;
  type: string;
  text: string;
  start: number;
  end: number;
  candidates?: string[];
}

export function scanDocument(doc: Document, matcher: Matcher, options: CollectOptions & { pageDate?: string } = {}): DocumentMention[] {
  const blocks = collectBlocks(doc.body ?? doc.documentElement, options);
  return scanBlocks(blocks, matcher, options.pageDate ?? pageDate(doc));
}

/** Plain text: each line is a block; offsets are positions in the text itself. */
export function scanPlainText(text: string, matcher: Matcher, pageDate?: string): DocumentMention[] {
  const lines: { base: number; text: string }[] = [];
  let base = 0;
  for (const line of text.split('\n')) {
    lines.push({ base, text: line });
    base += line.length + 1;
  }
  return scanBlocks(lines, matcher, pageDate);
}

/** Scan each block, resolve page-wide, and express offsets in the whole text. */
function scanBlocks(blocks: { base: number; text: string; element?: BlockKey }[], matcher: Matcher, date: string | undefined): DocumentMention[] {
  const raw = blocks.flatMap((block, i) => {
    const lang = block.element ? blockLang(block.element) : undefined;
    // Each block its own scope: proximity rules (resolve.ts) read the nearest evidence first.
    return matcher.scan(block.text, lang ? { lang } : {}).map((m) => ({ ...m, base: block.base, scope: { block: i, section: 0 } }));
  });
  const resolved = matcher.resolve(raw, date ? { pageDate: date } : {});
  return resolved.map((m) => ({
    entity: m.entity,
    type: m.type,
    text: m.text,
    start: m.base + m.start,
    end: m.base + m.end,
    ...(m.candidates && m.candidates.length > 0 && (m.entity === null || m.candidates.length > 1) ? { candidates: m.candidates } : {}),
  }));
}

/** Without layout, the CLI can only see hiding done by attributes and inline styles. */
export function hiddenByAttributes(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}
