/**
 * Import a file: pick → decode (a CSV's encoding is detected or guessed, shown, and the
 * user can change it: the preview re-decodes) → parse (progress for big OpenSanctions
 * files) → preview of what would be added / changed / removed → Apply (one Dexie
 * transaction) or Cancel. Nothing is written before Apply, and a failed apply leaves the
 * fact base as it was. Unreadable characters (U+FFFD) block Apply until the user says so.
 */
import { useState } from 'preact/hooks';
import type { FactPack } from '@/lib/factbase/schema';
import type { PackDiff } from '@/lib/factbase/diff';
import { ask } from '@/lib/messages';
import { FORMAT_LABEL, importBytes, type DecodedImport, type ImportFormat } from '@/lib/factbase/import-file';
import { CSV_ENCODINGS, encodingLabel, type TextEncoding } from '@/lib/factbase/importers/encoding';
import { i18n } from '#i18n';
import { localToday } from '@/lib/dates/today';

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
  | { kind: 'idle' }
  | { kind: 'parsing'; done: number; total: number }
  | { kind: 'preview'; pack: FactPack; diff: PackDiff; warnings: string[]; decoded: Decoded }
  | { kind: 'applying' }
  | { kind: 'done'; message: string }
  | { kind: 'error'; errors: string[]; decoded?: Decoded };

type Decoded = Extract<DecodedImport, { ok: true }> & { format: ImportFormat };
/** How many entities' names the preview shows outright, so a wrong encoding is seen at once. */
const SAMPLE_NAMES = 5;

const today = () => localToday();

export function ImportPanel({ onApplied }: { onApplied: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [fileName, setFileName] = useState('');
  // The file's bytes stay here so a different encoding re-decodes without picking the file again.
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [acceptDamage, setAcceptDamage] = useState(false);
  const [previewId, setPreviewId] = useState<string | null>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setStage({ kind: 'parsing', done: 0, total: 0 });
    try {
      const read = new Uint8Array(await file.arrayBuffer());
      setBytes(read);
      await load(read, file.name);
    } catch (error) {
      setStage({ kind: 'error', errors: [i18n.t('options.import.couldNotRead', [file.name, String(error)])] });
    }
  }

  async function load(read: Uint8Array, name: string, encoding?: TextEncoding) {
    setAcceptDamage(false);
    setStage({ kind: 'parsing', done: 0, total: 0 });
    try {
      const { format: detected, decoded, result } = await importBytes(read, {
        ...(format === 'auto' ? {} : { format }),
        ...(encoding ? { encoding } : {}),
        today: today(),
        fileName: name,
        onProgress: (done, total) => setStage({ kind: 'parsing', done, total }),
      });
      const shown = decoded.ok ? { ...decoded, format: detected } : undefined;
      if (!result.ok || !shown) return setStage({ kind: 'error', errors: result.ok ? [] : result.errors, ...(shown ? { decoded: shown } : {}) });
      // The background diffs against the stored pack of the same id (it alone reads the fact base).
      const preview = await ask('previewImport', { packJson: JSON.stringify(result.pack) });
      if (!preview.ok) return setStage({ kind: 'error', errors: [preview.error], decoded: shown });
      setPreviewId(preview.previewId);
      setStage({ kind: 'preview', pack: result.pack, diff: preview.diff, warnings: result.warnings, decoded: shown });
    } catch (error) {
      setStage({ kind: 'error', errors: [i18n.t('options.import.couldNotRead', [name, String(error)])] });
    }
  }

  const reDecode = (encoding: TextEncoding) => {
    if (bytes) void load(bytes, fileName, encoding);
  };
  const decoded = stage.kind === 'preview' || stage.kind === 'error' ? stage.decoded : undefined;

  async function apply(pack: FactPack) {
    setStage({ kind: 'applying' });
    try {
      // The background keeps the pack it previewed; if it no longer does (the worker slept), send it again.
      let applied = previewId ? await ask('applyImport', { previewId, fileName }) : undefined;
      if (!applied || (applied.ok && !applied.applied)) applied = await ask('applyImport', { packJson: JSON.stringify(pack), fileName });
      if (!applied.ok) throw new Error(applied.error);
      const { kept } = applied;
      onApplied();
      const keptNote = kept.length ? ` ${i18n.t('options.import.kept', [String(kept.length)])}` : '';
      setStage({ kind: 'done', message: `${i18n.t('options.import.imported', [pack.title, String(pack.entities.length)])}${keptNote}` });
    } catch (error) {
      setStage({ kind: 'error', errors: [i18n.t('options.import.nothingChanged', [String(error)])] });
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
          {i18n.t('options.import.reading', [fileName])} <progress max={stage.total || 1} value={stage.done} aria-label={i18n.t('options.import.progress')} />{' '}
          {stage.total ? i18n.t('options.import.lines', [stage.done.toLocaleString(), stage.total.toLocaleString()]) : ''}
        </p>
      )}
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
            <span class="added">{i18n.t('options.import.added', [String(stage.diff.added.length)])}</span>,{' '}
            <span class="changed">{i18n.t('options.import.changed', [String(stage.diff.changed.length)])}</span>,{' '}
            <span class="removed">{i18n.t('options.import.removed', [String(stage.diff.removed.length)])}</span>,{' '}
            {i18n.t('options.import.unchanged', [String(stage.diff.unchanged)])}
          </p>
          <SampleNames pack={stage.pack} />
          <DiffList title={i18n.t('options.import.listAdded')} items={stage.diff.added.map((e) => e.name)} />
          <DiffList title={i18n.t('options.import.listChanged')} items={stage.diff.changed.map((e) => `${e.name} (${e.fields.join(', ')})`)} />
          <DiffList title={i18n.t('options.import.listRemoved')} items={stage.diff.removed.map((e) => e.name)} />
          {stage.warnings.length > 0 && <DiffList title={i18n.t('options.import.listWarnings')} items={stage.warnings} />}
          {stage.decoded.replacements > 0 && (
            <div role="alert" class="error replacements">
              <p>{i18n.t('options.import.replacements', [String(stage.decoded.replacements)])}</p>
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
            onClick={() => void apply(stage.pack)}
          >
            {i18n.t('options.import.apply')}
          </button>{' '}
          <button type="button" onClick={() => setStage({ kind: 'idle' })}>{i18n.t('options.common.cancel')}</button>
        </div>
      )}
      {stage.kind === 'applying' && <p>{i18n.t('options.import.writing')} <progress aria-label={i18n.t('options.import.progress')} /></p>}
      {stage.kind === 'done' && <p class="ok" role="status">{stage.message}</p>}
    </section>
  );
}

/** The file's encoding, how it was found, and (for a CSV) a choice that re-decodes the file. */
function EncodingRow({ decoded, onPick }: { decoded: Decoded; onPick: (encoding: TextEncoding) => void }) {
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
function SampleNames({ pack }: { pack: FactPack }) {
  const sample = pack.entities.slice(0, SAMPLE_NAMES).map((e) => [...new Set(Object.values(e.names).filter(Boolean))].join(' / '));
  if (sample.length === 0) return null;
  return (
    <p class="sample-names">
      <strong>{i18n.t('options.import.sampleNames')}</strong> {sample.join('; ')}
      {pack.entities.length > SAMPLE_NAMES ? ' …' : ''}
    </p>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <details>
      <summary>{title} ({items.length})</summary>
      <ul>
        {items.slice(0, 50).map((t, i) => <li key={i}>{t}</li>)}
        {items.length > 50 && <li class="muted">{i18n.t('options.import.andMore', [String(items.length - 50)])}</li>}
      </ul>
    </details>
  );
}
