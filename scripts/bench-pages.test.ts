import { describe, expect, it } from 'vitest';
import { benchPage } from './bench-pages';
import { pageBlocks, referenceFor, referenceMentions } from './bench-reference';

describe('bench pages', () => {
  it.each([
    { bytes: 20_000, lang: 'en', density: 'dense' },
    { bytes: 20_000, lang: 'ru', density: 'sparse' },
  ] as const)('$lang $density: same arguments, same bytes; about the size asked for', (spec) => {
    const html = benchPage(spec);
    expect(benchPage(spec), 'deterministic').toBe(html);
    expect(benchPage(spec, 2), 'another seed, another page').not.toBe(html);
    const size = Buffer.byteLength(html);
    expect(size, 'at least the size asked for').toBeGreaterThanOrEqual(spec.bytes);
    expect(size, 'at most one article more').toBeLessThan(spec.bytes + 8_000);
    expect(html, 'the language is declared for the matcher').toContain(`<html lang="${spec.lang}">`);
  });

  it('carries news markup: headings, links, lists and a table', () => {
    const html = benchPage({ bytes: 60_000, lang: 'en', density: 'dense' });
    for (const tag of ['<h1>', '<h2>', '<p>', '<a href=', '<ul>', '<li>', '<table>']) expect(html, `has ${tag}`).toContain(tag);
  });

  // Compiled once for both languages: the bundled pack alone, and with 1,000 synthetic entities.
  const bundled = referenceFor(0).matcher;
  const withSynthetic = referenceFor(1_000).matcher;
  it.each(['en', 'ru'] as const)('%s: dense pages have many times the mentions of sparse ones, and synthetic names count', (lang) => {
    const dense = pageBlocks(benchPage({ bytes: 30_000, lang, density: 'dense' }));
    const sparse = pageBlocks(benchPage({ bytes: 30_000, lang, density: 'sparse' }));
    const d = referenceMentions(dense, bundled), s = referenceMentions(sparse, bundled);
    expect(s, 'sparse pages still mention someone').toBeGreaterThan(0);
    expect(d, 'dense pages: at least five times the mentions').toBeGreaterThan(5 * s);
    expect(referenceMentions(dense, withSynthetic), 'synthetic persons on the page are found once their base is installed').toBeGreaterThan(d);
  });
});
