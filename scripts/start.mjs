#!/usr/bin/env node
/**
 * `npm start`: build the extension, serve the demo page on localhost and open
 * Chromium (CHROME_PATH, /usr/bin/chromium, or a Chrome/Chromium on PATH) with the
 * extension loaded on it. Without a display it says so and how to load by hand.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
const demo = join(root, 'tests/fixtures/pages/briefing.html');

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const manual = `Load it by hand: open chrome://extensions, switch on Developer mode, click "Load unpacked" and choose\n  ${extension}`;
const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log(`\nBuilt the extension, but there is no display here (no DISPLAY or WAYLAND_DISPLAY), so no browser can open.\n${manual}`);
  process.exit(0);
}

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-for-testing']
  .filter(Boolean)
  .concat(['chromium', 'chromium-browser'].map((c) => spawnSync('which', [c], { encoding: 'utf8' }).stdout.trim()).filter(Boolean));
const browser = candidates.find((c) => existsSync(c));
if (!browser) {
  console.log(`\nBuilt the extension, but found no Chromium (set CHROME_PATH; branded Chrome 137+ ignores --load-extension).\n${manual}`);
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
  const child = spawn(browser, [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'silklens-start-'))}`,
    '--no-first-run', '--no-default-browser-check',
    // Chromium refuses to start as root (containers, CI boxes) unless its sandbox is off.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, url,
  ], { stdio: 'inherit' });
  child.on('exit', () => server.close());
});
