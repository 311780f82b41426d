import { describe, expect, it } from 'vitest';
import { compileDictionary } from './compile';
import type { MatchDictionary } from './dictionary';
import { pageSpan, resolveMentions, today } from './resolve';
import { FIXTURE_ENTITIES } from './test-fixtures';
import type { Mention } from './types';

const dict = compileDictionary(FIXTURE_ENTITIES, { version: 't' }) as MatchDictionary;
const day = (d: string) => pageSpan(d, () => '2026-12-03');
const m = (text: string, entity: string | null, extra: Partial<Mention> = {}): Mention =>
  ({ start: 0, end: text.length, text, entity, type: 'person', via: 'alias', ...extra });
const ids = (ms: Mention[]) => ms.map((x) => `${x.text}=${x.entity ?? `?${x.candidates?.join('|')}`}`);

describe('resolveMentions', () => {
  const japarov = () => m('Japarov', null, { candidates: ['sadyr-japarov', 'akylbek-japarov'] });

  it.each([
    ['no evidence, but the region on the page: candidates', [japarov(), m('Kyrgyzstan', 'kyrgyzstan', { type: 'country' })], ['Japarov=?sadyr-japarov|akylbek-japarov', 'Kyrgyzstan=kyrgyzstan']],
    ['no evidence at all: still candidates', [japarov()], ['Japarov=?sadyr-japarov|akylbek-japarov']],
    ['one candidate seen confidently picks it', [japarov(), m('Akylbek Japarov', 'akylbek-japarov', { via: 'name' })], ['Japarov=akylbek-japarov', 'Akylbek Japarov=akylbek-japarov']],
    ['an evidence-only mention counts, and is then removed', [m('Sadyr', 'sadyr-japarov', { evidenceOnly: true }), japarov()], ['Japarov=sadyr-japarov']],
    ['another ambiguous mention is not evidence', [japarov(), japarov()], ['Japarov=?sadyr-japarov|akylbek-japarov', 'Japarov=?sadyr-japarov|akylbek-japarov']],
    ['a lone candidate without its country on the page stays a candidate', [m('Karimov', null, { candidates: ['islam-karimov'] })], ['Karimov=?islam-karimov']],
    ['a lone candidate is kept when the page names its country', [m('Karimov', null, { candidates: ['islam-karimov'] }), m('Uzbekistan', 'uzbekistan', { type: 'country' })], ['Karimov=islam-karimov', 'Uzbekistan=uzbekistan']],
    ['… or someone from its country', [m('Mirziyoyev', 'shavkat-mirziyoyev'), m('Karimov', null, { candidates: ['islam-karimov'] })], ['Mirziyoyev=shavkat-mirziyoyev', 'Karimov=islam-karimov']],
    ['a lone candidate with no country stays a candidate', [m('EEU', null, { candidates: ['eaeu'] })], ['EEU=?eaeu']],
    ['several candidates, anything of the region on the page: kept', [japarov(), m('Tokayev', 'kassym-jomart-tokayev')], ['Japarov=?sadyr-japarov|akylbek-japarov', 'Tokayev=kassym-jomart-tokayev']],
    ['nothing in, nothing out', [], []],
  ])('%s', (_rule, input, expected) => {
    expect(ids(resolveMentions(input, dict, day('2024-01-01')))).toEqual(expected);
  });

  it('re-dates titles by the page date, and a dated title is evidence', () => {
    const title = m('Kazakh president', 'kassym-jomart-tokayev', { via: 'title', office: 'president:kazakhstan' });
    expect(ids(resolveMentions([title], dict, day('2010-01-01')))).toEqual(['Kazakh president=nursultan-nazarbayev']);
    const kg = m('Kyrgyz president', null, { via: 'title', office: 'president:kyrgyzstan' });
    expect(ids(resolveMentions([kg, japarov()], dict, day('2024-01-01')))).toEqual(['Kyrgyz president=sadyr-japarov', 'Japarov=sadyr-japarov']);
  });

  it.each([
    ['a country right after settles it: "Japarov (Kyrgyzstan)"-style adjacency', [m('Japarov', null, { start: 0, end: 7, candidates: ['sadyr-japarov', 'akylbek-japarov'] }), m('Kyrgyzstan', 'kyrgyzstan', { type: 'country', start: 9, end: 19 })], ['Japarov=?sadyr-japarov|akylbek-japarov', 'Kyrgyzstan=kyrgyzstan']],
    ['the country right beside an acronym picks the one bearer of that country ("ГКНБ Кыргызстана")', [m('ГКНБ', null, { type: 'organization', start: 0, end: 4, candidates: ['gknb-tajikistan', 'gknb-kyrgyzstan'] }), m('Кыргызстана', 'kyrgyzstan', { type: 'country', start: 5, end: 16 })], ['ГКНБ=gknb-kyrgyzstan', 'Кыргызстана=kyrgyzstan']],
    ['… or just before it ("Tajikistan\'s GKNB")', [m('Tajikistan', 'tajikistan', { type: 'country', start: 0, end: 10 }), m('GKNB', null, { type: 'organization', start: 13, end: 17, candidates: ['gknb-tajikistan', 'gknb-kyrgyzstan'] })], ['Tajikistan=tajikistan', 'GKNB=gknb-tajikistan']],
    ['a country far away in another paragraph does not', [m('Karimov', null, { start: 0, end: 7, candidates: ['islam-karimov', 'akylbek-japarov'], scope: { block: 1, section: 1 } }), m('Uzbekistan', 'uzbekistan', { type: 'country', start: 40, end: 50, scope: { block: 2, section: 1 } }), m('Kyrgyzstan', 'kyrgyzstan', { type: 'country', start: 60, end: 70, scope: { block: 3, section: 1 } })], ['Karimov=?islam-karimov|akylbek-japarov', 'Uzbekistan=uzbekistan', 'Kyrgyzstan=kyrgyzstan']],
  ])('%s', (_rule, input, expected) => {
    expect(ids(resolveMentions(input, dict, day('2024-01-01')))).toEqual(expected);
  });

  it('a bare title before an ambiguous surname picks whoever held such an office on the page date', () => {
    const president = () => m('Japarov', null, { candidates: ['sadyr-japarov', 'akylbek-japarov'], officeKind: 'president' });
    expect(ids(resolveMentions([president()], dict, day('2024-01-01')))).toEqual(['Japarov=sadyr-japarov']);
    expect(ids(resolveMentions([president()], dict, day('2015-01-01'))), 'neither was president in 2015: still candidates').toEqual(['Japarov=?sadyr-japarov|akylbek-japarov']);
  });

  it('nearest evidence wins: an adjacent country over context words, context words over the page, and a context-settled mention is evidence', () => {
    const gknb = (start: number, extra: Partial<Mention> = {}) => m('GKNB', null, { type: 'organization', start, end: start + 4, candidates: ['gknb-kyrgyzstan', 'gknb-tajikistan'], ...extra });
    const kg = m('Kyrgyzstan', 'kyrgyzstan', { type: 'country', start: 0, end: 10 });
    expect(ids(resolveMentions([kg, gknb(13, { preferred: 'gknb-tajikistan' })], dict, day('2024-01-01'))), "Kyrgyzstan's GKNB, Tajikistan within the window").toEqual(['Kyrgyzstan=kyrgyzstan', 'GKNB=gknb-kyrgyzstan']);
    expect(ids(resolveMentions([m('the Kyrgyz GKNB', 'gknb-kyrgyzstan', { start: 0, end: 15 }), gknb(40, { preferred: 'gknb-tajikistan' })], dict, day('2024-01-01')))[1]).toBe('GKNB=gknb-tajikistan');
    expect(ids(resolveMentions([gknb(0, { preferred: 'gknb-tajikistan' }), gknb(100)], dict, day('2024-01-01')))).toEqual(['GKNB=gknb-tajikistan', 'GKNB=gknb-tajikistan']);
  });

  it('a title with an unknown office keeps a null entity rather than guessing', () => {
    const t = m('emir of Atlantis', null, { via: 'title', office: 'emir:atlantis' });
    expect(resolveMentions([t], dict, day('2024-01-01'))[0]!.entity).toBeNull();
  });
});

describe('resolution by proximity: paragraph, section, region, page', () => {
  const at = (block: number, section: number, region = 0) => ({ scope: { block, section, region } });
  const japarov = (block: number, section: number, region = 0) => m('Japarov', null, { candidates: ['sadyr-japarov', 'akylbek-japarov'], ...at(block, section, region) });
  const sadyr = (block: number, section: number, region = 0) => m('Sadyr Japarov', 'sadyr-japarov', { via: 'name', ...at(block, section, region) });
  const akylbek = (block: number, section: number, region = 0) => m('Akylbek Japarov', 'akylbek-japarov', { via: 'name', ...at(block, section, region) });

  it.each([
    ['a namesake in a comment region does not touch the article', [sadyr(1, 1, 1), japarov(2, 1, 1), japarov(3, 2, 1), akylbek(9, 9, 2)], ['Sadyr Japarov=sadyr-japarov', 'Japarov=sadyr-japarov', 'Japarov=sadyr-japarov', 'Akylbek Japarov=akylbek-japarov']],
    ['the paragraph beats the section', [sadyr(1, 1), akylbek(2, 1), japarov(2, 1)], ['Sadyr Japarov=sadyr-japarov', 'Akylbek Japarov=akylbek-japarov', 'Japarov=akylbek-japarov']],
    ['the section beats the page', [sadyr(1, 1), akylbek(5, 2), japarov(6, 2)], ['Sadyr Japarov=sadyr-japarov', 'Akylbek Japarov=akylbek-japarov', 'Japarov=akylbek-japarov']],
    ['both at the nearest level with evidence: ambiguous', [sadyr(1, 1), akylbek(1, 1), japarov(2, 1)], ['Sadyr Japarov=sadyr-japarov', 'Akylbek Japarov=akylbek-japarov', 'Japarov=?sadyr-japarov|akylbek-japarov']],
    ['both on the page, nothing nearer: ambiguous', [sadyr(1, 1, 1), akylbek(2, 2, 2), japarov(3, 3, 3)], ['Sadyr Japarov=sadyr-japarov', 'Akylbek Japarov=akylbek-japarov', 'Japarov=?sadyr-japarov|akylbek-japarov']],
    ['page evidence tokens (block -1) count for their section, never as the paragraph', [m('Akylbek Japarov', 'akylbek-japarov', { evidenceOnly: true, ...at(-1, 1) }), sadyr(1, 2), japarov(2, 1)], ['Sadyr Japarov=sadyr-japarov', 'Japarov=akylbek-japarov']],
    ['a country that fits every candidate says nothing, and does not stop the search', [m('Kyrgyzstan', 'kyrgyzstan', { type: 'country', ...at(2, 1) }), sadyr(1, 1), japarov(2, 1)], ['Kyrgyzstan=kyrgyzstan', 'Sadyr Japarov=sadyr-japarov', 'Japarov=sadyr-japarov']],
  ])('%s', (_rule, input, expected) => expect(ids(resolveMentions(input, dict, day('2024-01-01'))), 'nearest evidence decides').toEqual(expected));

  const gknb = (block: number, section: number) => m('ГКНБ', null, { type: 'organization', candidates: ['gknb-kyrgyzstan', 'gknb-tajikistan'], ...at(block, section) });
  const country = (id: string, text: string, block: number, section: number, evidenceOnly = false) => m(text, id, { type: 'country', ...at(block, section), ...(evidenceOnly ? { evidenceOnly } : {}) });
  it.each([
    ['a shared acronym takes the country its paragraph is about', [country('kyrgyzstan', 'Кыргызстан', 1, 1), gknb(1, 1)], ['Кыргызстан=kyrgyzstan', 'ГКНБ=gknb-kyrgyzstan']],
    ['a demonym counts (evidence only, not shown)', [country('tajikistan', 'таджикские', 1, 1, true), gknb(1, 1)], ['ГКНБ=gknb-tajikistan']],
    ['a region or city counts through its country', [m('ГБАО', 'gbao', { type: 'region', ...at(1, 1) }), country('kyrgyzstan', 'Кыргызстан', 3, 2), gknb(1, 1)], ['ГБАО=gbao', 'Кыргызстан=kyrgyzstan', 'ГКНБ=gknb-tajikistan']],
    ['the paragraph\'s country beats the page\'s', [country('tajikistan', 'Таджикистан', 1, 1), country('kyrgyzstan', 'Кыргызстан', 2, 2), country('kyrgyzstan', 'Кыргызстан', 3, 3), gknb(1, 1)], ['Таджикистан=tajikistan', 'Кыргызстан=kyrgyzstan', 'Кыргызстан=kyrgyzstan', 'ГКНБ=gknb-tajikistan']],
    ['two countries in its paragraph: ambiguous', [country('tajikistan', 'Таджикистан', 1, 1), country('kyrgyzstan', 'Кыргызстан', 1, 1), gknb(1, 1)], ['Таджикистан=tajikistan', 'Кыргызстан=kyrgyzstan', 'ГКНБ=?gknb-kyrgyzstan|gknb-tajikistan']],
  ])('%s', (_rule, input, expected) => expect(ids(resolveMentions(input, dict, day('2024-01-01'))), 'the country a paragraph/section/page is about settles a shared name').toEqual(expected));

  it.each([
    ['a city right beside it counts as its country ("the GKNB in Dushanbe")', [m('ГКНБ', null, { type: 'organization', start: 0, end: 4, candidates: ['gknb-kyrgyzstan', 'gknb-tajikistan'] }), m('ГБАО', 'gbao', { type: 'region', start: 7, end: 11 })], ['ГКНБ=gknb-tajikistan', 'ГБАО=gbao']],
    ['a Russian genitive before it belongs to the words before, not to it', [m('Кыргызстана', 'kyrgyzstan', { type: 'country', start: 0, end: 11 }), m('ГКНБ', null, { type: 'organization', start: 12, end: 16, candidates: ['gknb-kyrgyzstan', 'gknb-tajikistan'] }), m('Таджикистан', 'tajikistan', { type: 'country', start: 40, end: 51 })], ['Кыргызстана=kyrgyzstan', 'ГКНБ=?gknb-kyrgyzstan|gknb-tajikistan', 'Таджикистан=tajikistan']],
    ['a demonym right before it is attributive («таджикский ГКНБ»)', [m('таджикский', 'tajikistan', { type: 'country', start: 0, end: 10, evidenceOnly: true }), m('ГКНБ', null, { type: 'organization', start: 11, end: 15, candidates: ['gknb-kyrgyzstan', 'gknb-tajikistan'] }), m('Кыргызстан', 'kyrgyzstan', { type: 'country', start: 40, end: 50 })], ['ГКНБ=gknb-tajikistan', 'Кыргызстан=kyrgyzstan']],
    ['context words are not trusted when the paragraph names another candidate\'s country', [country('kyrgyzstan', 'Киргизии', 1, 1), country('tajikistan', 'Таджикистана', 1, 1), { ...gknb(1, 1), preferred: 'gknb-tajikistan' }], ['Киргизии=kyrgyzstan', 'Таджикистана=tajikistan', 'ГКНБ=?gknb-kyrgyzstan|gknb-tajikistan']],
    ['… but are when only their own country is named', [country('tajikistan', 'Таджикистана', 1, 1), { ...gknb(1, 1), preferred: 'gknb-tajikistan' }], ['Таджикистана=tajikistan', 'ГКНБ=gknb-tajikistan']],
  ])('%s', (_rule, input, expected) => expect(ids(resolveMentions(input, dict, day('2024-01-01'))), 'mention-level evidence: what stands right beside it').toEqual(expected));

  it('a private-looking name is kept only when the page names the bearer, never by country', () => {
    const cab = (b: number) => m('Tokayev', null, { candidates: ['kassym-jomart-tokayev'], privatePerson: true, ...at(b, 1) });
    expect(ids(resolveMentions([country('kazakhstan', 'Kazakhstan', 1, 1), cab(1)], dict, day('2024-01-01'))), 'the country is not enough').toEqual(['Kazakhstan=kazakhstan']);
    expect(ids(resolveMentions([m('Kassym-Jomart Tokayev', 'kassym-jomart-tokayev', at(5, 3)), cab(1)], dict, day('2024-01-01'))), 'the bearer named anywhere').toEqual(['Kassym-Jomart Tokayev=kassym-jomart-tokayev', 'Tokayev=kassym-jomart-tokayev']);
  });
});

describe('title reasons and hand-overs', () => {
  const title = () => m('president of Kazakhstan', null, { via: 'title', office: 'president:kazakhstan' });
  it.each([
    ['2024-01-01', 'kassym-jomart-tokayev', { kind: 'title', office: 'president:kazakhstan', date: '2024-01-01' }, 'one holder: no also'],
    ['2019-03', 'kassym-jomart-tokayev', { kind: 'title', office: 'president:kazakhstan', date: '2019-03', also: ['nursultan-nazarbayev'] }, 'a month in which it changed hands names both'],
    ['2019', 'kassym-jomart-tokayev', { kind: 'title', office: 'president:kazakhstan', date: '2019', also: ['nursultan-nazarbayev'] }, 'a year likewise'],
    ['2019-03-19', 'nursultan-nazarbayev', { kind: 'title', office: 'president:kazakhstan', date: '2019-03-19' }, 'the last day of one term, the next starting the day after: one holder'],
    ['2018-05', 'nursultan-nazarbayev', { kind: 'title', office: 'president:kazakhstan', date: '2018-05' }, 'a month without a change'],
  ])('%s', (date, entity, reason, rule) => {
    const [r] = resolveMentions([title()], dict, day(date));
    expect(r!.entity, rule).toBe(entity);
    expect(r!.reason, rule).toEqual(reason);
  });

  it('a hand-over day (one term ends the day the next begins) names both', () => {
    const handover = compileDictionary(FIXTURE_ENTITIES.map((e) => e.id === 'nursultan-nazarbayev'
      ? { ...e, roles: [{ ...e.roles[0]!, to: '2019-03-20' }] } : e), { version: 'h' }) as MatchDictionary;
    const [r] = resolveMentions([title()], handover, day('2019-03-20'));
    expect(r!.entity, 'the newcomer first').toBe('kassym-jomart-tokayev');
    expect(r!.reason, 'the outgoing holder rides along').toEqual({ kind: 'title', office: 'president:kazakhstan', date: '2019-03-20', also: ['nursultan-nazarbayev'] });
  });

  it('holders serving side by side are not a hand-over: no also', () => {
    const side = compileDictionary([...FIXTURE_ENTITIES.filter((e) => e.id !== 'nursultan-nazarbayev'),
      { ...FIXTURE_ENTITIES.find((e) => e.id === 'nursultan-nazarbayev')!, roles: [{ title: 'x', office: 'president:kazakhstan', from: '2010-01-01', to: null, sources: ['s1'] }] }], { version: 's' }) as MatchDictionary;
    const [r] = resolveMentions([title()], side, day('2024-01-01'));
    expect(r!.entity, 'the latest to take office first').toBe('kassym-jomart-tokayev');
    expect(r!.reason, 'no change of hands in the span: the card names one holder').toEqual({ kind: 'title', office: 'president:kazakhstan', date: '2024-01-01' });
  });

  it('a bare title beside a surname says so', () => {
    const [r] = resolveMentions([m('Japarov', null, { candidates: ['sadyr-japarov', 'akylbek-japarov'], officeKind: 'president' })], dict, day('2024-01-01'));
    expect(r!.reason, 'beside-title names the office and the date').toEqual({ kind: 'beside-title', office: 'president:kyrgyzstan', date: '2024-01-01' });
  });
});

describe('today', () => {
  it('is the calendar date of the clock seam (noon UTC: the same day in every zone from UTC-11 to UTC+11)', () => expect(today(() => Date.parse('2025-02-03T12:00:00Z'))).toBe('2025-02-03'));
});

describe('pageSpan: the page date as a span of days', () => {
  it.each([
    ['2022', { from: '2022-01-01', to: '2022-12-31', label: '2022' }, 'a year is the whole year'],
    ['2022-02', { from: '2022-02-01', to: '2022-02-28', label: '2022-02' }, 'a month is the whole month (February 2022 has 28 days)'],
    ['2024-02', { from: '2024-02-01', to: '2024-02-29', label: '2024-02' }, 'leap February'],
    ['2022-03-15', { from: '2022-03-15', to: '2022-03-15', label: '2022-03-15' }, 'a day is that day'],
    ['2022-03-15T10:00:00+05:00', { from: '2022-03-15', to: '2022-03-15', label: '2022-03-15' }, 'a timestamp keeps its day'],
    [' 2022-03-15 ', { from: '2022-03-15', to: '2022-03-15', label: '2022-03-15' }, 'spaces are trimmed'],
    ['2026', { from: '2026-01-01', to: '2026-12-03', label: '2026' }, 'a span reaching past today ends today'],
    ['2027-01-01', { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'a future date is not believed'],
    ['2022-13', { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'an impossible month falls back to today'],
    ['2022-02-30', { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'an impossible day falls back to today'],
    ['20221', { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'digits run on: not a date'],
    ['yesterday', { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'unreadable: today'],
    [undefined, { from: '2026-12-03', to: '2026-12-03', label: '2026-12-03' }, 'absent: today'],
  ])('%j', (input, expected, rule) => expect(pageSpan(input, () => '2026-12-03'), rule).toEqual(expected));
});
