import { describe, expect, it } from 'vitest';
import { buildBriefing } from './briefing';
import { card, HOSTILE, KAZAKHSTAN, SUMMARY, TOKAYEV } from './test-fixtures';
import { briefingMarkdown, escapeMarkdown, markdownUrl } from './markdown';

const briefing = (over: Partial<Parameters<typeof buildBriefing>[0]> = {}) =>
  buildBriefing({ title: 'News', url: 'https://news.example/a', exportedAt: '2026-12-03T10:00:00+05:00', summary: SUMMARY, cards: [TOKAYEV, KAZAKHSTAN], ...over });

/**
 * What is left of a Markdown text once our own syntax is taken out (autolinks, escapes,
 * the line prefixes we write): no character there may open Markdown.
 */
function residue(md: string): string {
  return md
    .split('\n')
    .map((line) => line.replace(/^(#{1,3} |- |\\\[\d+\\\] )/, ''))
    .join('\n')
    .replace(/<https?:\/\/[^\s<>]+>/g, '')
    .replace(/\\[\s\S]/g, '');
}

describe('briefingMarkdown', () => {
  it('has the page, the time, then each entity grouped by type with roles, facts and numbered sources', () => {
    const md = briefingMarkdown(briefing());
    expect(md, 'title, address and export time first').toMatch(/^# Briefing: News\n\n- Page: <https:\/\/news\.example\/a>\n- Exported: 2026-12-03T10:00:00\+05:00\n/);
    expect(md.indexOf('## People'), 'types in order of first appearance').toBeLessThan(md.indexOf('## Countries'));
    expect(md, 'a current role with its start and source').toContain('- Role: President of Kazakhstan (since 2019-03-20) \\[1\\]');
    expect(md, 'an unconfirmed role says when it was last confirmed').toContain('- Role: Chair of a council (last confirmed 2023-02-01) \\[2\\]');
    expect(md, 'a fact with its date and sources').toContain('- 2026-10: Newest fact \\[1\\]\\[2\\]');
    expect(md, 'the ambiguous name with its candidates').toContain('- Ambiguous, one of: Sadyr Japarov / Akylbek Japarov');
    expect(md, 'sources: title, publisher, date, address').toContain('\\[2\\] Shared report — OSCE, 2023-02-01. <https://www.osce.org/report>');
    expect(md, 'only the card\'s first facts').not.toContain('Fourth fact');
  });

  it.each(HOSTILE)('a hostile text stays text everywhere it can appear: %j', (evil) => {
    const poisoned = card('evil', {
      name: evil,
      country: { id: 'c', name: evil },
      roles: [{ title: evil, to: null, status: 'current', refs: [1] }],
      facts: [{ text: evil, date: '2026', refs: [1] }],
      sources: [{ n: 1, title: evil, publisher: evil, date: '2026', url: 'https://ok.example/' }],
    });
    const md = briefingMarkdown(briefing({ title: evil, summary: { enabled: true, mentions: 1, entities: [{ id: 'evil', name: evil, type: 'person', count: 1 }] }, cards: [poisoned] }));
    expect(residue(md), 'no unescaped link, image, HTML, emphasis, code, table, entity or math character').not.toMatch(/[[\]()<>*_`|~!&$#]/);
    expect(md.split('\n').filter((l) => l.startsWith('#')), 'headings are only ours: a newline in a title cannot start one').toHaveLength(4);
    expect(md, 'bidirectional overrides are dropped').not.toContain('\u202e');
  });

  it.each([
    ['- list item', '\\- list item'],
    ['+ plus', '\\+ plus'],
    ['1. ordered', '1\\. ordered'],
    ['2025) year', '2025\\) year'],
    ['> quote', '\\> quote'],
    ['= setext', '\\= setext'],
    ['Kassym-Jomart Tokayev, 2019-03-20.', 'Kassym-Jomart Tokayev, 2019-03-20.'],
    ['  spaced\tout \r\n text  ', 'spaced out text'],
  ])('escapeMarkdown(%j) = %j', (text, expected) => {
    expect(escapeMarkdown(text), 'block starts escaped; ordinary punctuation left readable; one line').toBe(expected);
  });

  it.each([
    ['https://www.osce.org/a b', '<https://www.osce.org/a%20b>'],
    ['https://x.example/"><script>', '<https://x.example/%22%3E%3Cscript%3E>'],
    ['javascript:alert(1)', 'javascript:alert\\(1\\)'],
    ['data:text/html,<b>', 'data:text/html,\\<b\\>'],
    ['not a url [x](y)', 'not a url \\[x\\]\\(y\\)'],
  ])('markdownUrl(%j) = %j', (url, expected) => {
    expect(markdownUrl(url), 'only http(s) becomes a link, percent-encoded; the rest is text').toBe(expected);
  });

  it('lists an empty page without sections', () => {
    const md = briefingMarkdown(briefing({ summary: { enabled: true, mentions: 0, entities: [] }, cards: [] }));
    expect(md, 'header only').toBe('# Briefing: News\n\n- Page: <https://news.example/a>\n- Exported: 2026-12-03T10:00:00+05:00\n- 0 entities, 0 mentions\n');
  });
});
