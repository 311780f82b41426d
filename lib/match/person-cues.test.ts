import { describe, expect, it } from 'vitest';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { keyOf } from './normalize';
import { privatePersonCue, titleAfter } from './person-cues';
import { FIXTURE_ENTITIES } from './test-fixtures';
import type { Entity } from '../factbase/schema';

/** The key of `before NAME after`, and the key offset right after NAME. */
const at = (before: string, after: string) => {
  const key = keyOf(`${before}NAME${after}`);
  return { key, k1: key.indexOf('name') + 4 };
};

describe('titleAfter: a title word right after a bare name', () => {
  it.each([
    [', the president, said', 'president'],
    [", the country's president, said", 'president'],
    [', president of the republic, said', 'president'],
    [' was sworn in as president', 'president'],
    [' became prime minister in 2021', 'prime-minister'],
    [' вступил в должность президента', 'president'],
    [' был назначен премьер-министром', 'prime-minister'],
    [', президент Киргизии, заявил', 'president'],
    [", who became president in 2021, said", 'president'],
    [', который стал президентом в 2021 году', 'president'],
    [', who met the president, said', undefined],
    [", the president's brother, said", undefined],
    [' met the president of Russia', undefined],
    ['. The president spoke', undefined],
    [' said on Monday that he would run for president', undefined],
    ['', undefined],
  ])('NAME%s → %s', (after, kind) => {
    const { key, k1 } = at('', after);
    expect(titleAfter(key, k1), 'only an appositive or a linking verb ties the title to the name').toBe(kind);
  });
});

describe('privatePersonCue: the text makes a bare name a private person', () => {
  it.each([
    ['', ', a taxi driver, said', true],
    ['', ', 34, said', true],
    ['', ', an engineer from Khujand', true],
    ['', ', водитель такси, рассказал', true],
    ['', ', пенсионерка из Оша', true],
    ['', ', житель Душанбе', true],
    ['a man named ', ' said', true],
    ['Mr ', ' said', true],
    ['', ', the president, said', false],
    ['', ', a former prime minister, said', false],
    ['', ', a career diplomat, said', false],
    ['', ', председатель правительства, заявил', false],
    ['', ', который', false],
    ['', ' said', false],
  ])('%sNAME%s → %s', (before, after, expected) => {
    const { key, k1 } = at(before, after);
    const prev = keyOf(before).trim().split(' ').pop() ?? '';
    expect(privatePersonCue(key, k1, prev), 'an occupation, an age or "named"/"Mr" makes a private person; a title does not').toBe(expected);
  });
});

describe('the cues in the matcher', () => {
  const rahmon: Entity = {
    id: 'emomali-rahmon', type: 'person', gender: 'm', country: 'tajikistan', names: { en: 'Emomali Rahmon', ru: 'Эмомали Рахмон' },
    aliases: [{ text: 'Rahmon' }, { text: 'Рахмон', lang: 'ru' }],
    roles: [{ title: 'President of Tajikistan', office: 'president:tajikistan', from: '1994-11-16', to: null, sources: ['s'] }],
    facts: [], related: [], checked: '2026-11-22',
  };
  const serdar: Entity = {
    id: 'serdar', type: 'person', gender: 'm', country: 'turkmenistan', names: { en: 'Serdar Berdimuhamedov', ru: 'Сердар Бердымухамедов' },
    aliases: [{ text: 'Berdimuhamedov', ambiguous: true }, { text: 'Бердымухамедов', lang: 'ru', ambiguous: true }],
    roles: [{ title: 'President of Turkmenistan', office: 'president:turkmenistan', from: '2022-03-19', to: null, sources: ['s'] }],
    facts: [], related: [], checked: '2026-11-22',
  };
  const gurbanguly: Entity = {
    ...serdar, id: 'gurbanguly', names: { en: 'Gurbanguly Berdimuhamedov', ru: 'Гурбангулы Бердымухамедов' },
    roles: [{ title: 'President of Turkmenistan', office: 'president:turkmenistan', from: '2007-02-14', to: '2022-03-19', sources: ['s'] }],
  };
  const matcher = createMatcher(JSON.parse(JSON.stringify(compileDictionary([...FIXTURE_ENTITIES, rahmon, serdar, gurbanguly], { version: 't' }))));
  const found = (text: string, date = '2024-05-01') => matcher.resolve(matcher.scan(text), { pageDate: date }).map((m) => `${m.text}=${m.entity ?? '?'}${m.reason ? `(${m.reason.kind})` : ''}`);

  it.each([
    ['Rahmon, a taxi driver, waited at the airport.', '2024-05-01', []],
    ['Встречу провели Рахмон, Миллер и другие.', '2024-05-01', ['Рахмон=emomali-rahmon']],
    ['Рахмон, водитель такси, ждал у аэропорта.', '2024-05-01', []],
    ['Rahmon, the president, opened the session.', '2024-05-01', ['Rahmon=emomali-rahmon']],
    ['Emomali Rahmon spoke first. Rahmon, a taxi driver, said the speech was long.', '2024-05-01', ['Emomali Rahmon=emomali-rahmon', 'Rahmon=emomali-rahmon']],
    ['Бердымухамедов вступил в должность президента.', '2022-03-19', ['Бердымухамедов=serdar(beside-title)']],
    ['Berdimuhamedov, the president, spoke.', '2015-06-01', ['Berdimuhamedov=gurbanguly(beside-title)']],
    ['Berdimuhamedov, the president, spoke.', '2022-03', ['Berdimuhamedov=?']],
    ['Japarov, a taxi driver, said so.', '2024-05-01', []],
  ])('%s (%s)', (text, date, expected) => expect(found(text, date), 'cues beside a bare name decide who it is').toEqual(expected));
});
