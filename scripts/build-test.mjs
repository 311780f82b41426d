#!/usr/bin/env node
/**
 * `npm run build:test`: the Chrome build the browser tests and benchmarks drive. It is the
 * production build plus one thing: the content script keeps a test handle
 * (`globalThis.__silklensTest`: page stats and the card's closed shadow root) in its
 * isolated world, which tests/e2e/content-world.ts reads over the DevTools protocol. Page
 * script cannot reach that world, but a production build does not carry it at all.
 */
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['wxt', 'build', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, WXT_TEST_HANDLE: '1' } });
process.exit(r.status ?? 1);
