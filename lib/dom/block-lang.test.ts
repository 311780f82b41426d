// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockLang } from './block-lang';

describe('blockLang', () => {
  it.each([
    ['<html lang="kk"><body><p id="t">x</p></body></html>', 'kk', 'the page’s language'],
    ['<html lang="ru"><body><div lang="ky-KG"><p id="t">x</p></div></body></html>', 'ky', 'the nearest lang wins, primary subtag only'],
    ['<html lang="uz-Cyrl-UZ"><body><p id="t">x</p></body></html>', 'uz', 'script and region subtags dropped'],
    ['<html><body><p id="t">x</p></body></html>', undefined, 'nothing declared'],
    ['<html lang=""><body><p id="t">x</p></body></html>', undefined, 'an empty lang says nothing'],
    ['<html lang="not a language!"><body><p id="t">x</p></body></html>', undefined, 'junk is ignored'],
  ])('%s → %s (%s)', (html, expected, rule) => {
    document.open();
    document.write(html);
    document.close();
    expect(blockLang(document.getElementById('t')!), rule).toBe(expected);
  });

  it('reads through a shadow root to its host', () => {
    document.body.innerHTML = '<section lang="tg"><div id="host"></div></section>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    expect(blockLang(root), 'a shadow root takes its host’s language').toBe('tg');
  });
});
