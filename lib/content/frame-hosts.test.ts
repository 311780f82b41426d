import { describe, expect, it } from 'vitest';
import { frameHosts } from './frame-hosts';

type FakeWin = { location: { hostname: string; ancestorOrigins?: { length: number; item(i: number): string | null } }; top: unknown };

function win(hostname: string, top: 'self' | { hostname: string } | 'cross-origin', ancestors?: string[]): Window {
  const w: FakeWin = { location: { hostname }, top: null };
  if (ancestors) w.location.ancestorOrigins = { length: ancestors.length, item: (i) => ancestors[i] ?? null };
  if (top === 'self') w.top = w;
  else if (top === 'cross-origin') w.top = { get location(): never { throw new DOMException('Blocked a frame', 'SecurityError'); } };
  else w.top = { location: { hostname: top.hostname } };
  return w as unknown as Window;
}

describe('frameHosts', () => {
  it.each([
    { why: 'the top frame: its own host', w: win('news.example', 'self'), hosts: ['news.example'] },
    { why: 'a same-origin frame: own and top host', w: win('news.example', { hostname: 'news.example' }), hosts: ['news.example', 'news.example'] },
    { why: 'an about:blank frame (no host): the top host', w: win('', { hostname: 'news.example' }), hosts: ['news.example'] },
    { why: 'a cross-origin frame in Chromium: the top host from ancestorOrigins', w: win('ads.example', 'cross-origin', ['https://mid.example', 'https://news.example']), hosts: ['ads.example', 'news.example'] },
    { why: 'a cross-origin frame with no way to know the top: null (callers fail closed)', w: win('ads.example', 'cross-origin'), hosts: null },
  ])('$why', ({ w, hosts }) => {
    expect(frameHosts(w), 'a switched-off site stays off in its frames').toEqual(hosts);
  });
});
