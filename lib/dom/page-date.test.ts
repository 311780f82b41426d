// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageDate } from './page-date';

describe('pageDate', () => {
  it.each([
    { why: 'Open Graph article time', head: '<meta property="article:published_time" content="2021-06-01T10:00:00Z">', date: '2021-06-01' },
    { why: 'JSON-LD datePublished', head: '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-03-20T08:00:00+06:00"}</script>', date: '2019-03-20' },
    { why: 'JSON-LD @graph', head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"datePublished":"2022-01-05"}]}</script>', date: '2022-01-05' },
    { why: 'broken JSON-LD is ignored, not thrown', head: '<script type="application/ld+json">{"datePublished": </script>', date: undefined },
    { why: 'no metadata: undefined (callers use today)', head: '', date: undefined },
    { why: 'a meta date that is not ISO is ignored', head: '<meta name="date" content="yesterday">', date: undefined },
  ])('$why', ({ head, date }) => {
    document.head.innerHTML = head;
    expect(pageDate(document)).toBe(date);
  });
});
