import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, importBytes, runImport } from './import-file';
import { encodeSingleByte } from './importers/fixtures/encode-fixtures';

describe('detectFormat', () => {
  it.each([
    { why: 'CSV by extension', name: 'people.csv', text: 'entity_id,type', format: 'csv' },
    { why: 'JSON lines by extension', name: 'entities.ftm.json', text: '{"id":"x"}', format: 'opensanctions' },
    { why: 'a Silk Lens pack by its format field', name: 'pack.json', text: '{"format":"silklens-pack/1","id":"x"}', format: 'pack' },
    { why: 'a Wikidata SPARQL result by head.vars', name: 'query.json', text: '{"head":{"vars":["person"]},"results":{"bindings":[]}}', format: 'wikidata' },
    { why: 'FollowTheMoney lines in a .json file', name: 'export.json', text: '{"id":"Q1","schema":"Person","properties":{}}\n{"id":"Q2","schema":"Person","properties":{}}', format: 'opensanctions' },
    { why: 'anything else is tried as a pack (and gets its clear error)', name: 'mystery.bin', text: 'garbage', format: 'pack' },
  ])('$why', ({ name, text, format }) => expect(detectFormat(name, text)).toBe(format));
});

describe('runImport', () => {
  it('names an imported pack after its file so re-importing the same file replaces it', () => {
    const csv = 'entity_id,type,name_en,fact_text,fact_date,source_title,source_publisher,source_date,source_url\n'
      + 'ana-example,person,Ana Example,Did a thing.,2023-05,Report,Pub,2023-05-02,https://example.org/r\n';
    const r = runImport(csv, { format: 'csv', today: '2026-11-23', fileName: 'C:\\data\\Watch List.csv' });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.pack.id).toBe('import-watch-list');
    expect(r.pack.title).toBe('Imported: Watch List');
  });

  it('returns the importer errors for a broken file, never throws', () => {
    const r = runImport('{"format":"silklens-pack/1",', { format: 'pack', today: '2026-11-23', fileName: 'x.json' });
    expect(r.ok).toBe(false);
  });
});

describe('importBytes: the encoding of the file', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, 'importers', 'fixtures', name)));
  const today = '2026-12-03';
  const RU_NAMES = ['Касым-Жомарт Токаев', 'Садыр Жапаров', 'Шавкат Мирзиёев', 'Эмомали Рахмон'];
  const ruNames = (r: Awaited<ReturnType<typeof importBytes>>) => (r.result.ok ? r.result.pack.entities.map((e) => e.names.ru) : r.result.errors);

  it.each([
    { file: 'csv-ru-utf8.csv', encoding: 'utf-8', how: 'certain' },
    { file: 'csv-cp1251.csv', encoding: 'windows-1251', how: 'guessed' },
    { file: 'csv-cp866.csv', encoding: 'ibm866', how: 'guessed' },
    { file: 'csv-koi8r.csv', encoding: 'koi8-r', how: 'guessed' },
  ])('$file imports with the real Russian names ($encoding, $how)', async ({ file, encoding, how }) => {
    const r = await importBytes(fixture(file), { fileName: file, today });
    expect(r.format, 'a .csv is a CSV').toBe('csv');
    expect(r.decoded, 'encoding found and said how').toMatchObject({ ok: true, encoding, how, replacements: 0 });
    expect(ruNames(r), 'names are the Cyrillic names, not mojibake').toEqual(RU_NAMES);
    if (r.result.ok) expect(r.result.pack.entities[3]!.facts[0]!.text, 'rare letters survive (Ё, щ, ъ)').toContain('ЁЖИК, щука и ъ');
  });

  it('reads a Russian Excel CSV: Windows-1251 with semicolons and CRLF', async () => {
    const text = 'type;name_en;name_ru;fact_text;fact_date;source_title;source_publisher;source_date\r\n'
      + 'person;Sadyr Japarov;Садыр Жапаров;Избран президентом, в январе.;2021-01;Итоги;ЦИК;2021-01-28\r\n';
    const r = await importBytes(encodeSingleByte(text, 'windows-1251'), { fileName: 'excel.csv', today });
    expect(r.result.ok && r.result.pack.entities[0]!.names.ru, 'the Cyrillic name').toBe('Садыр Жапаров');
    expect(r.result.ok && r.result.pack.entities[0]!.facts[0]!.text, 'a comma inside a semicolon-separated cell stays').toBe('Избран президентом, в январе.');
  });

  it('uses the encoding the user picked, even over a good guess, and reports the damage', async () => {
    const r = await importBytes(fixture('csv-cp1251.csv'), { fileName: 'ru.csv', today, encoding: 'utf-8' });
    expect(r.decoded, 'the user’s pick is used and marked as chosen').toMatchObject({ ok: true, encoding: 'utf-8', how: 'chosen' });
    expect(r.decoded.ok && r.decoded.replacements, 'replacement characters are counted, so the page can warn').toBeGreaterThan(50);
  });

  it('re-decoding with the right pick gives the names back', async () => {
    const r = await importBytes(fixture('csv-cp866.csv'), { fileName: 'ru.csv', today, encoding: 'ibm866' });
    expect(ruNames(r), 'CP866 picked by the user').toEqual(RU_NAMES);
  });

  it.each([
    { why: 'a pack JSON in Windows-1251', format: 'pack', text: '{"format":"silklens-pack/1","title":"Токаев"}' },
    { why: 'a Wikidata result in Windows-1251', format: 'wikidata', text: '{"head":{"vars":["p"]},"x":"Токаев"}' },
    { why: 'an OpenSanctions file in Windows-1251', format: 'opensanctions', text: '{"id":"x","schema":"Person","properties":{"name":["Токаев"]}}' },
  ] as const)('refuses $why with a clear message instead of mojibake', async ({ format, text }) => {
    const r = await importBytes(encodeSingleByte(text, 'windows-1251'), { fileName: 'x.json', today, format, encoding: 'windows-1251' });
    expect(r.result.ok, 'not imported').toBe(false);
    expect(r.result.ok ? '' : r.result.errors.join(' '), 'says it is not UTF-8 and what to do').toMatch(/not UTF-8 text \(byte \d+ is not valid UTF-8\).*UTF-8 by specification; export or save it as UTF-8/);
  });

  it('accepts a UTF-8 pack with a byte order mark', async () => {
    const bytes = fixture('pack-bom.json');
    const r = await importBytes(bytes, { fileName: 'pack-bom.json', today });
    expect(r.decoded, 'UTF-8 for certain').toMatchObject({ ok: true, encoding: 'utf-8', how: 'certain' });
  });

  it('detects the format from the bytes when the name does not say', async () => {
    const r = await importBytes(new TextEncoder().encode('{"head":{"vars":["person"]},"results":{"bindings":[]}}'), { fileName: 'query.json', today });
    expect(r.format, 'Wikidata by content').toBe('wikidata');
  });
});
