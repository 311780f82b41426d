import { describe, expect, it } from 'vitest';
import { inflectTajik } from './inflect-tajik';

describe('Tajik forms', () => {
  it.each([
    ['Раҳмон', false, ['Раҳмонро'], 'definite object -ро; no izofa on persons'],
    ['Эмомалӣ', false, ['Эмомалиро'], 'final ӣ shortens to и before a suffix'],
    ['Тоҷикистон', true, ['Тоҷикистонро', 'Тоҷикистони'], 'places take -ро and the izofa -и'],
    ['Ҷумҳурӣ', true, ['Ҷумҳуриро', 'Ҷумҳурии'], 'ӣ → и, then izofa -и'],
    ['Душанбе', true, ['Душанберо', 'Душанбеи'], 'vowel-final: -ро and -и attach directly'],
  ] as const)('%s', (base, izofa, expected, rule) => {
    expect(inflectTajik(base, { izofa }).map((f) => f.text), rule).toEqual(expected);
  });

  it('does not generate plurals (-ҳо, -он)', () => {
    expect(inflectTajik('Тоҷикистон', { izofa: true }).some((f) => /(ҳо|он)$/u.test(f.text) && f.text !== 'Тоҷикистон'), 'no plural').toBe(false);
  });
});
