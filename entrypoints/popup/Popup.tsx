import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type PageSummary } from '@/lib/messages';

export interface PopupProps {
  activeTabId: () => Promise<number | undefined>;
  openOptions: (entityId?: string) => void;
}

/** What Silk Lens found on the current page, computed in that page's content script. */
export function Popup({ activeTabId, openOptions }: PopupProps) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return setNote('No active tab.');
      try {
        setSummary(await sendMessage('getPageSummary', {}, tabId));
      } catch {
        setNote('Silk Lens does not run on this page (browser pages, the web store, or a tab opened before install: reload it).');
      }
    })();
  }, []);

  return (
    <main class="popup">
      <h1>Silk Lens</h1>
      {note && <p class="muted">{note}</p>}
      {summary && (
        <>
          <p>
            <strong>{summary.mentions}</strong> mention{summary.mentions === 1 ? '' : 's'} of <strong>{summary.entities.length}</strong>{' '}
            {summary.entities.length === 1 ? 'entity' : 'entities'} on this page.
          </p>
          <ul class="found">
            {summary.entities.slice(0, 12).map((e) => (
              <li key={e.id}>
                {e.id.startsWith('?') ? (
                  <span title="Ambiguous: the page does not say which">{e.name} (?)</span>
                ) : (
                  <button type="button" class="link" onClick={() => openOptions(e.id)}>{e.name}</button>
                )}
                <span class="muted"> {e.type} · {e.count}×</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint muted">Hover an underlined name, or press Alt+Shift+→ to step through them.</p>
      <button type="button" class="primary" onClick={() => openOptions()}>Open fact base</button>
      <p class="muted small">Page text is matched inside the page and never leaves your browser.</p>
    </main>
  );
}
