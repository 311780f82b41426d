#!/usr/bin/env node
/**
 * `npm test`: everything, in the order a failure is cheapest to read.
 *   1. prerequisites (Chromium and Firefox for the browser tests: stop and say so, never skip)
 *   2. typecheck, context boundaries  3. pack build check + lint  4. unit tests (vitest)
 *   5. build the extension (Chrome test build, then Firefox)  6. browser tests (playwright-core + Chromium)
 *   7. Firefox: add-on lint (web-ext lint, no errors and no warnings), its content script
 *      checked for page-visible signals, browser tests (puppeteer-core + firefox-esr over WebDriver BiDi)
 *   8. production Chrome build, checked for test hooks and page-visible signals
 * Ends with one line `N passed, N failed` (tests across all suites).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`\nSilk Lens tests need Chromium for the browser tests, and none was found at ${chrome}.`);
  console.error('Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome for Testing binary.\n');
  process.exit(1);
}
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.error(`\nSilk Lens tests need Firefox for the Firefox browser tests, and none was found at ${firefox}.`);
  console.error('Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox 140 or later.\n');
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'silklens-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args, { countAs } = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (countAs) {
    const counted = countVitest(countAs);
    passed += counted.passed;
    failed += counted.failed;
    if (r.status !== 0 && counted.failed === 0) {
      failed += 1; // the runner failed outside any test (collect error, crash)
      failures.push(name);
    } else if (counted.failed) failures.push(name);
  } else if (r.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return r.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A test file that fails to load has no failed test in it: count it once.
  const brokenFiles = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + brokenFiles };
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
step('typecheck (tsc --noEmit)', npx, ['tsc', '--noEmit']);
step('context boundaries (dependency-cruiser)', process.execPath, ['scripts/check-boundaries.mjs']);
step('bundled pack is built from its fragments', npx, ['tsx', 'scripts/build-pack.ts', '--check']);
if (existsSync('scripts/lint-pack.ts')) step('pack lint', npx, ['tsx', 'scripts/lint-pack.ts']);
step('unit tests (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'unit.json')}`], { countAs: join(out, 'unit.json') });
// The browser tests drive a test build: the production build plus an isolated-world
// handle they read over CDP (scripts/build-test.mjs). The production build comes last,
// is checked to carry no hook or page-visible signal, and is what .output/ holds after.
const built = step('build the extension for the browser tests (wxt build + test handle)', process.execPath, ['scripts/build-test.mjs']);
const builtFirefox = step('build for Firefox (MV3)', npx, ['wxt', 'build', '-b', 'firefox', '--mv3']);
if (built) {
  step('browser tests (Chromium + built extension)', npx, ['vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'e2e.json')}`], { countAs: join(out, 'e2e.json') });
} else {
  failed += 1;
  failures.push('browser tests (not run: build failed)');
}
if (builtFirefox) {
  // What addons.mozilla.org runs on upload; a warning fails too (no innerHTML, a minimum
  // Firefox version that has every manifest key). NO_UPDATE_NOTIFIER: no registry check.
  process.env.NO_UPDATE_NOTIFIER = '1';
  step('Firefox add-on lint (web-ext lint: no errors, no warnings)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors', '--no-config-discovery']);
  step('Firefox content script: no test handle, no page-visible signal', process.execPath, ['scripts/check-production-bundle.mjs', '.output/firefox-mv3/content-scripts']);
  const started = Date.now();
  step('browser tests (Firefox + built extension)', npx, ['vitest', 'run', '-c', 'vitest.firefox.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'firefox.json')}`], { countAs: join(out, 'firefox.json') });
  console.log(`Firefox browser tests took ${Math.round((Date.now() - started) / 1000)} s.`);
} else {
  failed += 1;
  failures.push('Firefox lint and browser tests (not run: Firefox build failed)');
}
if (step('production build (wxt build)', npx, ['wxt', 'build'])) {
  step('production content script: no test handle, no page-visible signal', process.execPath, ['scripts/check-production-bundle.mjs']);
}
rmSync(out, { recursive: true, force: true });

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
