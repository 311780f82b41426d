/**
 * Every mention on the page, kept per block so that a change costs work in
 * proportion to the blocks it touched, not to the page.
 *
 * Resolution is page-wide (an ambiguous "Japarov" is settled by "Sadyr Japarov"
 * elsewhere on the page), but it need not cost O(page) per batch. What resolve()
 * reads from the rest of the page is its *evidence*: the entities named there with
 * confidence (and their countries), the holders of titles, the `preferred` picks.
 * The model keeps that evidence as a reference-counted set of keys, one token per
 * key. A batch resolves only the blocks it changed, plus the evidence tokens
 * (O(changed mentions + distinct evidence keys)); only when a key appears on or
 * leaves the page are the blocks holding ambiguous mentions resolved again
 * (O(ambiguous mentions on the page), once per evidence change, not per batch).
 * Blocks are resolved together with a separator between them, so a country at the end
 * of one block never counts as "right beside" a name at the start of the next.
 *
 * Resolution is by proximity (paragraph, section, region, page): every mention carries
 * its block id and the section/region of its block (page-sections.ts); page and region
 * evidence tokens are kept apart (page-evidence.ts), so a batch passes only the tokens of
 * the regions it resolves, and a key new to one region re-resolves only that region.
 */
import { blockLang } from './block-lang';
import type { Matcher, Mention, ScanOptions } from '../match/types';
import { isBlockElement, type BlockKey, type TextBlock } from './collect';
import type { CollectedBlock } from './tree-collector';
import { PageSections } from './page-sections';
import { PageEvidence } from './page-evidence';

export interface PageMention extends Mention {
  /** The run of text the offsets refer to. */
  block: TextBlock;
  /** Stable while the block's text keeps it: block id, run, offsets. */
  key: string;
}

interface RawMention extends Mention {
  owner?: BlockEntry;
  run?: TextBlock;
  runIndex?: number;
}

interface BlockEntry {
  key: BlockKey;
  id: number;
  runs: TextBlock[];
  raw: RawMention[];
  mentions: PageMention[];
  evidence: string[];
  section: number;
  region: number;
  ambiguous: boolean;
  /** Page and region evidence versions this block was resolved against. */
  resolvedAt: number;
  resolvedRegionAt: number;
}

/** What changed for the painter: mentions to take off, mentions to put on. */
export interface MentionDelta {
  removed: PageMention[];
  added: PageMention[];
}

/** Work counts of one update, for PageStats and the work-table tests. */
export interface UpdateWork {
  blocksRescanned: number;
  mentionsResolved: number;
}

/** Isolates blocks from each other inside one resolve() call (never adjacent, never evidence). */
const SEPARATOR: RawMention = { start: -10, end: -10, text: '', entity: null, type: 'person', via: 'name', evidenceOnly: true };

export class PageModel {
  private blocks = new Map<BlockKey, BlockEntry>();
  private evidence = new PageEvidence<RawMention>();
  private ambiguousBlocks = new Set<BlockEntry>();
  private nextId = 1;
  private mentionCount = 0;
  private sections = new PageSections();

  constructor(
    private matcher: Matcher,
    private options: ScanOptions = {},
  ) {}

  /** Forget everything (new dictionary, new page after an SPA navigation). */
  reset(matcher: Matcher = this.matcher, options: ScanOptions = this.options): MentionDelta {
    const removed = [...this.mentions()];
    this.matcher = matcher;
    this.options = options;
    this.blocks.clear();
    this.evidence.clear();
    this.ambiguousBlocks.clear();
    this.mentionCount = 0;
    return { removed, added: [] };
  }

  has(key: BlockKey): boolean {
    return this.blocks.has(key);
  }

  get size(): { blocks: number; mentions: number } {
    return { blocks: this.blocks.size, mentions: this.mentionCount };
  }

  *mentions(): Iterable<PageMention> {
    for (const entry of this.blocks.values()) yield* entry.mentions;
  }

  /**
   * Replace the text of the collected blocks, drop the removed ones, and resolve what
   * changed. `settle`: also re-resolve ambiguous blocks whose evidence moved (batches
   * do; the slices of a first scan leave it to one settle() at the end). `textOnly`: only
   * text node data changed (updateTexts), so a block keeps its section and region.
   */
  update(collected: CollectedBlock[], removed: Iterable<BlockKey>, settle: boolean, work?: UpdateWork, textOnly = false): MentionDelta {
    const delta: MentionDelta = { removed: [], added: [] };
    for (const key of removed) this.drop(key, delta);
    const toResolve: BlockEntry[] = [];
    for (const { key, runs } of collected) {
      const old = this.blocks.get(key);
      if (old) this.drop(key, delta);
      if (work) work.blocksRescanned++;
      if (runs.length === 0) continue;
      const entry: BlockEntry = { key, id: old?.id ?? this.nextId++, runs, raw: [], mentions: [], evidence: [], section: 0, region: 0, ambiguous: false, resolvedAt: -1, resolvedRegionAt: -1 };
      const sources = new Map<string, RawMention>();
      const lang = blockLang(key);
      const scanOptions = lang ? { lang } : {};
      runs.forEach((run, runIndex) => {
        for (const m of this.matcher.scan(run.text, scanOptions)) {
          const raw: RawMention = { ...m, owner: entry, run, runIndex };
          entry.raw.push(raw);
          if (m.candidates?.length || m.privatePerson) entry.ambiguous = true;
          for (const k of evidenceKeys(m)) { entry.evidence.push(k); if (!sources.has(k)) sources.set(k, raw); }
        }
      });
      if (entry.raw.length > 0) {
        // Only blocks with mentions need a place; an edit of text alone moves no heading
        // (1,900 ticking timestamps re-place nothing).
        const place = old && textOnly && old.raw.length > 0 ? old : this.sections.placeOf(key);
        entry.section = place.section;
        entry.region = place.region;
        for (const r of entry.raw) r.scope = { block: entry.id, section: entry.section, region: entry.region };
      }
      for (const k of entry.evidence) this.evidence.add(k, entry.region, entry.section, tokenOf(sources.get(k)!));
      if (entry.ambiguous) this.ambiguousBlocks.add(entry);
      this.blocks.set(key, entry);
      toResolve.push(entry);
    }
    if (settle) this.pushStale(toResolve);
    this.resolve(toResolve, delta, work);
    return delta;
  }

  /** The block a known text node belongs to (no DOM walk), or undefined when unknown. */
  blockOfText(node: Text): BlockKey | undefined {
    return this.current(node)?.entry.key;
  }

  /**
   * Text nodes whose data changed (characterData): rebuild their runs from the nodes
   * the model already holds and scan those blocks again, with no DOM walk and no
   * visibility check (editing a text node moves nothing). The 1,900-timestamp tick
   * is this path: O(segments of the changed runs + their text). Unknown nodes are
   * returned for the caller to handle by walking the DOM.
   */
  updateTexts(nodes: Iterable<Text>, settle: boolean, work?: UpdateWork): { delta: MentionDelta; unknown: Text[] } {
    const { collected, unknown } = this.textBlocks(nodes);
    return { delta: this.update(collected, [], settle, work, true), unknown };
  }

  /**
   * updateTexts in two steps: the rebuilt blocks of edited text nodes (give them to
   * `update(…, textOnly = true)`), so the tracker can make their words known to the
   * matcher in between.
   */
  textBlocks(nodes: Iterable<Text>): { collected: CollectedBlock[]; unknown: Text[] } {
    const unknown: Text[] = [];
    const touched = new Map<BlockEntry, Set<TextBlock>>();
    for (const node of nodes) {
      const where = this.current(node);
      if (!where || !node.isConnected) {
        unknown.push(node);
        continue;
      }
      const runs = touched.get(where.entry) ?? new Set<TextBlock>();
      runs.add(where.run);
      touched.set(where.entry, runs);
    }
    const collected: CollectedBlock[] = [];
    for (const [entry, runs] of touched) {
      collected.push({ key: entry.key, runs: entry.runs.map((run) => (runs.has(run) ? rebuildRun(run) : run)) });
    }
    return { collected, unknown };
  }

  /** Re-resolve ambiguous blocks resolved against older evidence (end of a first scan). */
  settle(work?: UpdateWork): MentionDelta {
    return this.settleStep(Infinity, work).delta;
  }

  /**
   * settle() in steps, for a caller that yields between them: re-resolve stale blocks
   * holding up to `maxMentions` raw mentions (always at least one block), and say whether
   * any block is still stale. Settling all ~19k mentions of a dense 1 MB page in one
   * resolve() call was one long task. The steps give the same mentions as one call,
   * because a block is resolved against the page's evidence tokens, never against the
   * other blocks of its call (the separators isolate them), and no evidence changes
   * between steps unless the caller updates the model, which stamps the blocks again.
   */
  settleStep(maxMentions: number, work?: UpdateWork): { delta: MentionDelta; done: boolean } {
    const delta: MentionDelta = { removed: [], added: [] };
    const stale: BlockEntry[] = [];
    this.pushStale(stale);
    let take = 0;
    for (let n = 0; take < stale.length && (take === 0 || n + stale[take]!.raw.length <= maxMentions); take++) n += stale[take]!.raw.length;
    this.resolve(take === stale.length ? stale : stale.slice(0, take), delta, work);
    return { delta, done: take === stale.length };
  }

  /** The mention at a text position (from caretPositionFromPoint), if any. O(mentions in the block). */
  mentionAt(node: Node, offset: number): PageMention | undefined {
    const where = node.nodeType === 3 ? this.current(node as Text) : undefined;
    if (!where) return undefined;
    const at = where.start + offset;
    // A caret just after the last letter still points at the word (callers confirm by rect).
    const inRun = where.entry.mentions.filter((m) => m.block === where.run && m.start <= at && at <= m.end);
    return inRun.find((m) => at < m.end) ?? inRun[0];
  }

  /** Mentions that start in this text node. */
  mentionsStartingIn(node: Text): PageMention[] {
    const where = this.current(node);
    if (!where) return [];
    const end = where.start + node.data.length;
    return where.entry.mentions.filter((m) => m.block === where.run && m.start >= where.start && m.start < end);
  }

  /**
   * Where a text node sits in the model: its nearest block ancestor the model holds,
   * then the segment. O(depth + segments of that block). No per-node map: a WeakMap of
   * 100k text nodes showed up as garbage-collector time on the 100k-node page.
   */
  private current(node: Text): { entry: BlockEntry; run: TextBlock; start: number } | undefined {
    for (let x = node.parentNode; x; x = x.parentNode) {
      const entry = this.blocks.get(x as BlockKey);
      if (!entry) {
        if (x.nodeType !== 1 || isBlockElement(x as Element)) return undefined; // its block is not in the model
        continue;
      }
      for (const run of entry.runs) for (const seg of run.segments) if (seg.node === node) return { entry, run, start: seg.start };
      return undefined;
    }
    return undefined;
  }

  private drop(key: BlockKey, delta: MentionDelta): void {
    const entry = this.blocks.get(key);
    if (!entry) return;
    this.blocks.delete(key);
    this.ambiguousBlocks.delete(entry);
    this.mentionCount -= entry.mentions.length;
    delta.removed.push(...entry.mentions);
    for (const k of entry.evidence) this.evidence.remove(k, entry.region, entry.section);
  }

  private pushStale(into: BlockEntry[]): void {
    const already = new Set(into);
    for (const e of this.ambiguousBlocks) {
      const stale = e.resolvedAt !== this.evidence.version || e.resolvedRegionAt !== this.evidence.regionVersion(e.region);
      if (stale && !already.has(e)) into.push(e);
    }
  }

  private resolve(entries: BlockEntry[], delta: MentionDelta, work?: UpdateWork): void {
    const flat: RawMention[] = [];
    for (const e of entries) {
      if (this.blocks.get(e.key) !== e) continue;
      this.mentionCount -= e.mentions.length;
      delta.removed.push(...e.mentions);
      e.mentions = [];
      e.resolvedAt = this.evidence.version;
      e.resolvedRegionAt = this.evidence.regionVersion(e.region);
      if (e.raw.length === 0) continue;
      flat.push(SEPARATOR, ...e.raw);
      if (work) work.mentionsResolved += e.raw.length;
    }
    if (flat.length === 0) return;
    flat.push(SEPARATOR);
    for (const token of this.evidence.tokens(entries.map((e) => e.region))) flat.push(token);
    for (const m of this.matcher.resolve(flat, this.options)) {
      const { owner, run, runIndex, ...rest } = m;
      if (!owner || !run) continue;
      const mention: PageMention = { ...rest, block: run, key: `${owner.id}:${runIndex}:${m.start}:${m.end}` };
      owner.mentions.push(mention);
      delta.added.push(mention);
      this.mentionCount++;
    }
  }
}

/** A mention as page evidence: without its owner block, which it must never be resolved into. */
function tokenOf(m: RawMention): RawMention {
  const { owner: _o, run: _r, runIndex: _i, ...rest } = m;
  return rest;
}

/** A run's text again from its own text nodes (their data changed, not their order). */
function rebuildRun(run: TextBlock): TextBlock {
  const segments = [];
  let text = '';
  for (const seg of run.segments) {
    segments.push({ node: seg.node, start: text.length });
    text += seg.node.data;
  }
  return { element: run.element, text, segments, base: run.base };
}

/**
 * What a raw mention tells resolve() about the rest of the page (see
 * lib/match/resolve.ts): its `preferred` pick, and, when it is not itself
 * ambiguous, its entity (a title's holder is dated inside resolve, so the key is
 * the office).
 */
function evidenceKeys(m: Mention): string[] {
  const keys: string[] = [];
  if (m.preferred) keys.push(`p:${m.preferred}`);
  if (m.candidates) return keys;
  if (m.via === 'title' && m.office) keys.push(`t:${m.office}`);
  else if (m.entity) keys.push(`e:${m.entity}`);
  return keys;
}
