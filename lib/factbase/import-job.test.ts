import { describe, expect, it } from 'vitest';
import { runImportJob, type ImportJobProgress, type ImportJobRequest } from './import-job';
import type { FactPack } from './schema';
import { encodeSingleByte } from './importers/fixtures/encode-fixtures';

const header = 'entity_id,type,name_en,name_ru,fact_text,fact_date,source_title,source_publisher,source_date,source_url';
const row = (i: number) => `person-${i},person,Person ${i},Персона ${i},Did a thing.,2026-11,Report,Pub,2026-11-02,https://example.org/r`;
const csv = (n: number) => `${header}\n${Array.from({ length: n }, (_, i) => row(i)).join('\n')}\n`;
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const request = (over: Partial<ImportJobRequest> & { bytes: ArrayBuffer }): ImportJobRequest => ({
  fileName: 'watch.csv', today: '2026-12-03', stageId: 'stage-1', ...over,
});

/** Run a job with an in-memory stage: what was staged, and every progress message. */
async function run(req: ImportJobRequest, stageError?: Error, maxEntities?: number) {
  const progress: ImportJobProgress[] = [];
  const staged: { pack: FactPack; stageId: string }[] = [];
  const outcome = await runImportJob(req, (p) => progress.push(p), {
    ...(maxEntities === undefined ? {} : { maxEntities }),
    stage: async (pack, stageId, onProgress) => {
      if (stageError) throw stageError;
      staged.push({ pack, stageId });
      onProgress(pack.entities.length, pack.entities.length);
    },
  });
  return { outcome, progress, staged };
}

describe('runImportJob: a good file is staged, and the page hears only a summary', () => {
  it('stages the pack under the page’s stage id and reports parse → check → stage', async () => {
    const { outcome, progress, staged } = await run(request({ bytes: bytes(csv(7)) }));
    expect(outcome, 'the outcome names the stage and sums the pack up').toMatchObject({
      kind: 'staged', stageId: 'stage-1', decoded: { format: 'csv', encoding: 'utf-8', how: 'certain', replacements: 0 },
      pack: { title: 'Imported: watch', entities: 7, sampleNames: ['Person 0 / Персона 0', 'Person 1 / Персона 1', 'Person 2 / Персона 2', 'Person 3 / Персона 3', 'Person 4 / Персона 4'] },
    });
    expect(staged.map((s) => [s.stageId, s.pack.entities.length]), 'the whole checked pack is staged once').toEqual([['stage-1', 7]]);
    expect(progress.map((p) => p.phase), 'progress runs parse, then check, then stage').toEqual(['parse', 'check', 'stage']);
    expect(progress[0], 'a CSV counts characters read').toMatchObject({ unit: 'characters', done: csv(7).length, total: csv(7).length });
    expect(JSON.stringify(outcome), 'the decoded text never goes back to the page').not.toContain('Did a thing');
  });

  it('an OpenSanctions file counts lines', async () => {
    const line = (id: string) => JSON.stringify({ id, schema: 'Person', properties: { name: [`Name ${id}`] }, last_seen: '2026-11-20T00:00:00' });
    const { outcome, progress } = await run(request({ bytes: bytes(`${line('a1')}\n${line('a2')}\n`), fileName: 'x.ftm.json' }));
    expect(outcome.kind, 'the file is staged').toBe('staged');
    expect(progress[0], 'lines read of lines in the file').toMatchObject({ phase: 'parse', unit: 'lines', total: 2 });
  });
});

describe('runImportJob: a bad file fails with the importers’ own messages and stages nothing', () => {
  it.each([
    ['a CSV row without a fact date', { bytes: bytes(`${header}\nx-y,person,X Y,,A fact.,,S,P,2026-11-01,\n`) }, /^row 2: the fact has no fact_date/],
    ['a truncated pack', { bytes: bytes('{"format":"silklens-pack/1",'), fileName: 'pack.json' }, /ends before the JSON is complete/],
    ['a pack that is not UTF-8', { bytes: encodeSingleByte('{"format":"silklens-pack/1","title":"Пакет"}', 'windows-1251').buffer as ArrayBuffer, fileName: 'pack.json' }, /is not UTF-8 text \(byte \d+/],
    ['an empty CSV', { bytes: bytes('') }, /^the file is empty$/],
  ])('%s', async (_, over, message) => {
    const { outcome, staged } = await run(request(over));
    expect(outcome.kind, 'the job fails').toBe('failed');
    expect(outcome.kind === 'failed' && outcome.errors[0], 'the error is the one the importer gives').toMatch(message);
    expect(staged, 'nothing is staged for a refused file').toEqual([]);
  });

  it('a file over the entity limit is refused before it is staged', async () => {
    const { outcome, staged } = await run(request({ bytes: bytes(csv(4)) }), undefined, 3);
    expect(outcome, 'the limit and the file’s count are named').toMatchObject({ kind: 'failed', errors: ['an import holds at most 3 entities; this file has 4: split it into smaller files'] });
    expect(staged, 'nothing is staged').toEqual([]);
  });

  it('a staging failure is reported, not thrown', async () => {
    const { outcome } = await run(request({ bytes: bytes(csv(2)) }), new Error('QuotaExceededError'));
    expect(outcome, 'the page hears why nothing was staged').toMatchObject({ kind: 'failed', errors: [expect.stringMatching(/could not hand the import to the fact base: QuotaExceededError/)] });
  });
});
