import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(__dirname, 'check-boundaries.mjs');
const run = (fixture: string) => spawnSync(process.execPath, [script], { cwd: join(__dirname, 'fixtures', 'boundaries', fixture), encoding: 'utf8' });

describe('check-boundaries', () => {
  it('fails on a tree that breaks every rule, naming each rule', () => {
    const r = run('bad');
    expect(r.status, 'a violation makes npm test fail').not.toBe(0);
    for (const rule of ['one-writer', 'content-has-no-store', 'lib-imports-no-ui', 'match-is-pure-unresolvable', 'aliases-resolve']) {
      expect(r.stdout, `the rule ${rule} fires on its fixture`).toContain(`error ${rule}:`);
    }
    expect(r.stdout, 'the options page may not import the store through the @/ alias').toContain('components/options/Panel.tsx → lib/factbase/db.ts');
  });

  it('passes a tree where only the background holds the store', () => {
    const r = run('good');
    expect(r.status, `a clean tree passes (so the failure above is the rules, not the setup): ${r.stdout}${r.stderr}`).toBe(0);
  });
});
