/**
 * Keeps the page model in step with the page: the first scan (viewport first, then
 * the rest in time slices), then one batch per burst of DOM changes, each costing
 * work in proportion to the nodes the MutationRecords name. Open shadow roots are
 * scanned and observed as roots of their own. Everything stops on the AbortSignal.
 */
import type { BlockKey } from '../dom/collect';
import { blockKeyOf, planChanges, type PlanContext } from '../dom/change-plan';
import type { MentionDelta, PageModel, UpdateWork } from '../dom/page-model';
import { collectOwn, TreeCollector, type CollectedBlock, type TreeCollectOptions, type WorkCounter } from '../dom/tree-collector';
import { DomWatcher } from './dom-watcher';
import { FloodBackoff } from './flood-backoff';
import { sliceClock, yieldToEventLoop, type SliceClock } from './slices';
import { markStartup, stampFirstPaintFrame, type PageStats } from './stats';

export interface TrackerDeps {
  doc: Document;
  model: PageModel;
  stats: PageStats;
  onDelta(delta: MentionDelta): void;
  /** Our own nodes (the card): never a change. */
  ignore(node: Node): boolean;
  isHidden?: (el: Element) => boolean;
  /** Blocks on screen now, scanned and painted before the rest. */
  viewportBlocks?(keyOf: (node: Node) => BlockKey | null): BlockKey[];
  /** Called before each batch (the SPA URL check rides on it). */
  beforeBatch?(): void;
  /** A full scan starts: called just before its first delta (the model's reset). */
  onScanStart?(): void;
  /** A scan or batch finished (all its slices painted). */
  onIdle?(): void;
  /**
   * Resolves after the browser rendered a frame: the first scan then finds layout done
   * (elementFromPoint on a fresh 100k-node page forced 40–90 ms of layout into our task).
   */
  afterRender?(): Promise<void>;
  /**
   * Before blocks are scanned: make their words known to the matcher (the page asks the
   * background for the dictionary slice they need). Null when nothing is missing, so the
   * common case stays synchronous. `send: false` only notes the words (hashed now, sent
   * with the next call that sends).
   */
  prepare?(blocks: CollectedBlock[], send?: boolean): Promise<void> | null;
  clock?: SliceClock;
  /** Batch window for DOM changes (tests shorten it). */
  delayMs?: number;
  floodAt?: number;
}

/**
 * Text collected per chunk before it is scanned, so a slice never collects more text
 * than it can also scan within its budget. Measured here (Node, bundled pack, warm):
 * 500 blocks of ~90 characters with names scan in 6–7 ms (cold: 35 ms), far slower
 * than DESIGN.md's 16–23 ms/MB for plain prose; 8k characters is ~1–2 ms warm.
 */
const CHARS_PER_CHUNK = 8_000;

/**
 * Mentions re-resolved per settle step. The end of a first scan re-resolves every
 * ambiguous mention of the page: ~19k on the bench's dense 1 MB English page, 242 ms in
 * Node in one resolve() call (~13 µs a mention), which was one long task. 500 is ~6 ms
 * there, under a slice, so the clock is read between steps.
 */
const SETTLE_MENTIONS = 500;

/**
 * Edited text nodes per chunk (each: a block rebuilt, scanned, resolved and repainted).
 * In Node a text costs ~5–10 µs, in Chromium on the 1,900-timestamp page far more: at 256
 * per chunk slices ran 26–29 ms, at 64 they run 12–18 ms (npm run bench:live).
 */
const TEXTS_PER_CHUNK = 64;

type Work = { kind: 'own' | 'tree'; key: BlockKey; walk?: TreeCollector };

export class PageTracker {
  private roots = new Set<Node>();
  private watcher: DomWatcher | null = null;
  private busy = false;
  private queued: MutationRecord[] = [];
  private rescanQueued = false;
  private generation = 0;
  private clock: SliceClock;
  private ctx: PlanContext;
  private counter: WorkCounter = { nodes: 0, chars: 0 };
  /** Shadow roots found by the current walk, to be walked too. */
  private found: ShadowRoot[] = [];
  private collectOptions: TreeCollectOptions;
  private backoff: FloodBackoff;

  constructor(
    private deps: TrackerDeps,
    private signal: AbortSignal,
  ) {
    this.clock = deps.clock ?? sliceClock();
    this.backoff = new FloodBackoff(() => void this.rescan(), signal);
    const body = deps.doc.body;
    this.roots.add(body);
    this.ctx = {
      isRoot: (n) => this.roots.has(n),
      known: (k) => deps.model.has(k),
      blockOfText: (t) => deps.model.blockOfText(t),
      counter: this.counter,
      ...(deps.isHidden ? { isHidden: deps.isHidden } : {}),
    };
    this.collectOptions = {
      ...(deps.isHidden ? { isHidden: deps.isHidden } : {}),
      onShadowRoot: (root) => this.addRoot(root),
    };
  }

  /** Open shadow roots found so far (hit-testing must name them to reach inside). */
  shadowRoots(): ShadowRoot[] {
    return [...this.roots].filter((r): r is ShadowRoot => r.nodeType === 11);
  }

  /** Start following changes (after the first scan was started). */
  watch(): void {
    if (this.watcher || this.signal.aborted) return;
    this.watcher = new DomWatcher(this.deps.doc.body, this.signal, {
      ignore: this.deps.ignore,
      onChanges: (records) => void this.onRecords(records),
      onFlood: () => {
        this.backoff.flood();
        this.deps.stats.floodWaitMs = this.backoff.wait;
      },
      ...(this.deps.delayMs !== undefined ? { delayMs: this.deps.delayMs } : {}),
      ...(this.deps.floodAt !== undefined ? { floodAt: this.deps.floodAt } : {}),
    });
    for (const root of this.roots) if (root !== this.deps.doc.body) this.watcher.observe(root);
  }

  /**
   * Scan the whole page from scratch: blocks on screen first (painted at once), then
   * every root in slices. A rescan asked for while one runs restarts it.
   */
  async rescan(): Promise<void> {
    if (this.busy) {
      this.rescanQueued = true;
      this.generation++;
      return;
    }
    this.busy = true;
    const gen = ++this.generation;
    const { model, stats } = this.deps;
    stats.fullScans++;
    stats.scanning = true;
    await this.deps.afterRender?.();
    if (this.signal.aborted || gen !== this.generation) return this.restart();
    this.found = []; // roots found by a superseded walk are in this.roots already
    const began = performance.now();
    markStartup(stats, 'frame');
    this.backoff.scanStarted();
    this.counter.nodes = 0;
    this.clock.start();
    this.deps.onScanStart?.();
    this.deps.onDelta(model.reset());
    this.queued = []; // the scan reads the page as it is now
    const keys = this.deps.viewportBlocks?.((n) => blockKeyOf(n, this.ctx)) ?? [];
    markStartup(stats, 'viewport');
    const first = keys.map((key): CollectedBlock => ({ key, runs: collectOwn(key, this.collectOptions, this.counter) }));
    markStartup(stats, 'collected');
    if (!(await this.prepared(first, gen))) return this.restart();
    markStartup(stats, 'prepared');
    const delta = model.update(first, [], false);
    markStartup(stats, 'scanned');
    this.deps.onDelta(delta);
    markStartup(stats, 'painted');
    let ok = true;
    if (keys.length) {
      stats.firstPaintMs = performance.now() - began;
      stampFirstPaintFrame(stats);
      ok = await this.frameBetween(gen);
    }
    const pending: BlockKey[] = [...this.roots] as BlockKey[];
    let retries = 3;
    // The whole page is collected first and its new words sent in one request: a request
    // per chunk would be a round trip to the background per 8k characters. The words are
    // hashed chunk by chunk as they are collected, so no slice holds the whole page's.
    const chunks: CollectedBlock[][] = [];
    while (ok && pending.length) {
      const root = pending.shift()!;
      if (!root.isConnected) continue;
      const walk = new TreeCollector(root, 'tree', this.collectOptions, this.counter);
      while (!walk.done) {
        this.counter.chars = 0;
        const blocks = walk.step(() => this.clock.over() || this.counter.chars! > CHARS_PER_CHUNK);
        void this.deps.prepare?.(blocks, false);
        chunks.push(blocks);
        pending.push(...this.found.splice(0));
        if (walk.done || !this.clock.over()) continue;
        ok = await this.pause(gen);
        if (!ok) break;
      }
      // Moved under us between slices: walk it again (a few times; the batches that
      // follow cover whatever a page that never holds still changed meanwhile).
      if (walk.broken && ok && retries-- > 0) pending.unshift(root);
    }
    if (ok) ok = await this.prepared([], gen, true);
    for (let i = 0; ok && i < chunks.length; i++) {
      this.counter.chars = 0;
      this.deps.onDelta(model.update(chunks[i]!, [], false));
      if (i + 1 < chunks.length && this.clock.over()) ok = await this.pause(gen);
    }
    if (ok) ok = (await this.settle(gen)).ok;
    if (ok) {
      if (!stats.firstPaintMs) stats.firstPaintMs = performance.now() - began;
      stampFirstPaintFrame(stats);
      stats.lastScanNodes = this.counter.nodes;
      stats.scansDone++;
      stats.scanning = false;
      this.backoff.scanEnded();
      this.endSlice();
      this.deps.onIdle?.();
    }
    this.busy = false;
    if (this.signal.aborted) return;
    if (this.rescanQueued || !ok) {
      this.rescanQueued = false;
      return this.rescan();
    }
    this.drain();
  }

  /** A batch of DOM changes: plan from the records, collect the blocks they touched, in slices. */
  private async onRecords(records: MutationRecord[]): Promise<void> {
    if (this.busy) {
      this.queued.push(...records);
      return;
    }
    this.busy = true;
    const gen = this.generation;
    const { model, stats } = this.deps;
    this.deps.beforeBatch?.();
    if (gen !== this.generation || this.signal.aborted) return this.release();
    this.counter.nodes = 0;
    this.clock.start();
    let ms = 0;
    const work: UpdateWork = { blocksRescanned: 0, mentionsResolved: 0 };
    const plan = planChanges(records, this.ctx);
    // Edited text the model holds: runs rebuilt from their nodes, no DOM walk; in chunks,
    // so 1,900 timestamps ticking together are spread over slices too.
    const texts = [...plan.texts];
    for (let i = 0; i < texts.length; i += TEXTS_PER_CHUNK) {
      const edits = model.textBlocks(texts.slice(i, i + TEXTS_PER_CHUNK));
      if (!(await this.prepared(edits.collected, gen))) return this.release();
      this.deps.onDelta(model.update(edits.collected, [], false, work, true));
      for (const t of edits.unknown) {
        const key = t.isConnected ? blockKeyOf(t, this.ctx) : null;
        if (key) plan.own.add(key);
      }
      if (i + TEXTS_PER_CHUNK < texts.length && this.clock.over()) {
        ms += this.clock.elapsed();
        if (!(await this.pause(gen))) return this.release();
      }
    }
    const todo: Work[] = [...[...plan.own].map((key): Work => ({ kind: 'own', key })), ...[...plan.trees].map((key): Work => ({ kind: 'tree', key }))];
    let removed: Iterable<BlockKey> = plan.removed;
    let ok = true;
    while (ok) {
      const collected: CollectedBlock[] = [];
      this.counter.chars = 0;
      while (todo.length && !this.clock.over() && this.counter.chars! <= CHARS_PER_CHUNK) {
        const item = todo.shift()!;
        if (!item.walk && !item.key.isConnected) continue;
        if (item.kind === 'own') collected.push({ key: item.key, runs: collectOwn(item.key, this.collectOptions, this.counter) });
        else {
          // A big added subtree (a page of posts at once) carries on where it stopped next slice.
          const walk = (item.walk ??= new TreeCollector(item.key, 'tree', this.collectOptions, this.counter));
          collected.push(...walk.step(() => this.clock.over() || this.counter.chars! > CHARS_PER_CHUNK));
          if (!walk.done) todo.unshift(item);
        }
        for (const root of this.found.splice(0)) todo.push({ kind: 'tree', key: root });
      }
      if (!(await this.prepared(collected, gen))) return this.release();
      this.deps.onDelta(model.update(collected, removed, false, work));
      removed = [];
      if (!todo.length) break;
      if (!this.clock.over()) continue;
      ms += this.clock.elapsed();
      ok = await this.pause(gen);
    }
    if (ok) ms += (await this.settle(gen, work)).ms;
    ms += this.clock.elapsed();
    this.endSlice();
    stats.batches++;
    stats.lastBatchNodes = this.counter.nodes;
    stats.lastBatchBlocks = work.blocksRescanned;
    stats.lastBatchResolved = work.mentionsResolved;
    stats.lastBatchMs = ms;
    stats.recentBatchMs.push(ms);
    if (stats.recentBatchMs.length > 200) stats.recentBatchMs.shift();
    this.deps.onIdle?.();
    this.release();
  }

  /**
   * Let the matcher learn the blocks' words first; false when the wait outlived this scan
   * (a newer scan started, or teardown). No wait at all when no word is new.
   */
  private async prepared(blocks: CollectedBlock[], gen: number, force = false): Promise<boolean> {
    const wait = blocks.length || force ? this.deps.prepare?.(blocks, true) : null;
    if (!wait) return true;
    // Waiting on the background ends the slice: without this, longestSliceMs counted the
    // round trip (and the matcher's stepped extension meanwhile) as our own work: 307–501 ms
    // "slices" on the 1 MB dense page at 10k entities, where no task was that long.
    this.endSlice();
    await wait;
    this.clock.start();
    return !this.signal.aborted && gen === this.generation;
  }

  /** A scan superseded (or torn down) before it painted its first blocks: start the newest one over. */
  private restart(): void {
    this.busy = false;
    this.rescanQueued = false;
    if (!this.signal.aborted) void this.rescan();
  }

  private release(): void {
    this.busy = false;
    if (this.rescanQueued) {
      this.rescanQueued = false;
      void this.rescan();
    } else this.drain();
  }

  /** Changes that arrived while busy: one more batch. */
  private drain(): void {
    if (!this.queued.length || this.signal.aborted) return;
    const records = this.queued;
    this.queued = [];
    void this.onRecords(records);
  }

  private addRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.watcher?.observe(root);
    this.found.push(root);
  }

  /**
   * The screen's underlines are painted: let the browser draw them before the rest of the
   * page is walked. Slices yield with scheduler.yield(), whose continuations outrank
   * rendering, so without this the first underlined frame could wait behind many slices.
   */
  private async frameBetween(gen: number): Promise<boolean> {
    if (!this.deps.afterRender) return true;
    this.endSlice();
    await this.deps.afterRender();
    this.clock.start();
    return !this.signal.aborted && gen === this.generation;
  }

  /**
   * Re-resolve the ambiguous mentions whose evidence moved (PageModel.settleStep), a
   * step of SETTLE_MENTIONS at a time, yielding when the slice is over: `ms` is the time
   * of the slices it ended. Whether to go on (false: superseded or aborted).
   */
  private async settle(gen: number, work?: UpdateWork): Promise<{ ok: boolean; ms: number }> {
    let ms = 0;
    for (;;) {
      const { delta, done } = this.deps.model.settleStep(SETTLE_MENTIONS, work);
      this.deps.onDelta(delta);
      if (done) return { ok: true, ms };
      if (!this.clock.over()) continue;
      ms += this.clock.elapsed();
      if (!(await this.pause(gen))) return { ok: false, ms };
    }
  }

  /** End a slice (record its length), yield, and say whether to go on. */
  private async pause(gen: number): Promise<boolean> {
    this.endSlice();
    await yieldToEventLoop();
    this.clock.start();
    return !this.signal.aborted && gen === this.generation;
  }

  private endSlice(): void {
    const { stats } = this.deps;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, this.clock.elapsed());
  }
}
