import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev', 'Latin names keep their words'],
    ['Касым-Жомарт Токаев', 'kasym-zhomart-tokaev', 'Cyrillic is transliterated'],
    ['Қасым-Жомарт Тоқаев', 'qasym-zhomart-toqaev', 'Kazakh letters are transliterated'],
    ['Emomali Rahmon (President)', 'emomali-rahmon-president', 'punctuation becomes one hyphen'],
    ['Şavkat Mirziyoyev', 'savkat-mirziyoyev', 'diacritics are dropped'],
    ['O‘zbekiston', 'ozbekiston', 'apostrophes do not split words'],
    ['  --  ', '', 'a name without letters gives an empty slug'],
    ['عبد', '', 'scripts without transliteration give an empty slug'],
  ])('%s → %s (%s)', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs within the schema id length', () => {
    expect(slugify('a'.repeat(500)).length).toBeLessThanOrEqual(100);
  });
});

describe('IdAllocator', () => {
  it('suffixes repeated names -2, -3 in order', () => {
    const ids = new IdAllocator();
    expect(['Sadyr Japarov', 'Sadyr Japarov', 'Sadyr Japarov'].map((n) => ids.allocate(n, 'x'))).toEqual([
      'sadyr-japarov',
      'sadyr-japarov-2',
      'sadyr-japarov-3',
    ]);
  });

  it('never hands out an id that was reserved', () => {
    const ids = new IdAllocator();
    expect(ids.reserve('sadyr-japarov-2')).toBe(true);
    expect(ids.allocate('Sadyr Japarov', 'x')).toBe('sadyr-japarov');
    expect(ids.allocate('Sadyr Japarov', 'x')).toBe('sadyr-japarov-3');
    expect(ids.reserve('sadyr-japarov')).toBe(false);
  });

  it('falls back to the given id when the name has no usable letters', () => {
    const ids = new IdAllocator();
    expect(ids.allocate('عبد', 'Q123')).toBe('q123');
    expect(ids.allocate('', '')).toBe('entity');
  });
});
