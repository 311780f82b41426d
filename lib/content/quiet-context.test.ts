// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from './quiet-context';

const WXT_EVENT_SUFFIX = 'wxt:content-script-started';

describe('quiet ContentScriptContext', () => {
  it('sends the page nothing when it starts: no document event, no window message', () => {
    const seen: string[] = [];
    const onDoc = vi.spyOn(document, 'dispatchEvent').mockImplementation((e) => (seen.push(e.type), true));
    const onPost = vi.spyOn(window, 'postMessage').mockImplementation(() => seen.push('postMessage'));
    new ContentScriptContext('content', {}, { extensionAlive: () => true, global: {} as typeof globalThis });
    onDoc.mockRestore();
    onPost.mockRestore();
    expect(seen, 'starting must not dispatch anything a page could listen for').toEqual([]);
  });

  it.each([
    { why: "WXT's started event with another messageId", detail: { contentScriptName: 'content', messageId: 'forged' } },
    { why: 'the same event with no detail', detail: null },
  ])('a page dispatching $why does not switch it off', ({ detail }) => {
    const ctx = new ContentScriptContext('content', {}, { extensionAlive: () => true, global: {} as typeof globalThis });
    for (const prefix of ['', 'abcdefghijklmnopabcdefghijklmnop:content:', 'silklens@silklens.invalid:content:']) {
      document.dispatchEvent(new CustomEvent(`${prefix}${WXT_EVENT_SUFFIX}`, { detail }));
    }
    window.postMessage({ type: WXT_EVENT_SUFFIX, contentScriptName: 'content', messageId: 'forged' }, '*');
    expect(ctx.isValid, 'only the extension itself may invalidate the context').toBe(true);
  });

  it('a newer copy of the script in the same isolated world stops the older one', () => {
    const global = {} as typeof globalThis;
    const older = new ContentScriptContext('content', {}, { extensionAlive: () => true, global });
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = new ContentScriptContext('content', {}, { extensionAlive: () => true, global });
    expect(stopped, 'the older copy tears down when a newer one starts').toHaveBeenCalledOnce();
    expect(newer.isValid, 'the newer copy keeps running').toBe(true);
  });

  it('an orphaned script (its extension reloaded or removed) invalidates itself', () => {
    vi.useFakeTimers();
    try {
      let alive = true;
      const ctx = new ContentScriptContext('content', {}, { extensionAlive: () => alive, global: {} as typeof globalThis });
      const stopped = vi.fn();
      ctx.onInvalidated(stopped);
      vi.advanceTimersByTime(60_000);
      expect(stopped, 'while the extension exists nothing happens').not.toHaveBeenCalled();
      alive = false;
      vi.advanceTimersByTime(10_000);
      expect(stopped, 'the periodic check notices the extension is gone').toHaveBeenCalledOnce();
      expect(ctx.isInvalid, 'and the context reports itself invalid').toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
