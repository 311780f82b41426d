#!/usr/bin/env node
/**
 * Context boundaries (.dependency-cruiser.cjs): lib never imports UI, only the
 * background holds the fact base, content code never sees it, lib/match is pure.
 * Run from the repository (npm test) or from a fixture tree (its test); exits non-zero
 * on any violation and prints each one with its rule.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirs = ['lib', 'components', 'entrypoints'].filter((d) => existsSync(d));
const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'depcruise.cmd' : 'depcruise');
const r = spawnSync(bin, [...dirs, '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'err'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
