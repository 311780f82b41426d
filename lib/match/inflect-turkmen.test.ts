import { describe, expect, it } from 'vitest';
import { inflectTurkmen } from './inflect-turkmen';

const forms = (base: string, possessive = false) => Object.fromEntries(inflectTurkmen(base, { possessive }).map((f) => [f.grammar, f.text]));

const TURKMEN: [string, boolean, Record<string, string | undefined>, string][] = [
  ['Türkmenistan', false, { genitive: 'Türkmenistanyň', dative: 'Türkmenistana', accusative: 'Türkmenistany', locative: 'Türkmenistanda', ablative: 'Türkmenistandan' }, 'consonant-final, back harmony'],
  ['Berdimuhamedow', false, { genitive: 'Berdimuhamedowyň', dative: 'Berdimuhamedowa', accusative: 'Berdimuhamedowy', locative: 'Berdimuhamedowda' }, 'harmony from the last vowel o'],
  ['Aşgabat', false, { genitive: 'Aşgabadyň', dative: 'Aşgabada', accusative: 'Aşgabady', locative: 'Aşgabatda', ablative: 'Aşgabatdan' }, 'final t of a many-syllable stem turns d before a vowel ending only'],
  ['Türkmenbaşy', false, { dative: 'Türkmenbaşa', genitive: 'Türkmenbaşynyň', accusative: 'Türkmenbaşyny', locative: 'Türkmenbaşyda' }, 'vowel-final: the dative replaces the final vowel'],
  ['Gök Depe', false, { dative: 'Gök Depä', genitive: 'Gök Depeniň' }, 'front vowel-final: e → ä in the dative'],
  ['Begmedowa', false, { dative: undefined, genitive: 'Begmedowanyň', locative: 'Begmedowada' }, 'a final a stays: no separate dative is generated'],
  ['Halk Maslahaty', true, { genitive: 'Halk Maslahatynyň', dative: 'Halk Maslahatyna', accusative: 'Halk Maslahatyny', locative: 'Halk Maslahatynda', ablative: 'Halk Maslahatyndan' }, 'after a 3rd-person possessive: n-endings'],
  ['Gül', false, { genitive: 'Gülüň', accusative: 'Gülü', dative: 'Güle' }, 'one-syllable rounded stem: rounded high vowel'],
];

describe('Turkmen case forms', () => {
  it.each(TURKMEN)('%s', (base, possessive, expected, rule) => {
    const got = forms(base, possessive);
    for (const [grammar, text] of Object.entries(expected)) expect(got[grammar], rule).toBe(text);
  });
});
