#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the demo page on localhost and open Chromium
 * (CHROME_PATH, /usr/bin/chromium, or a Chrome/Chromium on PATH) with the extension
 * loaded on it.
 * `npm start -- --firefox`: the same in Firefox (FIREFOX_PATH, /usr/bin/firefox-esr, or a
 * firefox on PATH; 140 or later), through `web-ext run`, which installs the build as a
 * temporary add-on in a fresh profile and reloads it when the build changes.
 * Without a display it says so and how to load the build by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const extension = join(root, firefox ? '.output/firefox-mv3' : '.output/chrome-mv3');
const demo = join(root, 'tests/fixtures/pages/briefing.html');

const build = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const manual = firefox
  ? `Load it by hand: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…" and choose\n  ${join(extension, 'manifest.json')}`
  : `Load it by hand: open chrome://extensions, switch on Developer mode, click "Load unpacked" and choose\n  ${extension}`;
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(`\nBuilt the extension, but there is no display here (no DISPLAY or WAYLAND_DISPLAY), so no browser can open.\n${manual}`);
  process.exit(0);
}

const onPath = (names) => names.map((c) => spawnSync('which', [c], { encoding: 'utf8' }).stdout.trim()).filter(Boolean);
const candidates = firefox
  ? [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).concat(onPath(['firefox-esr', 'firefox']))
  : [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-for-testing'].filter(Boolean).concat(onPath(['chromium', 'chromium-browser']));
const browser = candidates.find((c) => existsSync(c));
if (!browser) {
  const hint = firefox ? 'set FIREFOX_PATH to a Firefox 140 or later' : 'set CHROME_PATH; branded Chrome 137+ ignores --load-extension';
  console.log(`\nBuilt the extension, but found no ${firefox ? 'Firefox' : 'Chromium'} (${hint}).\n${manual}`);
  process.exit(0);
}

const page = readFileSync(demo);
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/briefing.html`;
  console.log(`\nDemo page: ${url}\nOpening ${browser} with Silk Lens loaded. Close the browser to stop.`);
  const child = firefox
    ? spawn('npx', ['web-ext', 'run', '--no-config-discovery', '--source-dir', extension, '--firefox', browser, '--start-url', url], {
        stdio: 'inherit', cwd: root, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      })
    : spawn(browser, [
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'silklens-start-'))}`,
        '--no-first-run', '--no-default-browser-check',
        // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, url,
      ], { stdio: 'inherit' });
  child.on('exit', () => server.close());
});
