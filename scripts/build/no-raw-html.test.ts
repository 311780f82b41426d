import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { stripRawHtml } from './no-raw-html';

describe('stripRawHtml', () => {
  const cases: { name: string; code: string; ok: boolean; rule: string }[] = [
    { name: 'minified assignment and read', code: 'h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[]):0', ok: true, rule: 'the assignment and the read both go' },
    { name: 'spaced assignment', code: 'if (a) { dom.innerHTML = newHtml.__html; }', ok: true, rule: 'whitespace around = does not hide the assignment' },
    { name: 'no innerHTML at all', code: 'export const x = 1;', ok: false, rule: 'a module without the assignment is an error (the rewrite must not silently do nothing)' },
    { name: 'assignment of something else', code: 'el.innerHTML = userText;', ok: false, rule: 'an innerHTML write that is not the __html path is left and reported' },
    { name: 'comparison only', code: 'if (el.innerHTML == y.__html) go();', ok: false, rule: 'a comparison is not counted as the assignment' },
  ];
  it.each(cases)('$name', ({ code, ok, rule }) => {
    const r = stripRawHtml(code);
    expect(r.ok, rule).toBe(ok);
    if (r.ok) {
      expect(r.code, `${rule}: no innerHTML left`).not.toContain('innerHTML');
      expect(r.code, `${rule}: the raw-HTML path throws`).toContain('throw new Error');
    }
  });

  it('rewrites the Preact build this project bundles', () => {
    const file = createRequire(import.meta.url).resolve('preact');
    const r = stripRawHtml(readFileSync(file, 'utf8'));
    expect(r.ok, `the installed Preact (${file}) must still have exactly the shape the plugin removes`).toBe(true);
  });
});
