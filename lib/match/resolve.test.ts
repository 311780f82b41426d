import { describe, expect, it } from 'vitest';
import { compileDictionary } from './compile';
import type { MatchDictionary } from './dictionary';
import { pageDay, resolveMentions, today } from './resolve';
import { FIXTURE_ENTITIES } from './test-fixtures';
import type { Mention } from './types';

const dict = compileDictionary(FIXTURE_ENTITIES, { version: 't' }) as MatchDictionary;
const m = (text: string, entity: string | null, extra: Partial<Mention> = {}): Mention =>
  ({ start: 0, end: text.length, text, entity, type: 'person', via: 'alias', ...extra });
const ids = (ms: Mention[]) => ms.map((x) => `${x.text}=${x.entity ?? `?${x.candidates?.join('|')}`}`);

describe('resolveMentions', () => {
  const japarov = () => m('Japarov', null, { candidates: ['sadyr-japarov', 'akylbek-japarov'] });

  it.each([
    ['no evidence, but the region on the page: candidates', [japarov(), m('Kyrgyzstan', 'kyrgyzstan', { type: 'country' })], ['Japarov=?sadyr-japarov|akylbek-japarov', 'Kyrgyzstan=kyrgyzstan']],
    ['no evidence and no region on the page: dropped', [japarov()], []],
    ['one candidate seen confidently picks it', [japarov(), m('Akylbek Japarov', 'akylbek-japarov', { via: 'name' })], ['Japarov=akylbek-japarov', 'Akylbek Japarov=akylbek-japarov']],
    ['an evidence-only mention counts, and is then removed', [m('Sadyr', 'sadyr-japarov', { evidenceOnly: true }), japarov()], ['Japarov=sadyr-japarov']],
    ['another ambiguous mention is not evidence', [japarov(), japarov()], []],
    ['a lone unconfirmed candidate is dropped', [m('Karimov', null, { candidates: ['islam-karimov'] })], []],
    ['a lone candidate is kept when the page names its country', [m('Karimov', null, { candidates: ['islam-karimov'] }), m('Uzbekistan', 'uzbekistan', { type: 'country' })], ['Karimov=islam-karimov', 'Uzbekistan=uzbekistan']],
    ['… or someone from its country', [m('Mirziyoyev', 'shavkat-mirziyoyev'), m('Karimov', null, { candidates: ['islam-karimov'] })], ['Mirziyoyev=shavkat-mirziyoyev', 'Karimov=islam-karimov']],
    ['a candidate without a country cannot be gated: kept', [m('EEU', null, { candidates: ['eaeu', 'kazakhstan'] })], ['EEU=?eaeu|kazakhstan']],
    ['nothing in, nothing out', [], []],
  ])('%s', (_rule, input, expected) => {
    expect(ids(resolveMentions(input, dict, '2024-01-01'))).toEqual(expected);
  });

  it('re-dates titles by the page date, and a dated title is evidence', () => {
    const title = m('Kazakh president', 'kassym-jomart-tokayev', { via: 'title', office: 'president:kazakhstan' });
    expect(ids(resolveMentions([title], dict, '2010-01-01'))).toEqual(['Kazakh president=nursultan-nazarbayev']);
    const kg = m('Kyrgyz president', null, { via: 'title', office: 'president:kyrgyzstan' });
    expect(ids(resolveMentions([kg, japarov()], dict, '2024-01-01'))).toEqual(['Kyrgyz president=sadyr-japarov', 'Japarov=sadyr-japarov']);
  });

  it('a title with an unknown office keeps a null entity rather than guessing', () => {
    const t = m('emir of Atlantis', null, { via: 'title', office: 'emir:atlantis' });
    expect(resolveMentions([t], dict, '2024-01-01')[0]!.entity).toBeNull();
  });
});

describe('today', () => {
  it('is the ISO date of the clock seam (UTC)', () => expect(today(() => Date.parse('2025-02-03T23:59:00Z'))).toBe('2025-02-03'));
});

describe('pageDay', () => {
  it.each([
    ['2022', '2022-01-01'],
    ['2022-03', '2022-03-01'],
    ['2022-03-15', '2022-03-15'],
    ['2022-03-15T10:00:00+05:00', '2022-03-15'],
    [' 2022-03-15 ', '2022-03-15'],
    ['yesterday', 'TODAY'],
    ['', 'TODAY'],
    [undefined, 'TODAY'],
  ])('%j → %s', (input, expected) => expect(pageDay(input, () => 'TODAY')).toBe(expected));
});
