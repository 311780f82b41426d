/**
 * Import a file: pick → a worker decodes (a CSV's encoding is detected or guessed, shown,
 * and the user can change it: the preview re-decodes), parses, checks and stages the pack
 * (import-runner.ts; progress shown, Cancel stops it at once) → the background diffs the
 * staged pack: what would be added / changed / removed → Apply (one Dexie transaction)
 * or Cancel. Nothing is written before Apply, and a failed apply leaves the fact base as
 * it was. Unreadable characters (U+FFFD) block Apply until the user says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PREVIEW_LIST, type DiffPreview } from '@/lib/factbase/diff';
import { ask, type PackRow } from '@/lib/messages';
import { FORMAT_LABEL, type ImportFormat } from '@/lib/factbase/import-file';
import type { DecodedSummary, ImportJobProgress, StagedSummary } from '@/lib/factbase/import-job';
import { CSV_ENCODINGS, encodingLabel, type TextEncoding } from '@/lib/factbase/importers/encoding';
import { i18n } from '#i18n';
import { localToday } from '@/lib/dates/today';
import { startImport, type RunningImport } from './import-runner';

function formatLabel(format: ImportFormat): string {
  switch (format) {
    case 'pack': return i18n.t('options.import.formatPack');
    case 'csv': return i18n.t('options.import.formatCsv');
    case 'opensanctions': return i18n.t('options.import.formatOpensanctions');
    case 'wikidata': return i18n.t('options.import.formatWikidata');
    default: return FORMAT_LABEL[format];
  }
}

type Stage =
  | { kind: 'idle'; message?: string }
  | { kind: 'parsing'; progress: ImportJobProgress | null }
  | { kind: 'preview'; pack: StagedSummary; diff: DiffPreview; warnings: string[]; decoded: DecodedSummary; stageId: string }
  | { kind: 'applying' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; errors: string[]; decoded?: DecodedSummary };

const today = () => localToday();

/** Told after an import lands, with the fact base's packs and entity count as they now are. */
export type OnImportApplied = (listing: { packs: PackRow[]; entities: number } | null) => void;

export function ImportPanel({ onApplied }: { onApplied: OnImportApplied }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [fileName, setFileName] = useState('');
  // The file's bytes stay here so a different encoding re-decodes without picking the file again.
  const [bytes, setBytes] = useState<ArrayBuffer | null>(null);
  const [acceptDamage, setAcceptDamage] = useState(false);
  const running = useRef<RunningImport | null>(null);

  // Leaving the page stops the worker and drops what it staged.
  useEffect(() => {
    const stop = () => running.current?.cancel();
    addEventListener('pagehide', stop);
    return () => {
      removeEventListener('pagehide', stop);
      stop();
    };
  }, []);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setStage({ kind: 'parsing', progress: null });
    try {
      const read = await file.arrayBuffer();
      setBytes(read);
      await load(read, file.name);
    } catch (error) {
      setStage({ kind: 'error', errors: [i18n.t('options.import.couldNotRead', [file.name, String(error)])] });
    }
  }

  async function load(read: ArrayBuffer, name: string, encoding?: TextEncoding) {
    running.current?.cancel(); // a new import replaces one still running
    setAcceptDamage(false);
    setStage({ kind: 'parsing', progress: null });
    const stageId = crypto.randomUUID();
    const job = startImport(
      { bytes: read, fileName: name, today: today(), stageId, ...(format === 'auto' ? {} : { format }), ...(encoding ? { encoding } : {}) },
      (progress) => {
        if (running.current === job) setStage({ kind: 'parsing', progress });
      },
    );
    running.current = job;
    const outcome = await job.outcome;
    if (running.current !== job) return; // cancelled or replaced: whoever did it set the stage
    running.current = null;
    if (!outcome) return;
    if (outcome.kind === 'failed') return setStage({ kind: 'error', errors: outcome.errors, ...(outcome.decoded ? { decoded: outcome.decoded } : {}) });
    // The background diffs against the stored pack of the same id (it alone reads the fact base).
    const preview = await ask('previewImport', { stageId });
    if (!preview.ok) return setStage({ kind: 'error', errors: [preview.error], decoded: outcome.decoded });
    setStage({ kind: 'preview', pack: outcome.pack, diff: preview.diff, warnings: outcome.warnings, decoded: outcome.decoded, stageId });
  }

  function cancelParsing() {
    const job = running.current;
    running.current = null;
    job?.cancel();
    setStage({ kind: 'idle', message: i18n.t('options.import.cancelled') });
  }

  function cancelPreview(stageId: string) {
    void ask('discardImport', { stageId });
    setStage({ kind: 'idle', message: i18n.t('options.import.cancelled') });
  }

  const reDecode = (encoding: TextEncoding) => {
    if (bytes) void load(bytes, fileName, encoding);
  };
  const decoded = stage.kind === 'preview' || stage.kind === 'error' ? stage.decoded : undefined;

  async function apply(pack: StagedSummary, stageId: string) {
    setStage({ kind: 'applying' });
    try {
      const applied = await ask('applyImport', { stageId, fileName });
      if (!applied.ok) throw new Error(applied.error);
      if (!applied.applied) throw new Error(i18n.t('options.import.gone'));
      const { kept } = applied;
      onApplied(applied.listing);
      const keptNote = kept.length ? ` ${i18n.t('options.import.kept', [kept.length.toLocaleString()])}` : '';
      setStage({ kind: 'done', message: `${i18n.t('options.import.imported', [pack.title, pack.entities.toLocaleString()])}${keptNote}` });
    } catch (error) {
      setStage({ kind: 'error', errors: [i18n.t('options.import.nothingChanged', [error instanceof Error ? error.message : String(error)])] });
    }
  }

  return (
    <section class="panel" aria-label={i18n.t('options.import.title')}>
      <h3>{i18n.t('options.import.title')}</h3>
      <div class="row">
        <label>
          {i18n.t('options.import.format')}{' '}
          <select value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ImportFormat | 'auto')}>
            <option value="auto">{i18n.t('options.import.detect')}</option>
            {(Object.keys(FORMAT_LABEL) as ImportFormat[]).map((f) => (
              <option key={f} value={f}>{formatLabel(f)}</option>
            ))}
          </select>
        </label>
        <label class="file">
          {i18n.t('options.import.file')}{' '}
          <input type="file" accept=".json,.jsonl,.ndjson,.csv,.tsv" onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {stage.kind === 'parsing' && (
        <p>
          {i18n.t('options.import.reading', [fileName])}{' '}
          <progress {...progressValue(stage.progress)} aria-label={i18n.t('options.import.progress')} /> {progressText(stage.progress)}{' '}
          <button type="button" onClick={cancelParsing}>{i18n.t('options.import.cancel')}</button>
        </p>
      )}
      {stage.kind === 'idle' && stage.message && <p class="muted" role="status">{stage.message}</p>}
      {decoded && <EncodingRow decoded={decoded} onPick={reDecode} />}
      {stage.kind === 'error' && (
        <div role="alert" class="error">
          <strong>{i18n.t('options.import.refused')}</strong>
          <ul>{stage.errors.slice(0, 20).map((e, i) => <li key={i}>{e}</li>)}</ul>
        </div>
      )}
      {stage.kind === 'preview' && (
        <div class="preview" aria-label={i18n.t('options.import.preview')}>
          <p>
            <strong>{stage.pack.title}</strong> {i18n.t('options.import.version', [stage.pack.version])}{' '}
            <span class="added">{i18n.t('options.import.added', [stage.diff.counts.added.toLocaleString()])}</span>,{' '}
            <span class="changed">{i18n.t('options.import.changed', [stage.diff.counts.changed.toLocaleString()])}</span>,{' '}
            <span class="removed">{i18n.t('options.import.removed', [stage.diff.counts.removed.toLocaleString()])}</span>,{' '}
            {i18n.t('options.import.unchanged', [stage.diff.unchanged.toLocaleString()])}
          </p>
          <SampleNames pack={stage.pack} />
          <DiffList title={i18n.t('options.import.listAdded')} items={stage.diff.added.map((e) => e.name)} total={stage.diff.counts.added} />
          <DiffList title={i18n.t('options.import.listChanged')} items={stage.diff.changed.map((e) => `${e.name} (${e.fields.join(', ')})`)} total={stage.diff.counts.changed} />
          <DiffList title={i18n.t('options.import.listRemoved')} items={stage.diff.removed.map((e) => e.name)} total={stage.diff.counts.removed} />
          {stage.warnings.length > 0 && <DiffList title={i18n.t('options.import.listWarnings')} items={stage.warnings.slice(0, PREVIEW_LIST)} total={stage.warnings.length} />}
          {stage.decoded.replacements > 0 && (
            <div role="alert" class="error replacements">
              <p>{i18n.t('options.import.replacements', [stage.decoded.replacements.toLocaleString()])}</p>
              <p>
                <label>
                  <input type="checkbox" checked={acceptDamage} onChange={(e) => setAcceptDamage((e.target as HTMLInputElement).checked)} />{' '}
                  {i18n.t('options.import.importAnyway')}
                </label>
              </p>
            </div>
          )}
          {/* Blocked until accepted; without the primary colour so it does not look clickable. */}
          <button
            type="button"
            class={stage.decoded.replacements > 0 && !acceptDamage ? '' : 'primary'}
            disabled={stage.decoded.replacements > 0 && !acceptDamage}
            onClick={() => void apply(stage.pack, stage.stageId)}
          >
            {i18n.t('options.import.apply')}
          </button>{' '}
          <button type="button" onClick={() => cancelPreview(stage.stageId)}>{i18n.t('options.common.cancel')}</button>
        </div>
      )}
      {stage.kind === 'applying' && <p>{i18n.t('options.import.writing')} <progress aria-label={i18n.t('options.import.progress')} /></p>}
      {stage.kind === 'done' && <p class="ok" role="status">{stage.message}</p>}
    </section>
  );
}

/** No value while the worker has nothing countable to report: the bar then shows activity, not a false 0 %. */
function progressValue(progress: ImportJobProgress | null): { max?: number; value?: number } {
  if (!progress || progress.total === 0) return {};
  return { max: progress.total, value: progress.done };
}

function progressText(progress: ImportJobProgress | null): string {
  if (!progress) return '';
  if (progress.phase === 'check') return i18n.t('options.import.checking');
  const done = progress.done.toLocaleString();
  const total = progress.total.toLocaleString();
  if (progress.phase === 'stage') return i18n.t('options.import.staged', [done, total]);
  if (progress.unit === 'lines') return i18n.t('options.import.lines', [done, total]);
  return progress.total ? i18n.t('options.import.parsedShare', [String(Math.floor((100 * progress.done) / progress.total))]) : '';
}

/** The file's encoding, how it was found, and (for a CSV) a choice that re-decodes the file. */
function EncodingRow({ decoded, onPick }: { decoded: DecodedSummary; onPick: (encoding: TextEncoding) => void }) {
  const name = encodingLabel(decoded.encoding);
  const how =
    decoded.how === 'guessed' ? i18n.t('options.import.encodingGuessed', [name])
    : decoded.how === 'chosen' ? i18n.t('options.import.encodingChosen', [name])
    : i18n.t('options.import.encodingCertain', [name]);
  if (decoded.format !== 'csv') return <p class="muted encoding">{how}</p>;
  return (
    <p class="row encoding">
      <label>
        {how}{' '}
        <select aria-label={i18n.t('options.import.encodingPick')} value={decoded.encoding} onChange={(e) => onPick((e.target as HTMLSelectElement).value as TextEncoding)}>
          {CSV_ENCODINGS.map((e) => <option key={e.encoding} value={e.encoding}>{e.label}</option>)}
        </select>
      </label>
    </p>
  );
}

/** The first entities' names in every language, shown outright: mojibake is obvious here. */
function SampleNames({ pack }: { pack: StagedSummary }) {
  if (pack.sampleNames.length === 0) return null;
  return (
    <p class="sample-names">
      <strong>{i18n.t('options.import.sampleNames')}</strong> {pack.sampleNames.join('; ')}
      {pack.entities > pack.sampleNames.length ? ' …' : ''}
    </p>
  );
}

/** A list of the preview: the first entries the background sent, and how many there are in all. */
function DiffList({ title, items, total }: { title: string; items: string[]; total: number }) {
  if (total === 0) return null;
  return (
    <details>
      <summary>{title} ({total.toLocaleString()})</summary>
      <ul>
        {items.map((t, i) => <li key={i}>{t}</li>)}
        {total > items.length && <li class="muted">{i18n.t('options.import.andMore', [(total - items.length).toLocaleString()])}</li>}
      </ul>
    </details>
  );
}
