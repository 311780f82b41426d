import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, runImport, type ImportFormat } from './index';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('detectFormat', () => {
  it.each<[string, string, ImportFormat | undefined]>([
    ['my-list.csv', 'csv-valid.csv', 'csv'],
    ['MY-LIST.CSV', 'csv-bom.csv', 'csv'],
    ['entities.ftm.json', 'os-valid.ftm.json', 'opensanctions'],
    ['export.jsonl', 'os-bom.ftm.json', 'opensanctions'],
    ['query.json', 'wd-valid.json', 'wikidata'],
    ['query.json', 'wd-bom.json', 'wikidata'],
    ['pack.json', 'pack-valid.json', 'pack-json'],
    ['pack.json', 'pack-bom.json', 'pack-json'],
    ['pack.json', 'pack-empty.json', 'pack-json'],
    ['notes.txt', 'pack-empty.json', undefined],
  ])('%s with the content of %s → %s', (name, file, expected) => {
    expect(detectFormat(name, fixture(file))).toBe(expected);
  });
});

describe('runImport', () => {
  it.each<[ImportFormat, string, number]>([
    ['pack-json', 'pack-valid.json', 2],
    ['csv', 'csv-valid.csv', 3],
    ['opensanctions', 'os-valid.ftm.json', 3],
    ['wikidata', 'wd-valid.json', 3],
  ])('%s imports %s (%s entities)', (format, file, count) => {
    const result = runImport(format, fixture(file), { today: '2026-11-23' });
    expect(result.ok && result.pack.entities.length).toBe(count);
  });

  it('refuses a file given to the wrong importer with that importer\'s error', () => {
    const result = runImport('wikidata', fixture('os-valid.ftm.json'), { today: '2026-11-23' });
    expect(!result.ok && result.errors[0]).toMatch(/^not valid JSON at line 2/);
  });
});
