import { useEffect, useState } from 'preact/hooks';
import { sendMessage, type PageSummary } from '@/lib/messages';
import { i18n } from '#i18n';
import { typeLabel } from '@/components/EntityCard';
import { isSiteBlocked } from '@/lib/settings/site-match';

export interface PopupProps {
  activeTab: () => Promise<{ id: number; url?: string } | undefined>;
  openOptions: (entityId?: string) => void;
  siteList: { get(): Promise<string[]>; set(sites: string[]): Promise<void> };
  /** Hosts an administrator denied (managed policy): never offered "run here". */
  deniedSites: () => Promise<string[]>;
  reloadTab: (id: number) => void;
  /**
   * Start Silk Lens in a tab that was open before install (no content script yet).
   * Opening the popup grants activeTab, so this needs no host permission.
   */
  injectInto: (id: number) => Promise<void>;
}

/** What Silk Lens found on the current page, computed in that page's content script. */
export function Popup({ activeTab, openOptions, siteList, deniedSites, reloadTab, injectInto }: PopupProps) {
  const [summary, setSummary] = useState<PageSummary | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number; host?: string } | null>(null);
  const [off, setOff] = useState(false);
  const [canStart, setCanStart] = useState(false);

  async function start() {
    if (!tab) return;
    try {
      await injectInto(tab.id);
      await new Promise((r) => setTimeout(r, 600)); // let it scan and paint
      setSummary(await sendMessage('getPageSummary', {}, tab.id));
      setNote(null);
      setCanStart(false);
    } catch {
      setNote(i18n.t('popup.notRunning'));
    }
  }

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      if (!t) return setNote(i18n.t('popup.noTab'));
      const host = t.url && /^https?:/.test(t.url) ? new URL(t.url).hostname : undefined;
      setTab({ id: t.id, ...(host ? { host } : {}) });
      if (host) setOff((await siteList.get()).includes(host));
      try {
        setSummary(await sendMessage('getPageSummary', {}, t.id));
      } catch {
        setNote(i18n.t('popup.notRunning'));
        if (host && !isSiteBlocked(host, await siteList.get(), await deniedSites())) setCanStart(true);
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
      <h1>{i18n.t('extName')}</h1>
      {note && <p class="muted">{note}</p>}
      {canStart && (
        <button type="button" class="site-toggle" onClick={() => void start()}>{i18n.t('popup.startHere')}</button>
      )}
      {summary && (
        <>
          <p class="count">{i18n.t('popup.mentions', [String(summary.mentions), String(summary.entities.length)])}</p>
          <ul class="found">
            {summary.entities.slice(0, 12).map((e) => (
              <li key={e.id}>
                {e.id.startsWith('?') ? (
                  <span title={i18n.t('popup.ambiguous')}>{e.name} (?)</span>
                ) : (
                  <button type="button" class="link" onClick={() => openOptions(e.id)}>{e.name}</button>
                )}
                <span class="muted"> {typeLabel(e.type)} · {e.count}×</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="hint muted">{i18n.t('popup.hint')}</p>
      <button type="button" class="primary" onClick={() => openOptions()}>{i18n.t('popup.openFactBase')}</button>
      {tab?.host && (
        <button type="button" class="site-toggle" onClick={() => void toggleSite()}>
          {off ? i18n.t('popup.turnOn', [tab.host]) : i18n.t('popup.turnOff', [tab.host])}
        </button>
      )}
      <p class="muted small">{i18n.t('popup.privacy')}</p>
    </main>
  );
}
