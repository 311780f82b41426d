import { describe, expect, it } from 'vitest';
import { inflectTajik } from './inflect-tajik';

describe('Tajik forms', () => {
  it.each([
    ['Раҳмон', ['Раҳмонро'], 'definite object -ро'],
    ['Эмомалӣ Раҳмон', ['Эмомалӣ Раҳмонро'], 'only the last word takes -ро'],
    ['Эмомалӣ', ['Эмомалиро'], 'final ӣ shortens to и before a suffix'],
    ['Душанбе', ['Душанберо'], 'vowel-final: -ро attaches directly'],
  ] as const)('%s', (base, expected, rule) => {
    expect(inflectTajik(base).map((f) => f.text), rule).toEqual(expected);
  });

  it('does not generate the izofa -и (it folds together with the adjective -ӣ: тоҷикистонӣ) or plurals', () => {
    const texts = inflectTajik('Тоҷикистон').map((f) => f.text);
    expect(texts, 'only -ро').toEqual(['Тоҷикистонро']);
  });
});
