/**
 * A character trie over spelling keys, walked from each word start.
 *
 * Hand-written rather than a library on purpose: measured in Chromium on 1 MB of text
 * (docs: DESIGN.md) a trie walked from word starts took 16–19 ms and Aho-Corasick
 * 21–23 ms for 2k–20k aliases, while general packages were 20–80x slower
 * (modern-ahocorasick whole-word mode 430–1,300 ms, mark.js 15.6 s for 200 terms) or
 * lack Unicode word boundaries. Since every match must start at a word start anyway,
 * the failure links of Aho-Corasick buy nothing here.
 *
 * Layout: most trie nodes have one child, so the first child sits in two flat number
 * arrays and only branching nodes get a Map (a Map per node cost ~10x the memory).
 */
import { isWordChar } from './normalize';

export class Trie {
  private readonly firstChar: number[] = [-1];
  private readonly firstChild: number[] = [-1];
  private readonly more: (Map<number, number> | undefined)[] = [undefined];
  /** Form indexes ending at each node. */
  private readonly terminal: (number[] | undefined)[] = [undefined];

  get size(): number {
    return this.firstChar.length;
  }

  insert(key: string, form: number): void {
    let node = 0;
    for (let p = 0; p < key.length; p++) {
      const c = key.charCodeAt(p);
      let next = this.child(node, c);
      if (next < 0) {
        next = this.firstChar.length;
        this.firstChar.push(-1);
        this.firstChild.push(-1);
        this.more.push(undefined);
        this.terminal.push(undefined);
        if (this.firstChar[node] === -1) {
          this.firstChar[node] = c;
          this.firstChild[node] = next;
        } else {
          let map = this.more[node];
          if (!map) this.more[node] = map = new Map();
          map.set(c, next);
        }
      }
      node = next;
    }
    (this.terminal[node] ??= []).push(form);
  }

  private child(node: number, c: number): number {
    if (this.firstChar[node] === c) return this.firstChild[node]!;
    return this.more[node]?.get(c) ?? -1;
  }

  /**
   * Walk `key` from `from` (a word start) up to `to`. Writes into `ends`/`forms` every
   * position where a form ends on a word boundary, with its node's forms, shortest
   * first (callers try them longest first); returns how many. The arrays are the
   * caller's, reused across calls (resetting `length` per word start showed up in profiles).
   */
  walk(key: string, from: number, to: number, ends: number[], forms: number[][]): number {
    let node = 0;
    let count = 0;
    for (let p = from; p < to; p++) {
      const c = key.charCodeAt(p);
      const next = this.firstChar[node] === c ? this.firstChild[node]! : (this.more[node]?.get(c) ?? -1);
      if (next < 0) break;
      node = next;
      const term = this.terminal[node];
      if (term !== undefined && (p + 1 >= key.length || !isWordChar(key.charCodeAt(p + 1)))) {
        ends[count] = p + 1;
        forms[count] = term;
        count++;
      }
    }
    return count;
  }
}
