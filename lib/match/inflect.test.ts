import { describe, expect, it } from 'vitest';
import { declineByCase, inflectRussian } from './inflect';

describe('inflectRussian: every case form of a Cyrillic name', () => {
  it.each([
    ['Токаев', 'person', 'm', ['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Токаеве']],
    ['Мирзиёев', 'person', 'm', ['Мирзиёева', 'Мирзиёеву', 'Мирзиёевым', 'Мирзиёеве']],
    ['Мирзиёева', 'person', 'f', ['Мирзиёева', 'Мирзиёевой', 'Мирзиёеву']],
    ['Рахмон', 'person', 'm', ['Рахмона', 'Рахмону', 'Рахмоном']],
    ['Касым-Жомарт Токаев', 'person', 'm', ['Касым-Жомарта Токаева', 'Касыма-Жомарта Токаева', 'Касым-Жомартом Токаевым']],
    ['Садыр Жапаров', 'person', 'm', ['Садыра Жапарова', 'Садыру Жапарову']],
    ['Казахстан', 'country', undefined, ['Казахстана', 'Казахстану', 'Казахстаном', 'Казахстане']],
    ['Киргизия', 'country', undefined, ['Киргизии', 'Киргизию', 'Киргизией']],
    ['Горно-Бадахшанская автономная область', 'region', undefined, ['Горно-Бадахшанской автономной области', 'Горно-Бадахшанскую автономную область', 'Горно-Бадахшанской автономной областью']],
    ['Евразийский экономический союз', 'organization', undefined, ['Евразийского экономического союза', 'Евразийским экономическим союзом', 'Евразийском экономическом союзе']],
    ['Государственный комитет национальной безопасности', 'organization', undefined, ['Государственного комитета национальной безопасности']],
    ['Жогорку Кенеш', 'organization', undefined, ['Жогорку Кенеша', 'Жогорку Кенеше']],
    ['Андижанские события', 'event', undefined, ['Андижанских событий', 'Андижанскими событиями']],
    ['Республика Казахстан', 'country', undefined, ['Республики Казахстан', 'Республикой Казахстан']],
  ] as const)('%s (%s)', (form, type, gender, expected) => {
    const forms = inflectRussian(form, { type, ...(gender ? { gender } : {}) });
    expect(forms[0], 'the nominative comes first').toBe(form);
    for (const f of expected) expect(forms, `missing ${f}`).toContain(f);
  });

  it.each([
    ['GBAO', 'Latin text is returned as is'],
    ['ГКНБ', 'acronyms are not declined'],
  ])('%s: %s', (form) => {
    expect(inflectRussian(form, { type: 'organization' })).toEqual([form]);
    expect(inflectRussian(form, { type: 'person' })).toEqual([form]);
  });

  it('an indeclinable name (Эмомали) still yields itself', () => {
    expect(inflectRussian('Эмомали', { type: 'person', gender: 'm' })).toContain('Эмомали');
  });

  it('a female surname is declined as female even without a gender (by its ending)', () => {
    expect(inflectRussian('Ачилова', { type: 'person' })).toContain('Ачиловой');
  });

  it('groups forms by case, six cases', () => {
    const byCase = declineByCase('Казахстан', { type: 'country' });
    expect(byCase).toHaveLength(6);
    expect(byCase[1]).toEqual(['Казахстана']);
  });

  it('extra whitespace does not produce odd forms', () => {
    expect(inflectRussian('  Казахстан  ', { type: 'country' })[0]).toBe('Казахстан');
  });
});

describe('first names left undeclined', () => {
  it('also yields the form with only the surname declined ("Айгуль Овновой", "Нурсултан Назарбаева")', () => {
    expect(inflectRussian('Айгуль Овнова', { type: 'person', gender: 'f' })).toContain('Айгуль Овновой');
    expect(inflectRussian('Нурсултан Назарбаев', { type: 'person', gender: 'm' })).toContain('Нурсултан Назарбаева');
  });
});
