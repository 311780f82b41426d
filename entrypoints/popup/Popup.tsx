import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type PageSummary } from '@/lib/messages';

export interface PopupProps {
  activeTab: () => Promise<{ id: number; url?: string } | undefined>;
  openOptions: (entityId?: string) => void;
  siteList: { get(): Promise<string[]>; set(sites: string[]): Promise<void> };
  reloadTab: (id: number) => void;
}

/** What Silk Lens found on the current page, computed in that page's content script. */
export function Popup({ activeTab, openOptions, siteList, reloadTab }: PopupProps) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; host?: string } | null>(null);
  const [off, setOff] = useState(false);

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      if (!t) return setNote('No active tab.');
      const host = t.url && /^https?:/.test(t.url) ? new URL(t.url).hostname : undefined;
      setTab({ id: t.id, ...(host ? { host } : {}) });
      if (host) setOff((await siteList.get()).includes(host));
      try {
        setSummary(await sendMessage('getPageSummary', {}, t.id));
      } catch {
        setNote('Silk Lens is not running on this page (switched off here, a browser page, or a tab opened before install: reload it).');
      }
    })();
  }, []);

  async function toggleSite() {
    if (!tab?.host) return;
    const sites = await siteList.get();
    const next = off ? sites.filter((s) => s !== tab.host) : [...new Set([...sites, tab.host])];
    await siteList.set(next);
    setOff(!off);
    reloadTab(tab.id);
  }

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
      {tab?.host && (
        <button type="button" class="site-toggle" onClick={() => void toggleSite()}>
          {off ? `Turn on for ${tab.host}` : `Turn off for ${tab.host}`}
        </button>
      )}
      <p class="muted small">Page text is matched inside the page and never leaves your browser.</p>
    </main>
  );
}
