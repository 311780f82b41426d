import { describe, expect, it } from 'vitest';
import { detectFormat, runImport } from './import-file';

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
