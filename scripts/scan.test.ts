import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });

describe('npm run scan', () => {
  it('prints one JSON object per mention with file, entity, name, type, text, start, end', () => {
    const r = run('--json', 'tests/fixtures/pages/briefing.html');
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      expect(Object.keys(row).slice(0, 7)).toEqual(['file', 'entity', 'name', 'type', 'text', 'start', 'end']);
      expect(row.end as number).toBeGreaterThan(row.start as number);
    }
    expect(rows.some((r) => r.entity === 'kassym-jomart-tokayev' && r.text === 'Kassym-Jomart Tokayev')).toBe(true);
    expect(rows.some((r) => r.text === 'Токаеве'), 'Russian case forms').toBe(true);
    expect(rows.filter((r) => r.text === 'Tokayev'), 'text hidden by the page stylesheet is not a mention').toEqual([]);
  });

  it('reports candidates when a surname alone is ambiguous', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Japarov said nothing new today.');
    const r = run('--json', file);
    expect(r.status, r.stderr).toBe(0);
    const row = JSON.parse(r.stdout.trim().split('\n')[0]!) as { entity: string | null; candidates?: string[] };
    expect(row.candidates?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(row.entity, 'no confident answer when the text does not say which Japarov').toBeNull();
  });

  it.each([
    { why: 'no files: usage, exit 2', args: [], status: 2, err: /usage/ },
    { why: 'unknown option: exit 2', args: ['--frobnicate', 'x.txt'], status: 2, err: /unknown option/ },
    { why: 'a broken pack is refused with its errors', args: ['--pack', 'package.json', 'x.txt'], status: 2, err: /invalid/ },
    { why: 'a missing file is reported and the exit code is 1', args: ['does-not-exist.html'], status: 1, err: /does-not-exist/ },
  ])('$why', ({ args, status, err }) => {
    const r = run(...args);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(err);
  });
});
