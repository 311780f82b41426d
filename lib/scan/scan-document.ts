/**
 * The extension's matching, as a function of a document: collect blocks exactly
 * as the content script does, scan each, resolve page-wide. Offsets are UTF-16
 * positions in the extracted text (blocks joined by "\n"), so a saved report
 * scanned by the CLI gives the same mentions the extension underlines.
 */
import { collectBlocks, type CollectOptions } from '../dom/collect';
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
  const raw = blocks.flatMap((block) => matcher.scan(block.text).map((m) => ({ block, m })));
  const date = options.pageDate ?? pageDate(doc);
  const resolved = matcher.resolve(raw.map((r) => r.m), date ? { pageDate: date } : {});
  return resolved.map((m, i) => {
    const base = raw[i]!.block.base;
    return {
      entity: m.entity,
      type: m.type,
      text: m.text,
      start: base + m.start,
      end: base + m.end,
      ...(m.candidates && m.candidates.length > 0 && (m.entity === null || m.candidates.length > 1) ? { candidates: m.candidates } : {}),
    };
  });
}

/** Plain text: each line is a block; offsets are positions in the text itself. */
export function scanPlainText(text: string, matcher: Matcher, pageDate?: string): DocumentMention[] {
  const lines: { base: number; text: string }[] = [];
  let base = 0;
  for (const line of text.split('\n')) {
    lines.push({ base, text: line });
    base += line.length + 1;
  }
  const raw = lines.flatMap((line) => matcher.scan(line.text).map((m) => ({ line, m })));
  const resolved = matcher.resolve(raw.map((r) => r.m), pageDate ? { pageDate } : {});
  return resolved.map((m, i) => ({
    entity: m.entity,
    type: m.type,
    text: m.text,
    start: raw[i]!.line.base + m.start,
    end: raw[i]!.line.base + m.end,
    ...(m.candidates && m.candidates.length > 0 && (m.entity === null || m.candidates.length > 1) ? { candidates: m.candidates } : {}),
  }));
}

/** Without layout, the CLI can only see hiding done by attributes and inline styles. */
export function hiddenByAttributes(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true' && el.tagName !== 'BODY') return false;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}
