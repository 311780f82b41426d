import { describe, expect, it } from 'vitest';
import { downloadWithPermission, type DownloadFlowDeps } from './download-flow';
import type { PdfBytesResult } from './fetch-pdf';

const PDF: PdfBytesResult = { ok: true, bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) };
const NETWORK: PdfBytesResult = { ok: false, error: { kind: 'network', detail: 'Failed to fetch' } };
const NOT_FOUND: PdfBytesResult = { ok: false, error: { kind: 'http', status: 404 } };

/** A scripted browser: downloads answer in turn; the prompt answers `prompt`. */
function script(downloads: PdfBytesResult[], o: { has?: boolean; prompt?: boolean | 'no-gesture' } = {}) {
  const log: string[] = [];
  const deps: DownloadFlowDeps = {
    async download() {
      log.push('download');
      return downloads.shift()!;
    },
    async hasOrigin() {
      log.push('contains');
      return o.has ?? false;
    },
    async requestOrigin() {
      log.push('request');
      if (o.prompt === 'no-gesture') throw new Error('This function must be called during a user gesture');
      return o.prompt ?? false;
    },
    onAsking: () => log.push('asking'),
  };
  return { deps, log };
}

describe('downloadWithPermission', () => {
  it.each([
    ['a readable origin downloads with no prompt', [PDF], {}, false, PDF, ['download']],
    ['an HTTP error is final: a permission would not change it', [NOT_FOUND], {}, false, NOT_FOUND, ['download']],
    ['a network failure on a granted origin is a network failure', [NETWORK], { has: true }, false, NETWORK, ['download', 'contains']],
    ['a blocked origin is asked for once, then downloaded', [NETWORK, PDF], { prompt: true }, false, PDF, ['download', 'contains', 'asking', 'request', 'download']],
    ['a refused prompt downloads nothing more', [NETWORK], { prompt: false }, false, { ok: false, permission: 'denied' }, ['download', 'contains', 'asking', 'request']],
    ['an expired gesture is told apart from a refusal', [NETWORK], { prompt: 'no-gesture' }, false, { ok: false, permission: 'unavailable' }, ['download', 'contains', 'asking', 'request']],
    ['after that, the next click asks before downloading', [PDF], { prompt: true }, true, PDF, ['asking', 'request', 'download']],
  ] as const)('%s', async (_rule, downloads, o, askFirst, expected, steps) => {
    const { deps, log } = script([...downloads], o);
    expect(await downloadWithPermission(deps, askFirst), _rule).toEqual(expected);
    expect(log, `${_rule}: steps`).toEqual(steps);
  });
});
