/**
 * Installed packs (export any as a pack file, remove imported ones) and whole-database
 * backup / restore. Every read and write is a message to the background. A restore is
 * two steps: the background checks the file and says what it holds and what it would
 * replace; only after the user confirms that does it restore.
 */
import { useEffect, useState } from 'preact/hooks';
import { ask, type PackRow, type StoreSummary } from '@/lib/messages';
import { formatDateTime } from '@/lib/card/format';
import { i18n } from '#i18n';
import { uiLang } from '../locale';
import { localToday } from '@/lib/dates/today';

function originLabel(origin: PackRow['origin']): string {
  switch (origin) {
    case 'bundled': return i18n.t('options.data.originBundled');
    case 'feed': return i18n.t('options.data.originFeed');
    case 'import': return i18n.t('options.data.originImport');
    case 'user': return i18n.t('options.data.originUser');
    default: return String(origin);
  }
}

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const json = (value: unknown) => new Blob([JSON.stringify(value, null, 1)], { type: 'application/json' });

function summaryText(s: StoreSummary): string {
  const entities = s.packs.reduce((n, p) => n + p.entityCount, 0);
  return i18n.t('options.data.storeSummary', [String(s.packs.length), String(entities), String(s.edits), String(s.notes), String(s.ownEntities), String(s.feeds)]);
}

type Restore = { fileName: string; text: string; backup: StoreSummary; current: StoreSummary };

export function DataPanel({ packs, onChanged }: { packs: PackRow[]; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<Restore | null>(null);
  /** The fact base as it was before the last restore, kept on disk until undone or deleted. */
  const [restoreCopy, setRestoreCopy] = useState<StoreSummary | null>(null);
  const readStatus = async () => {
    const r = await ask('factBaseStatus', {});
    if (r.ok) setRestoreCopy(r.restoreCopy);
  };
  useEffect(() => void readStatus(), []);
  const failed = (error: string) => setMessage({ ok: false, text: i18n.t('options.data.exportFailed', [error]) });

  async function exportOne(id: string) {
    const r = await ask('exportPack', { id });
    if (!r.ok) return failed(r.error);
    download(`${id}-${r.pack.version}.json`, json(r.pack));
  }

  async function remove(p: PackRow) {
    if (!confirm(i18n.t('options.data.confirmRemove', [p.title, String(p.entityCount)]))) return;
    const r = await ask('removePack', { id: p.id });
    if (!r.ok) setMessage({ ok: false, text: r.error });
    onChanged();
  }

  async function exportMine() {
    const r = await ask('exportUserPack', {});
    if (!r.ok) return failed(r.error);
    if (!r.pack) return setMessage({ ok: false, text: i18n.t('options.data.noOwnEntities') });
    download(`my-entities-${r.pack.version}.json`, json(r.pack));
  }

  async function backup() {
    const r = await ask('backup', {});
    if (!r.ok) return failed(r.error);
    download(`silklens-backup-${localToday()}.json`, new Blob([r.text], { type: 'application/json' }));
  }

  /** Step 1: read the file and let the background check it; nothing is written. */
  async function inspect(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again must ask again
    if (!file) return;
    setMessage(null);
    setPending(null);
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      return setMessage({ ok: false, text: i18n.t('options.data.restoreRefusedUnchanged', [String(error)]) });
    }
    const r = await ask('inspectBackup', { text });
    if (!r.ok) return setMessage({ ok: false, text: i18n.t('options.data.restoreRefusedUnchanged', [r.error]) });
    setPending({ fileName: file.name, text, backup: r.backup, current: r.current });
  }

  /** Step 2, after the user saw what will be replaced. */
  async function restore(p: Restore) {
    setPending(null);
    const r = await ask('restoreBackup', { text: p.text });
    if (!r.ok) return setMessage({ ok: false, text: i18n.t('options.data.restoreRefusedUnchanged', [r.error]) });
    setMessage({ ok: true, text: i18n.t('options.data.restoredSummary', [p.fileName, summaryText(r.restored)]) });
    await readStatus();
    onChanged();
  }

  async function undoRestore() {
    if (!restoreCopy || !confirm(i18n.t('options.data.undoConfirm', [summaryText(restoreCopy)]))) return;
    const r = await ask('undoRestore', {});
    if (!r.ok) return setMessage({ ok: false, text: i18n.t('options.data.restoreRefusedUnchanged', [r.error]) });
    setMessage({ ok: true, text: r.restored ? i18n.t('options.data.undone', [summaryText(r.restored)]) : i18n.t('options.data.nothingToUndo') });
    await readStatus();
    onChanged();
  }

  async function forgetCopy() {
    const r = await ask('forgetRestoreCopy', {});
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    await readStatus();
  }

  return (
    <>
      <section class="panel" aria-label={i18n.t('options.data.installedPacks')}>
        <h3>{i18n.t('options.data.installedPacks')}</h3>
        <table class="packs">
          <thead>
            <tr>
              <th>{i18n.t('options.data.colPack')}</th>
              <th>{i18n.t('options.common.version')}</th>
              <th>{i18n.t('options.data.colEntities')}</th>
              <th>{i18n.t('options.data.colOrigin')}</th>
              <th>{i18n.t('options.data.colInstalled')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-pack={p.id}>
                <td>{p.title}</td>
                <td>{p.version}</td>
                <td>{p.entityCount}</td>
                <td>{originLabel(p.origin)}{p.from && p.origin !== 'bundled' ? ` (${p.from})` : ''}</td>
                <td>{formatDateTime(p.installedAt, uiLang())}</td>
                <td class="actions">
                  <button type="button" onClick={() => void exportOne(p.id)}>{i18n.t('options.data.export')}</button>
                  {p.origin === 'import' && <button type="button" onClick={() => void remove(p)}>{i18n.t('options.common.remove')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="panel" aria-label={i18n.t('options.data.backupLabel')}>
        <h3>{i18n.t('options.data.backupTitle')}</h3>
        <p class="muted">{i18n.t('options.data.backupHint')}</p>
        <button type="button" onClick={() => void backup()}>{i18n.t('options.data.downloadBackup')}</button>{' '}
        <button type="button" onClick={() => void exportMine()}>{i18n.t('options.data.exportMine')}</button>{' '}
        <label class="file">
          {i18n.t('options.data.restoreFrom')} <input type="file" accept=".json" onChange={(e) => void inspect(e.target as HTMLInputElement)} />
        </label>
        {pending && (
          <div class="restore-confirm" role="alertdialog" aria-label={i18n.t('options.data.restoreConfirmTitle', [pending.fileName])}>
            <p><strong>{i18n.t('options.data.restoreConfirmTitle', [pending.fileName])}</strong> {i18n.t('options.data.restoreWillReplace')}</p>
            <ul>
              <li>{i18n.t('options.data.restoreNow', [summaryText(pending.current)])}</li>
              <li>{i18n.t('options.data.restoreFromFile', [summaryText(pending.backup)])}</li>
              {(pending.backup.warnings ?? []).map((w, i) => <li key={i} class="warning">{w}</li>)}
            </ul>
            <p class="muted">{i18n.t('options.data.restoreKeepsCopy')}</p>
            <button type="button" class="primary" onClick={() => void restore(pending)}>{i18n.t('options.data.restoreConfirm')}</button>{' '}
            <button type="button" onClick={() => setPending(null)}>{i18n.t('options.common.cancel')}</button>
          </div>
        )}
        {restoreCopy && (
          <div class="restore-copy" aria-label={i18n.t('options.data.restoreCopyLabel')}>
            <p>{i18n.t('options.data.restoreCopy', [summaryText(restoreCopy)])}</p>
            <button type="button" onClick={() => void undoRestore()}>{i18n.t('options.data.undoRestore')}</button>{' '}
            <button type="button" onClick={() => void forgetCopy()}>{i18n.t('options.data.forgetCopy')}</button>
          </div>
        )}
        {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      </section>
    </>
  );
}
