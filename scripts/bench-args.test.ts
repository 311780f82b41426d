import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-args';

describe('npm run bench options', () => {
  it('defaults to the full grid of issue 14: four bases, three sizes, both languages and densities, 5 runs', () => {
    const a = parseBenchArgs([]);
    expect(a.bases, 'every fact base by default').toEqual(['bundled', '10k', '50k', '200k']);
    expect(a.sizes, 'every page size by default').toEqual(['100k', '1m', '5m']);
    expect([a.langs, a.densities], 'both languages and densities by default').toEqual([['en', 'ru'], ['dense', 'sparse']]);
    expect([a.runs, a.capMs, a.out, a.json], 'medians of 5, mark.js capped at 60 s, no file, tables').toEqual([5, 60_000, null, false]);
  });

  it.each([
    { argv: ['--bases', '200k,bundled'], key: 'bases', want: ['bundled', '200k'], rule: 'bases run small to large whatever the typed order (the mark.js cap record needs it)' },
    { argv: ['--pages', '5m,100k'], key: 'sizes', want: ['100k', '5m'], rule: 'pages run small to large whatever the typed order' },
    { argv: ['--runs', '2'], key: 'runs', want: 2, rule: 'fewer runs for a quick check' },
    { argv: ['--runs', '0'], key: 'runs', want: 1, rule: 'at least one run' },
    { argv: ['--runs', '7'], key: 'markjsRuns', want: 7, rule: 'mark.js runs as often as Silk Lens unless told' },
    { argv: ['--runs', '5', '--markjs-runs', '3'], key: 'markjsRuns', want: 3, rule: 'mark.js runs can be fewer than Silk Lens runs' },
    { argv: ['--page-timeout', '30'], key: 'pageTimeoutMs', want: 30_000, rule: 'the page timeout is given in seconds' },
    { argv: ['--out', '/tmp/x.json', '--json'], key: 'out', want: '/tmp/x.json', rule: '--out takes a path' },
  ] as const)('$rule', ({ argv, key, want, rule }) => expect(parseBenchArgs(argv)[key], rule).toEqual(want));

  it.each([
    { argv: ['--bases', '20k'], error: /--bases takes a comma list of bundled, 10k, 50k, 200k; got 20k/, rule: 'an unknown base stops the run' },
    { argv: ['--bases', ','], error: /--bases takes a comma list/, rule: 'an empty list stops the run' },
    { argv: ['--bases'], error: /--bases needs a value/, rule: 'a missing value stops the run' },
    { argv: ['--out', '--json'], error: /--out needs a value/, rule: 'an option is not taken as a value' },
    { argv: ['--runs', 'five'], error: /--runs takes a number ≥ 0; got five/, rule: 'a count must be a number' },
    { argv: ['--cap-ms', '-1'], error: /--cap-ms takes a number ≥ 0/, rule: 'no negative cap' },
    { argv: ['--base', 'bundled'], error: /unknown option --base/, rule: 'a misspelt option stops the run instead of running the full grid' },
  ])('$rule', ({ argv, error, rule }) => expect(() => parseBenchArgs(argv), rule).toThrow(error));
});
