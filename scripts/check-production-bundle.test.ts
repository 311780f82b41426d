import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'silklens-bundle-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return spawnSync(process.execPath, ['scripts/check-production-bundle.mjs', dir], { encoding: 'utf8' });
};

describe('check-production-bundle', () => {
  it.each([
    ['the test handle', 'globalThis.__silklensTest={stats}'],
    ['a page attribute', 'document.documentElement.dataset.silklensMentions=String(n)'],
    ['a performance mark', "performance.mark('silklens:scan')"],
    ["WXT's started event", 'x.dispatchEvent(new CustomEvent(id+":content:wxt:content-script-started"))'],
    ['a window message', 'window.postMessage({type:"started"},"*")'],
    ['petrovich (compile-time only)', 'var r={lastname:{},firstname:{},middlename:{}};'],
    ['the card UI (its top-layer host)', 'host.showPopover();'],
    ['Preact (the card UI)', 'if(k==="dangerouslySetInnerHTML")return;'],
    ['the page summary (page tools stage)', 'e.sort((a,b)=>a.name.localeCompare(b.name))'],
  ])('fails a bundle carrying %s', (_why, code) => {
    const r = run({ 'content.js': `let a=1;${code};` });
    expect(r.status, `the check exits 1 and names it: ${r.stderr}`).toBe(1);
  });

  it('passes a bundle with none of them (a MessageChannel port message is not a window message)', () => {
    const r = run({ 'content.js': 'const c=new MessageChannel;c.port2.postMessage(null);' });
    expect(r.status, r.stderr).toBe(0);
  });

  // Random bytes do not compress: base64 of n bytes gzips to about 4n/3 × 0.75 = n bytes.
  const incompressible = (bytes: number) => `var x="${randomBytes(bytes).toString('base64')}";`;

  it('fails a content script over the cap (33.3 KiB gzipped), naming its size', () => {
    const r = run({ 'content.js': incompressible(40 * 1024) });
    expect(r.status, 'a content script may not grow past the cap silently').toBe(1);
    expect(r.stderr, 'the message says how large it is and the cap').toMatch(/content\.js: \d+ bytes gzipped, over the 34099 allowed/);
  });

  it.each([
    ['a window message', 'window.postMessage({type:"card"},"*")'],
    ['the test handle', 'globalThis.__silklensTest={}'],
  ])('fails an injected card UI (card.js beside content-scripts/) carrying %s', (_why, code) => {
    const out = mkdtempSync(join(tmpdir(), 'silklens-build-'));
    mkdirSync(join(out, 'content-scripts'));
    writeFileSync(join(out, 'content-scripts', 'content.js'), 'let a=1;');
    writeFileSync(join(out, 'card.js'), `host.showPopover();${code};`);
    const r = spawnSync(process.execPath, ['scripts/check-production-bundle.mjs', join(out, 'content-scripts')], { encoding: 'utf8' });
    expect(r.status, 'the card UI runs in the same pages: the same signals are forbidden there').toBe(1);
    expect(r.stderr, 'named as the card UI').toMatch(/card\.js \(injected card UI\)/);
  });

  it.each([
    ['a window message', 'window.postMessage({type:"walk"},"*")', 1],
    ['the test handle', 'globalThis.__silklensTest={}', 1],
    ['nothing page-visible (the summary belongs here)', 'e.sort((a,b)=>a.name.localeCompare(b.name))', 0],
  ])('checks the injected page tools (page-tools.js beside content-scripts/) carrying %s', (_why, code, status) => {
    const out = mkdtempSync(join(tmpdir(), 'silklens-build-'));
    mkdirSync(join(out, 'content-scripts'));
    writeFileSync(join(out, 'content-scripts', 'content.js'), 'let a=1;');
    writeFileSync(join(out, 'page-tools.js'), `let t=1;${code};`);
    const r = spawnSync(process.execPath, ['scripts/check-production-bundle.mjs', join(out, 'content-scripts')], { encoding: 'utf8' });
    expect(r.status, `the page tools run in the same pages: the same signals are forbidden there (${r.stderr})`).toBe(status);
    if (status) expect(r.stderr, 'named as the page tools').toMatch(/page-tools\.js \(injected page tools\)/);
  });

  it('passes a content script just under the cap', () => {
    const r = run({ 'content.js': incompressible(28 * 1024) });
    expect(r.status, `under the cap passes: ${r.stderr}`).toBe(0);
  });
});
