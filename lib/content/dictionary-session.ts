/**
 * The page's side of the dictionary: a SliceMatcher (lib/match/slice-matcher.ts) and the
 * requests that grow it. Before blocks are scanned, `prepare` sends the hashes of their
 * words that were never sent (with all earlier ones, as the background keeps no state per
 * page) and extends the matcher with the answer. Requests run one at a time, so each
 * one's `known` is exact. A reply of another version means the fact base changed: the
 * controller starts over with a fresh matcher (`onStale`).
 *
 * A big slice enters the matcher in time slices (SliceMatcher.extendInSteps): a 1 MB page's
 * answer in one go was one 108–130 ms task (issue 14). The request's promise settles only
 * once every step has run, so a scan that waited for it sees the whole slice.
 */
import { SliceMatcher } from '../match/slice-matcher';
import type { DictSlice } from '../match/slice';
import { packHashes } from '../match/word-hash';
import { sliceClock, yieldToEventLoop, type SliceClock } from './slices';

export interface SessionPacing {
  clock?: SliceClock;
  pause?: () => Promise<void>;
  /** Units and forms per extension step (SliceMatcher's default unless a test cuts finer). */
  step?: { units: number; forms: number };
}

export interface DictionaryRequest {
  version?: string;
  known?: string;
  added?: string;
}

export type FetchSlice = (request: DictionaryRequest) => Promise<{ version: string; slice: DictSlice | null }>;

export class DictionarySession {
  private queue: Promise<void> = Promise.resolve();

  private readonly clock: SliceClock;
  private readonly pause: () => Promise<void>;

  private constructor(readonly matcher: SliceMatcher, private fetch: FetchSlice, private onStale: () => void, pacing: SessionPacing) {
    this.clock = pacing.clock ?? sliceClock();
    this.pause = pacing.pause ?? yieldToEventLoop;
  }

  /** The first slice (fixed tables, no words) of the current version; null when there is none. */
  static async open(fetch: FetchSlice, onStale: () => void, pacing: SessionPacing = {}): Promise<DictionarySession | null> {
    const { slice } = await fetch({});
    return slice ? new DictionarySession(new SliceMatcher(slice, pacing.step ? { step: pacing.step } : {}), fetch, onStale, pacing) : null;
  }

  /** How many times extending the matcher yielded (tests and stats). */
  pauses = 0;

  get version(): string {
    return this.matcher.version;
  }

  /** Hashes noted but not sent yet. */
  private unsent = new Set<number>();

  /**
   * Make the words of these texts known to the matcher; null when none is new (no wait).
   * `send: false` notes them only, for a later call to send with others (one request for
   * a whole page, hashed chunk by chunk).
   */
  prepare(texts: Iterable<string>, send = true): Promise<void> | null {
    for (const h of this.matcher.newWords(texts)) this.unsent.add(h);
    if (!send || this.unsent.size === 0) return null;
    const words = [...this.unsent];
    this.unsent.clear();
    this.queue = this.queue.then(() => this.ask(words)).catch((error: unknown) => {
      // The words stay unsent: the next block that holds them asks again.
      console.warn('[Silk Lens] dictionary slice:', error);
    });
    return this.queue;
  }

  private async ask(words: number[]): Promise<void> {
    const added = words.filter((h) => !this.matcher.known.has(h)); // exact now: earlier requests have landed
    if (!added.length) return;
    const reply = await this.fetch({ version: this.version, known: packHashes(this.matcher.known), added: packHashes(added) });
    if (!reply.slice || reply.version !== this.version) {
      this.onStale();
      return;
    }
    this.clock.start();
    for (const step of this.matcher.extendInSteps(reply.slice, added)) {
      void step;
      if (!this.clock.over()) continue;
      this.pauses++;
      await this.pause();
      this.clock.start();
    }
  }
}
