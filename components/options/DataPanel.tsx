/**
 * Installed packs (export any as a pack file, remove imported ones) and
 * whole-database backup / restore.
 */
import { useState } from 'preact/hooks';
import type { FactBaseDB, PackRecord } from '@/lib/factbase/db';
import { exportPack, removePack } from '@/lib/factbase/store';
import { backupDatabase, restoreDatabase } from '@/lib/factbase/backup';
import { userPack } from '@/lib/factbase/user-pack';
import { formatDate } from '@/lib/card/format';

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
    if (!confirm(`Remove “${p.title}” and its ${p.entityCount} entities? Your own edits stay.`)) return;
    await removePack(db, p.id);
    onChanged();
  }

  async function exportMine() {
    const pack = userPack(await db.edits.toArray(), new Date().toISOString().slice(0, 10));
    if (pack.entities.length === 0) return setMessage({ ok: false, text: 'You have no entities of your own yet (they come from “keep mine” on an entity a pack removed, or from imports you edit).' });
    download(`my-entities-${pack.version}.json`, new Blob([JSON.stringify(pack, null, 1)], { type: 'application/json' }));
  }

  async function backup() {
    download(`silklens-backup-${new Date().toISOString().slice(0, 10)}.json`, await backupDatabase(db));
  }

  async function restore(file: File | undefined) {
    if (!file) return;
    try {
      const { rows } = await restoreDatabase(db, file);
      setMessage({ ok: true, text: `Restored ${rows} records from ${file.name}.` });
      onChanged();
    } catch (error) {
      setMessage({ ok: false, text: `Restore refused: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return (
    <>
      <section class="panel" aria-label="Installed packs">
        <h3>Installed packs</h3>
        <table class="packs">
          <thead>
            <tr><th>Pack</th><th>Version</th><th>Entities</th><th>Origin</th><th>Installed</th><th /></tr>
          </thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id} data-pack={p.id}>
                <td>{p.title}</td>
                <td>{p.version}</td>
                <td>{p.entityCount}</td>
                <td>{p.origin}{p.from && p.origin !== 'bundled' ? ` (${p.from})` : ''}</td>
                <td>{formatDate(p.installedAt)}</td>
                <td class="actions">
                  <button type="button" onClick={() => void exportOne(p.id)}>Export</button>
                  {p.origin === 'import' && <button type="button" onClick={() => void remove(p)}>Remove</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="panel" aria-label="Backup">
        <h3>Backup and restore</h3>
        <p class="muted">A backup holds every pack, feed, edit and note. Restoring replaces the whole fact base; a file that fails to restore changes nothing.</p>
        <button type="button" onClick={() => void backup()}>Download backup</button>{' '}
        <button type="button" onClick={() => void exportMine()}>Export my own entities as a pack</button>{' '}
        <label class="file">
          Restore from backup <input type="file" accept=".json" onChange={(e) => void restore((e.target as HTMLInputElement).files?.[0])} />
        </label>
        {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok' : 'error'}>{message.text}</p>}
      </section>
    </>
  );
}
