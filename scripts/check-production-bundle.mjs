#!/usr/bin/env node
/**
 * The production content script must carry nothing a page could use to detect or drive
 * Silk Lens, and no test hook (docs/privacy.md): checks the built bundle's text.
 * Run after `wxt build` (not build:test). Exit 1 naming what was found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/chrome-mv3/content-scripts';
const FORBIDDEN = [
  ['__silklensTest', 'the test handle (test builds only)'],
  ['silklensMentions', 'a data-silklens-* attribute on the page'],
  ['performance.mark', 'a performance mark the page can read'],
  ['performance.measure', 'a performance measure the page can read'],
  ['content-script-started', "WXT's page-visible started event"],
  ['window.postMessage', 'a window message the page can read'],
  ['parent.postMessage', 'a window message the page can read'],
];
let bad = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const [needle, why] of FORBIDDEN) {
    if (text.includes(needle)) {
      console.error(`${file}: contains "${needle}" (${why})`);
      bad++;
    }
  }
}
if (bad) process.exit(1);
console.log(`production content scripts in ${dir}: none of ${FORBIDDEN.length} page-visible signals or test hooks`);
