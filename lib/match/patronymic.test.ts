import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { keyOf } from './normalize';
import { isPatronymicMarker, isPatronymicWord, patronymicSplits } from './patronymic';
import { FIXTURE_ENTITIES } from './test-fixtures';
import type { Mention } from './types';

const person = (id: string, en: string, ru: string, surname: [string, string], gender: 'm' | 'f' = 'm'): Entity => ({
  id, type: 'person', gender, country: 'turkmenistan', names: { en, ru },
  aliases: [{ text: surname[0], ambiguous: true }, { text: surname[1], lang: 'ru', ambiguous: true }],
  roles: [], facts: [], related: [], checked: '2026-12-01',
});
const ENTITIES: Entity[] = [
  ...FIXTURE_ENTITIES,
  person('serdar-berdimuhamedov', 'Serdar Berdimuhamedov', 'Сердар Бердымухамедов', ['Berdimuhamedov', 'Бердымухамедов']),
  person('gurbanguly-berdimuhamedov', 'Gurbanguly Berdimuhamedov', 'Гурбангулы Бердымухамедов', ['Berdimuhamedov', 'Бердымухамедов']),
];
const matcher = createMatcher(JSON.parse(JSON.stringify(compileDictionary(ENTITIES, { version: 't' }))));
const show = (m: Mention) => `${m.text}=${m.entity ?? `?${(m.candidates ?? []).join('|')}`}`;
const found = (text: string) => matcher.resolve(matcher.scan(text), { pageDate: '2024-01-01' }).map(show);

describe('patronymic words (spelling keys)', () => {
  it.each([
    'Гурбангулыевич', 'Гурбангулыевича', 'Гурбангулыевичу', 'Гурбангулыевичем', 'Гурбангулыевиче', 'Кемелевич', 'Ильич', 'Кузьмича',
    'Шавкатовна', 'Шавкатовны', 'Шавкатовной', 'Сергеевну', 'Никитична', 'Ильинична', 'Miromonovich', 'Gurbangulyyevich', 'Abishevna',
    'Кемелұлы', 'Kemeluly', 'Abishuly', 'Тажибекқызы', 'Tajibekqyzy', 'Mirzayevna',
  ])('%s is a patronymic word', (word) => expect(isPatronymicWord(keyOf(word)), 'Russian and fused Turkic patronymic endings').toBe(true));

  it.each(['Tokayev', 'Бердымухамедов', 'Сердар', 'uly', 'кызы', 'Ivanovskaya', 'Казахстан', 'Jomart', 'Kassym'])('%s is not a patronymic word', (word) =>
    expect(isPatronymicWord(keyOf(word)), 'surnames, given names and bare markers are not patronymics by themselves').toBe(false));

  it.each(["o'g'li", 'oʻgʻli', 'ugli', 'ўғли', 'угли', 'uly', 'ұлы', 'uulu', 'уулу', 'kyzy', 'қызы', 'qizi', 'ogly', 'oglu', 'gyzy'])(
    '%s is a separate "son/daughter of" word',
    (word) => expect(isPatronymicMarker(keyOf(word)), 'Turkic patronymic markers standing after the father\'s name').toBe(true),
  );

  it('a comma or a dot ends the run of words a patronymic is read from', () => {
    expect(patronymicSplits(keyOf('Serdar, Gurbangulyyevich Berdimuhamedov'), 0, 100), 'no split across a comma').toEqual([]);
    expect(patronymicSplits(keyOf('Serdar Gurbangulyyevich Berdimuhamedov'), 0, 100).length, 'one split').toBe(1);
  });
});

describe('scan: a patronymic between or after the names keeps the full name', () => {
  it.each([
    // Given name, patronymic, surname: Russian, every case.
    ['Сердар Гурбангулыевич Бердымухамедов заявил', ['Сердар Гурбангулыевич Бердымухамедов=serdar-berdimuhamedov']],
    ['указ Сердара Гурбангулыевича Бердымухамедова', ['Сердара Гурбангулыевича Бердымухамедова=serdar-berdimuhamedov']],
    ['встреча с Сердаром Гурбангулыевичем Бердымухамедовым', ['Сердаром Гурбангулыевичем Бердымухамедовым=serdar-berdimuhamedov']],
    ['письмо Гурбангулы Мяликгулыевичу Бердымухамедову', ['Гурбангулы Мяликгулыевичу Бердымухамедову=gurbanguly-berdimuhamedov']],
    ['Саида Шавкатовна Мирзиёева', ['Саида Шавкатовна Мирзиёева=saida-mirziyoyeva']],
    ['интервью Саиды Шавкатовны Мирзиёевой', ['Саиды Шавкатовны Мирзиёевой=saida-mirziyoyeva']],
    // Latin and Turkic, fused or separate, with a space or a hyphen.
    ['Kassym-Jomart Kemeluly Tokayev said', ['Kassym-Jomart Kemeluly Tokayev=kassym-jomart-tokayev']],
    ['Kassym-Jomart Kemel-uly Tokayev', ['Kassym-Jomart Kemel-uly Tokayev=kassym-jomart-tokayev']],
    ['Shavkat Miromonovich Mirziyoyev', ['Shavkat Miromonovich Mirziyoyev=shavkat-mirziyoyev']],
    ["Shavkat Miromon o'g'li Mirziyoyev", ["Shavkat Miromon o'g'li Mirziyoyev=shavkat-mirziyoyev"]],
    ['Shavkat Miromon ugli Mirziyoyev', ['Shavkat Miromon ugli Mirziyoyev=shavkat-mirziyoyev']],
    ['Serdar Gurbanguly ogly Berdimuhamedov', ['Serdar Gurbanguly ogly Berdimuhamedov=serdar-berdimuhamedov']],
    ['Sadyr Nurgojo uulu Japarov', ['Sadyr Nurgojo uulu Japarov=sadyr-japarov']],
    // Surname first, patronymic last (official Kazakh, Uzbek and Russian lists).
    ['Тоқаев Қасым-Жомарт Кемелұлы', ['Тоқаев Қасым-Жомарт Кемелұлы=kassym-jomart-tokayev']],
    ['Мирзиёев Шавкат Миромонович', ['Мирзиёев Шавкат Миромонович=shavkat-mirziyoyev']],
    ['Mirziyoyev Shavkat Miromonovich', ['Mirziyoyev Shavkat Miromonovich=shavkat-mirziyoyev']],
    ['Бердымухамедова Сердара Гурбангулыевича', ['Бердымухамедова Сердара Гурбангулыевича=serdar-berdimuhamedov']],
    ['от имени Бердымухамедова Сердара Гурбангулыевича', ['Бердымухамедова Сердара Гурбангулыевича=serdar-berdimuhamedov']],
  ])('%j', (text, expected) => expect(found(text), 'the mention covers the whole name and is the person, not candidates').toEqual(expected));

  it('the bridged full name settles the bare surname elsewhere on the page', () => {
    expect(found('Сердар Гурбангулыевич Бердымухамедов выступил. Бердымухамедов отметил рост экспорта.')).toEqual([
      'Сердар Гурбангулыевич Бердымухамедов=serdar-berdimuhamedov', 'Бердымухамедов=serdar-berdimuhamedov',
    ]);
  });

  it.each([
    // A patronymic between a given name that is not this person's and the surname: no bridge.
    ['Акылбек Гурбангулыевич Бердымухамедов', ['Акылбек Гурбангулыевич Бердымухамедов'], 'another given name'],
    // Not a patronymic in the middle.
    ['Serdar Ahmed Berdimuhamedov', ['Serdar Ahmed Berdimuhamedov'], 'a middle word that is not a patronymic'],
    // Punctuation between the parts.
    ['Сердар Гурбангулыевич, Бердымухамедов', ['Сердар Гурбангулыевич, Бердымухамедов'], 'a comma'],
    // Surname first without a patronymic is left to the plain rules.
    ['Tokayev Kassym said', ['Tokayev Kassym'], 'surname first without a patronymic'],
  ])('%j is not bridged (%s)', (text, notFound) => {
    const texts = matcher.scan(text).map((m) => m.text);
    for (const span of notFound) expect(texts, 'only a full name of one person from the dictionary bridges a patronymic').not.toContain(span);
  });

  it('offsets of a bridged mention are exact', () => {
    const text = '«Kassym‑Jomart  Kemeluly Tokayev» said';
    const [m] = matcher.scan(text);
    expect(text.slice(m!.start, m!.end), 'the span runs from the given name to the surname').toBe('Kassym‑Jomart  Kemeluly Tokayev');
  });
});
