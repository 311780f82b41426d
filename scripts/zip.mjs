#!/usr/bin/env node
/**
 * `npm run zip`: the store uploads, in .output/:
 *   silk-lens-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons)
 *   silk-lens-<version>-firefox.zip   addons.mozilla.org (AMO)
 *   silk-lens-<version>-sources.zip   the source code AMO reviewers ask for
 * Each browser build is checked first (web-ext lint with warnings as errors for Firefox;
 * no test hook or page-visible signal in either content script).
 *
 * The sources archive is `git archive HEAD`: exactly the committed tree, so a private key
 * or note lying in the working copy can never ship to a reviewer, and so the archive is
 * the source of what was built. For that reason this refuses to run with uncommitted
 * changes (`--allow-dirty` builds anyway, for a local look, and says the archives are
 * not for upload).
 *
 * `npm run zip -- --verify` also rebuilds the Firefox build from the sources archive the
 * way a reviewer would (npm ci, then the build) in a temporary folder and compares it
 * file by file with the uploaded one.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const allowDirty = args.includes('--allow-dirty');
const verify = args.includes('--verify');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(what, cmd, cmdArgs, options = {}) {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, NO_UPDATE_NOTIFIER: '1', ...options.env } });
  if (r.status !== 0) {
    console.error(`\n✖ ${what} failed: no archives for upload.`);
    process.exit(r.status ?? 1);
  }
}

const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
if (dirty.status !== 0) {
  console.error('npm run zip needs a git checkout (the sources archive is `git archive HEAD`).');
  process.exit(1);
}
if (dirty.stdout.trim() && !allowDirty) {
  console.error(`Uncommitted changes:\n${dirty.stdout}\nCommit them first: the sources archive holds the committed tree only, so it would not match the build.\n(npm run zip -- --allow-dirty builds anyway, for a local look; do not upload those archives.)`);
  process.exit(1);
}

const out = join(root, '.output');
const chromeZip = join(out, `${name}-${version}-chrome.zip`);
const firefoxZip = join(out, `${name}-${version}-firefox.zip`);
const sourcesZip = join(out, `${name}-${version}-sources.zip`);
for (const f of [chromeZip, firefoxZip, sourcesZip]) if (existsSync(f)) unlinkSync(f);

run('Chrome: build and zip', npx, ['wxt', 'zip']);
run('Chrome content script: no test handle, no page-visible signal', process.execPath, ['scripts/check-production-bundle.mjs', '.output/chrome-mv3/content-scripts']);
// WXT writes its own sources zip next to the Firefox one; it is replaced below.
run('Firefox: build and zip', npx, ['wxt', 'zip', '-b', 'firefox', '--mv3']);
run('Firefox content script: no test handle, no page-visible signal', process.execPath, ['scripts/check-production-bundle.mjs', '.output/firefox-mv3/content-scripts']);
run('Firefox add-on lint (web-ext lint: no errors, no warnings)', npx, ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors', '--no-config-discovery']);
if (existsSync(sourcesZip)) unlinkSync(sourcesZip);
run('Sources for AMO review (git archive HEAD)', 'git', ['archive', '--format=zip', `--prefix=${name}-${version}/`, '-o', sourcesZip, 'HEAD']);

for (const f of [chromeZip, firefoxZip, sourcesZip]) {
  if (!existsSync(f)) {
    console.error(`✖ expected ${relative(root, f)} but it was not written.`);
    process.exit(1);
  }
}

if (verify) {
  const work = mkdtempSync(join(tmpdir(), 'silklens-review-'));
  const src = join(work, `${name}-${version}`);
  run('Reviewer rebuild: unpack the sources archive', 'unzip', ['-q', sourcesZip, '-d', work]);
  run('Reviewer rebuild: npm ci', 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: src });
  run('Reviewer rebuild: npx wxt build -b firefox --mv3', npx, ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: src });
  const differences = compareTrees(join(out, 'firefox-mv3'), join(src, '.output/firefox-mv3'));
  rmSync(work, { recursive: true, force: true });
  if (differences.length) {
    console.error(`\n✖ The build from the sources archive differs from the uploaded one:\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✔ The sources archive rebuilds the Firefox upload byte for byte.');
}

const size = (f) => `${Math.round(statSync(f).size / 1024)} kB`;
console.log(`\nReady for upload (${version}):`);
console.log(`  ${relative(root, chromeZip)}  ${size(chromeZip)}  Chrome Web Store / Edge Add-ons`);
console.log(`  ${relative(root, firefoxZip)}  ${size(firefoxZip)}  addons.mozilla.org`);
console.log(`  ${relative(root, sourcesZip)}  ${size(sourcesZip)}  AMO "source code" upload (build steps: README, Publishing)`);
if (allowDirty) console.log('\n(Built with --allow-dirty: these archives do not match a commit. Do not upload them.)');

function hashTree(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

function compareTrees(a, b) {
  const left = hashTree(a);
  const right = hashTree(b);
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.filter((n) => left.get(n) !== right.get(n)).map((n) => (!left.has(n) ? `${n}: only in the rebuild` : !right.has(n) ? `${n}: missing from the rebuild` : `${n}: content differs`));
}
