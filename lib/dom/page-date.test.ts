// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { believable, pageDate } from './page-date';

const TODAY = '2026-12-03';
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('pageDate: precedence and partial dates', () => {
  it.each([
    { why: 'Open Graph article time', head: '<meta property="article:published_time" content="2021-06-01T10:00:00Z">', date: '2021-06-01' },
    { why: 'a month-only article time stays partial (not today)', head: '<meta property="article:published_time" content="2023-01">', date: '2023-01' },
    { why: 'a year-only date stays partial', head: '<meta name="date" content="2019">', date: '2019' },
    { why: 'JSON-LD datePublished', head: ld('{"@type":"NewsArticle","datePublished":"2019-03-20T08:00:00+06:00"}'), date: '2019-03-20' },
    { why: 'JSON-LD @graph', head: ld('{"@graph":[{"@type":"WebPage"},{"datePublished":"2022-01-05"}]}'), date: '2022-01-05' },
    { why: 'JSON-LD top-level array', head: ld('[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2020-10-06"}]'), date: '2020-10-06' },
    { why: 'JSON-LD dateCreated when nothing is published', head: ld('{"@type":"Article","dateCreated":"2018-04"}'), date: '2018-04' },
    { why: 'datePublished wins over dateCreated', head: ld('{"dateCreated":"2018-04-01","datePublished":"2018-05-02"}'), date: '2018-05-02' },
    { why: 'broken JSON-LD is ignored, not thrown', head: ld('{"datePublished": '), date: undefined },
    { why: 'metadata beats JSON-LD', head: '<meta property="article:published_time" content="2021-06-01">' + ld('{"datePublished":"2010-01-01"}'), date: '2021-06-01' },
    { why: 'a later source refines a partial date with the same prefix', head: '<meta property="article:published_time" content="2023-01">' + ld('{"datePublished":"2023-01-15"}'), date: '2023-01-15' },
    { why: '… but never overrides it', head: '<meta property="article:published_time" content="2023-01">' + ld('{"datePublished":"2024-05-15"}'), date: '2023-01' },
    { why: 'a future date is not believed; the next source is', head: '<meta property="article:published_time" content="2031-01-01">' + ld('{"datePublished":"2024-05-15"}'), date: '2024-05-15' },
    { why: 'an absurd year is not believed', head: '<meta name="date" content="0023-01-01">', date: undefined },
    { why: 'an impossible day is not believed', head: '<meta name="date" content="2023-02-30">', date: undefined },
    { why: 'no metadata: undefined (callers use today)', head: '', date: undefined },
    { why: 'a meta date that is not ISO is ignored', head: '<meta name="date" content="yesterday">', date: undefined },
  ])('$why', ({ head, date }) => {
    document.head.innerHTML = head;
    document.body.innerHTML = '';
    expect(pageDate(document, 'https://example.org/news/story', TODAY), 'the first believable source wins, partial dates stay partial').toBe(date);
  });

  it.each([
    { why: 'time marked datePublished', body: '<p><time datetime="2020-01-01">x</time></p><time itemprop="datePublished" datetime="2022-02-02">y</time>', date: '2022-02-02' },
    { why: 'time in the article header', body: '<article><header><h1>T</h1><time datetime="2022-07-05T09:00">5 July</time></header><p>…</p></article>', date: '2022-07-05' },
    { why: 'a time elsewhere on the page (a sidebar) is not the page date', body: '<aside><time datetime="2020-01-01">x</time></aside>', date: undefined },
  ])('$why', ({ body, date }) => {
    document.head.innerHTML = '';
    document.body.innerHTML = body;
    expect(pageDate(document, 'https://example.org/', TODAY), '<time> counts only where it marks the publication').toBe(date);
  });

  it.each([
    ['https://example.org/2023/01/15/story', '2023-01-15'],
    ['https://example.org/news/2023/01/', '2023-01'],
    ['https://example.org/news/2023-01-15-kyrgyz-election', '2023-01-15'],
    ['https://example.org/news/2023/13/01/story', undefined],
    ['https://example.org/2030/01/15/story', undefined],
    ['https://example.org/products/1234/5678', undefined],
    ['not a url', undefined],
  ])('URL %s → %s', (url, date) => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    expect(pageDate(document, url, TODAY), 'a dated URL path is the last resort').toBe(date);
  });
});

describe('pageDate on hostile pages: bounded work, no throw', () => {
  it('huge JSON-LD is skipped, the next block is read', () => {
    const huge = `{"a":"${'x'.repeat(300_000)}","datePublished":"2001-01-01"}`;
    document.head.innerHTML = ld(huge) + ld('{"datePublished":"2022-03-04"}');
    expect(pageDate(document, 'https://example.org/', TODAY), 'oversized JSON is not parsed').toBe('2022-03-04');
  });

  it('deeply nested and very wide JSON-LD ends without a date and without throwing', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const wide = JSON.stringify(Array.from({ length: 50_000 }, () => ({ x: 1 })).concat([{ datePublished: '2020-01-01' } as never]));
    document.head.innerHTML = ld(deep) + ld(wide);
    expect(pageDate(document, 'https://example.org/', TODAY), 'the walk has a node budget').toBeUndefined();
  });

  it('many time elements: the first marked one', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `<article>${'<p><time datetime="2021-05-05">t</time></p>'.repeat(2000)}</article>`;
    expect(pageDate(document, 'https://example.org/', TODAY)).toBe('2021-05-05');
  });
});

describe('believable', () => {
  it.each([
    ['2023', '2023'], ['2023-01', '2023-01'], ['2023-01-15', '2023-01-15'], ['2023-01-15T10:00:00Z', '2023-01-15'],
    ['2026-12', '2026-12'], ['2026-12-04', undefined], ['2027', undefined], ['1899-01-01', undefined], ['2023-00', undefined],
    ['20230115', undefined], ['2023-1-5', undefined],
  ])('%s → %s', (value, expected) => expect(believable(value, TODAY), 'possible, not after today, not before 1900').toBe(expected));
});
