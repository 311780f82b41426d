import { afterEach, describe, expect, it } from 'vitest';
import type { Painted } from '../dom/highlighter';
import type { PageMention } from '../dom/page-model';
import { KeyboardWalk } from './keyboard-walk';

const painted = (keys: string[]): Painted[] =>
  keys.map((key) => ({ mention: { key, text: key, start: 0, end: 1, entity: key, type: 'person', via: 'name' } as unknown as PageMention, range: {} as AbstractRange }));

let abort = new AbortController();
afterEach(() => abort.abort());

function setup(keys = ['a', 'b', 'c']) {
  abort = new AbortController();
  const opened: string[] = [];
  const walk = new KeyboardWalk({ ordered: () => painted(keys), open: (p) => opened.push(p.mention.key) }, abort.signal);
  return { opened, walk };
}

describe('KeyboardWalk', () => {
  it('walk(1) / walk(-1) step through mentions in order and wrap around', () => {
    const { opened, walk } = setup();
    walk.walk(1);
    walk.walk(1);
    walk.walk(1);
    walk.walk(1);
    walk.walk(-1);
    expect(opened, 'next, next, next, wrap to first, back to last').toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  it('one press that arrives both as the command and as the in-page key walks once', () => {
    const { opened, walk } = setup();
    walk.walk(1, 'command', 1000);
    walk.walk(1, 'key', 1040);
    expect(opened, 'the key 40 ms after the command is the same press').toEqual(['a']);
    walk.walk(1, 'key', 1300);
    walk.walk(1, 'key', 1320);
    expect(opened, 'two presses from the same path are two steps').toEqual(['a', 'b', 'c']);
  });

  it('returns false and opens nothing when the page has no mentions', () => {
    const { opened, walk } = setup([]);
    expect(walk.walk(1), 'nothing to walk to').toBe(false);
    expect(opened, 'no open without a mention').toEqual([]);
  });

  it('stops after abort', () => {
    const { opened, walk } = setup();
    abort.abort();
    expect(walk.walk(1), 'an aborted walk does nothing').toBe(false);
    expect(opened, 'and opens nothing').toEqual([]);
  });
});
