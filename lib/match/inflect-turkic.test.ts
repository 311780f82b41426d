import { describe, expect, it } from 'vitest';
import { inflectKazakh, inflectKyrgyz, type NationalForm } from './inflect-turkic';

const byGrammar = (forms: NationalForm[]) => {
  const out: Record<string, string[]> = {};
  for (const f of forms) (out[f.grammar] ??= []).push(f.text);
  return out;
};

// Kazakh: base → expected forms, from the rules cited in inflect-turkic.ts.
const KAZAKH: [string, boolean, Record<string, string>, string][] = [
  ['Астана', false, { genitive: 'Астананың', dative: 'Астанаға', accusative: 'Астананы', locative: 'Астанада', ablative: 'Астанадан', instrumental: 'Астанамен' }, 'vowel-final back stem: н-genitive, ға, ны, да, дан, мен'],
  ['Қазақстан', false, { genitive: 'Қазақстанның', dative: 'Қазақстанға', accusative: 'Қазақстанды', locative: 'Қазақстанда', ablative: 'Қазақстаннан', instrumental: 'Қазақстанмен' }, 'after н: nasal genitive and ablative (-ның, -нан), д-accusative'],
  ['Тоқаев', false, { genitive: 'Тоқаевтың', dative: 'Тоқаевқа', accusative: 'Тоқаевты', locative: 'Тоқаевта', ablative: 'Тоқаевтан', instrumental: 'Тоқаевпен' }, 'final в counts as voiceless: т-/қ-/п- endings'],
  ['Бишкек', false, { genitive: 'Бишкектің', dative: 'Бишкекке', accusative: 'Бишкекті', locative: 'Бишкекте', ablative: 'Бишкектен', instrumental: 'Бишкекпен' }, 'front stem, voiceless final'],
  ['Маңғыстау', false, { genitive: 'Маңғыстаудың', dative: 'Маңғыстауға', accusative: 'Маңғыстауды', locative: 'Маңғыстауда', ablative: 'Маңғыстаудан', instrumental: 'Маңғыстаумен' }, 'final у is a sonorant consonant: д-genitive'],
  ['Маңғыстау облысы', true, { genitive: 'Маңғыстау облысының', dative: 'Маңғыстау облысына', accusative: 'Маңғыстау облысын', locative: 'Маңғыстау облысында', ablative: 'Маңғыстау облысынан', instrumental: 'Маңғыстау облысымен' }, 'after a 3rd-person possessive: pronominal н'],
  ['Игорь', false, { genitive: 'Игорьдің', dative: 'Игорьге' }, 'a final soft sign is silent: the р before it decides'],
  ['Қыз', false, { genitive: 'Қыздың', dative: 'Қызға', accusative: 'Қызды', locative: 'Қызда', ablative: 'Қыздан', instrumental: 'Қызбен' }, 'after з: д-genitive, бен-instrumental'],
];

describe('Kazakh case forms', () => {
  it.each(KAZAKH)('%s', (base, possessive, expected, rule) => {
    const forms = byGrammar(inflectKazakh(base, { possessive }));
    for (const [grammar, text] of Object.entries(expected)) expect(forms[grammar], rule).toContain(text);
  });

  it('a Russian-style surname takes the harmony of its Kazakh stem and of its own suffix (usage varies)', () => {
    const genitives = byGrammar(inflectKazakh('Бектенов', { possessive: false })).genitive;
    expect(genitives, 'front stem Бектен- and back suffix -ов both seen').toEqual(expect.arrayContaining(['Бектеновтің', 'Бектеновтың']));
  });

  it('only the last word of a name takes the ending', () => {
    expect(byGrammar(inflectKazakh('Қасым-Жомарт Тоқаев', { possessive: false })).dative, 'first names stay as they are').toContain('Қасым-Жомарт Тоқаевқа');
  });

  it('does not generate plural or 1st/2nd-person possessive forms', () => {
    const texts = inflectKazakh('Астана', { possessive: false }).map((f) => f.text);
    const unwanted = ['Астаналар', 'Астанасы', 'Астанам', 'Астанаң'];
    expect(texts.filter((t) => unwanted.includes(t)), 'no -лар, -сы, -м, -ң forms').toEqual([]);
  });
});

const KYRGYZ: [string, boolean, Record<string, string>, string][] = [
  ['Жапаров', false, { genitive: 'Жапаровдун', dative: 'Жапаровго', accusative: 'Жапаровду', locative: 'Жапаровдо', ablative: 'Жапаровдон' }, 'last vowel о: rounded у/о; voiced в: д-endings'],
  ['Бишкек', false, { genitive: 'Бишкектин', dative: 'Бишкекке', accusative: 'Бишкекти', locative: 'Бишкекте', ablative: 'Бишкектен' }, 'front stem, voiceless final: т-/к-endings'],
  ['Ош', false, { genitive: 'Оштун', dative: 'Ошко', accusative: 'Ошту', locative: 'Ошто', ablative: 'Оштон' }, 'о-stem with voiceless ш'],
  ['Кыргызстан', false, { genitive: 'Кыргызстандын', dative: 'Кыргызстанга', accusative: 'Кыргызстанды', locative: 'Кыргызстанда', ablative: 'Кыргызстандан' }, 'after н: д-endings (no nasal ablative, unlike Kazakh)'],
  ['Кумтөр', false, { genitive: 'Кумтөрдүн', dative: 'Кумтөргө', accusative: 'Кумтөрдү', locative: 'Кумтөрдө', ablative: 'Кумтөрдөн' }, 'front rounded ө: ү/ө'],
  ['Москва', false, { genitive: 'Москванын', dative: 'Москвага', accusative: 'Москваны', locative: 'Москвада', ablative: 'Москвадан' }, 'vowel-final: н-genitive and accusative'],
  ['Баткен облусу', true, { genitive: 'Баткен облусунун', dative: 'Баткен облусуна', accusative: 'Баткен облусун', locative: 'Баткен облусунда', ablative: 'Баткен облусунан' }, 'after a 3rd-person possessive: pronominal н'],
];

describe('Kyrgyz case forms', () => {
  it.each(KYRGYZ)('%s', (base, possessive, expected, rule) => {
    const forms = byGrammar(inflectKyrgyz(base, { possessive }));
    for (const [grammar, text] of Object.entries(expected)) expect(forms[grammar], rule).toEqual([text]);
  });

  it('has no instrumental suffix (менен is written as a separate word)', () => {
    expect(inflectKyrgyz('Ош', { possessive: false }).some((f) => f.grammar === 'instrumental'), 'no instrumental').toBe(false);
  });
});
