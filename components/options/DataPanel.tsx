/**
 * Installed packs (export any as a pack file, remove imported ones) and
 * whole-database backup / restore.
 */
import { useState } from 'preact/hooks';
import type { FactBaseDB, PackRecord } from '@/lib/factbase/db';
import { exportPack, removePack } from '@/lib/factbase/store';
import { backupDatabase, restoreDatabase } from '@/lib/factbase/backup';
import { userPack } from '@/lib/factbase/user-pack';
import { formatDateTime } from '@/lib/card/format';
import { i18n } from '#i18n';
import { uiLang } from '../locale';
import { localToday } from '@/lib/dates/today';

function originLabel(origin: PackRecord['origin']): string {
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

export function DataPanel({ db, packs, onChanged }: { db: FactBaseDB; packs: PackRecord[]; onChanged: () => void }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportOne(id: string) {
    const pack = await exportPack(db, id);
    if (pack) download(`${id}-${pack.version}.json`, new Blob([JSON.stringify(pack, null, 1)], { type: 'application/json' }));
  }

  async function remove(p: PackRecord) {
    if (!confirm(i18n.t('options.data.confirmRemove', [p.title, String(p.entityCount)]))) return;
    await removePack(db, p.id);
    onChanged();
  }

  async function exportMine() {
    const pack = userPack(await db.edits.toArray(), localToday());
    if (pack.entities.length === 0) return setMessage({ ok: false, text: i18n.t('options.data.noOwnEntities') });
    download(`my-entities-${pack.version}.json`, new Blob([JSON.stringify(pack, null, 1)], { type: 'application/json' }));
  }

  async function backup() {
    download(`silklens-backup-${localToday()}.json`, await backupDatabase(db));
  }

  async function restore(file: File | undefined) {
    if (!file) return;
    try {
      const { rows } = await restoreDatabase(db, file);
      setMessage({ ok: true, text: i18n.t('options.data.restored', [String(rows), file.name]) });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: i18n.t('options.data.restoreRefused', [error instanceof Error ? error.message : String(error)]) });
    }
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
          {i18n.t('options.data.restoreFrom')} <input type="file" accept=".json" onChange={(e) => void restore((e.target as HTMLInputElement).files?.[0])} />
        </label>
        {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      </section>
    </>
  );
}
