import { describe, expect, it } from 'vitest';
import { citeFact } from './citation';

const sources = [
  { n: 1, title: 'Report', publisher: 'RFE/RL', date: '2023-09-18', url: 'https://example.org/r' },
  { n: 2, title: 'Letter of rights groups', publisher: 'Rights groups', date: '2023' },
];

it('puts the fact, its date and every cited source (with URL when there is one) in one line', () => {
  expect(citeFact({ text: 'Something happened.', date: '2022-01', refs: [1, 2] }, sources)).toBe(
    'Something happened (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://example.org/r; Letter of rights groups, Rights groups, 2023.',
  );
});

it('writes Russian dates and label for a Russian interface, and skips unknown references', () => {
  expect(citeFact({ text: 'Событие', date: '2019-03-20', refs: [9] }, sources, 'ru')).toBe('Событие (20 марта 2019).');
});

describe('the user’s words are attributed to the user', () => {
  const report = { title: 'Report', publisher: 'RFE/RL', date: '2023-09-18', url: 'https://example.org/r' };
  const original = { text: 'The pack says this.', date: '2022-01', sources: [report] };
  const at = '2026-12-03T12:00:00Z'; // noon UTC: the same local day in every zone from UTC-11 to UTC+11

  it.each([
    {
      rule: 'an edited fact names the user and the date of the edit, then quotes the pack’s original with the pack’s source',
      fact: { text: 'My own wording.', date: '2022-01', refs: [], by: { origin: 'edited' as const, at }, original },
      lang: 'en' as const,
      out: 'My own wording (Jan 2022; edited by you, 3 Dec 2026; no source given). The pack’s original: "The pack says this" (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://example.org/r.',
    },
    {
      rule: 'sources the user cites on an edited fact are the user’s citations, not the outlet’s words',
      fact: { text: 'My own wording', date: '2022-01-05', refs: [1, 2], by: { origin: 'edited' as const, at }, original },
      lang: 'en' as const,
      out: 'My own wording (5 Jan 2022; edited by you, 3 Dec 2026). Sources you cite: Report, RFE/RL, 18 Sep 2023, https://example.org/r; Letter of rights groups, Rights groups, 2023. The pack’s original: "The pack says this" (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://example.org/r.',
    },
    {
      rule: 'an edit that keeps exactly the pack’s sources says so instead of listing them twice',
      fact: { text: 'Mine', date: '2022', refs: [1], by: { origin: 'edited' as const, at }, original },
      lang: 'en' as const,
      out: 'Mine (2022; edited by you, 3 Dec 2026). You cite the same sources as the pack’s original. The pack’s original: "The pack says this" (Jan 2022). Source: Report, RFE/RL, 18 Sep 2023, https://example.org/r.',
    },
    {
      rule: 'Russian: the same sources, said once',
      fact: { text: 'Моё', date: '2022', refs: [1], by: { origin: 'edited' as const, at }, original: { text: 'Их', date: '2022', sources: [report] } },
      lang: 'ru' as const,
      out: 'Моё (2022; изменено вами, 3 дек. 2026). Ваши источники те же, что у исходного текста пакета. Исходный текст пакета: «Их» (2022). Источник: Report, RFE/RL, 18 сент. 2023, https://example.org/r.',
    },
    {
      rule: 'a pack original whose sources are gone is quoted without inventing a source',
      fact: { text: 'Mine', date: '2022', refs: [2], by: { origin: 'edited' as const, at }, original: { ...original, sources: [] } },
      lang: 'en' as const,
      out: 'Mine (2022; edited by you, 3 Dec 2026). Sources you cite: Letter of rights groups, Rights groups, 2023. The pack’s original: "The pack says this" (Jan 2022).',
    },
    {
      rule: 'a fact the user added is theirs, with their own sources',
      fact: { text: 'I saw it myself.', date: '2026-11', refs: [2], by: { origin: 'user' as const, at } },
      lang: 'en' as const,
      out: 'I saw it myself (Nov 2026; added by you, 3 Dec 2026). Sources you cite: Letter of rights groups, Rights groups, 2023.',
    },
    {
      rule: 'a fact the user added without a source says so',
      fact: { text: 'I saw it myself', date: '2026-11', refs: [], by: { origin: 'user' as const, at } },
      lang: 'en' as const,
      out: 'I saw it myself (Nov 2026; added by you, 3 Dec 2026; no source given).',
    },
    {
      rule: 'Russian: the same attribution in Russian words and dates, the original in guillemets',
      fact: { text: 'Мои слова', date: '2019-03-20', refs: [], by: { origin: 'edited' as const, at }, original: { text: 'Слова пакета.', date: '2019-03', sources: [report] } },
      lang: 'ru' as const,
      out: 'Мои слова (20 марта 2019; изменено вами, 3 дек. 2026; источник не указан). Исходный текст пакета: «Слова пакета» (март 2019). Источник: Report, RFE/RL, 18 сент. 2023, https://example.org/r.',
    },
    {
      rule: 'Russian: a fact the user added',
      fact: { text: 'Моё', date: '2026', refs: [1], by: { origin: 'user' as const, at } },
      lang: 'ru' as const,
      out: 'Моё (2026; добавлено вами, 3 дек. 2026). Ваши источники: Report, RFE/RL, 18 сент. 2023, https://example.org/r.',
    },
  ])('$rule', ({ rule, fact, lang, out }) => {
    expect(citeFact(fact, sources, lang), rule).toBe(out);
  });

  it('never puts an edited text right before the outlet’s name as if the outlet said it', () => {
    const text = citeFact({ text: 'My words', date: '2022', refs: [1], by: { origin: 'edited', at }, original }, sources);
    expect(text, 'the user’s text is followed by the user’s attribution, not "Source: …"').toMatch(/^My words \(2022; edited by you, /);
    expect(text.indexOf('Source:'), 'the outlet appears as the source of the pack’s original only').toBeGreaterThan(text.indexOf('The pack’s original'));
  });
});
