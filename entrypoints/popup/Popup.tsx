import { useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '@/lib/messages';
import type { EntityCardData } from '@/lib/card/card-data';
import { i18n } from '#i18n';
import { isPdfUrl } from '@/lib/pdf/reader-url';
import { hostMatches, isSiteBlocked } from '@/lib/settings/site-match';
import { EntityList } from './EntityList';
import { BriefingExport } from './BriefingExport';
import { pageHost, pageStatus, type PageStatus } from './page-status';

export interface PopupTab {
  id: number;
  url?: string;
  title?: string;
  /** The tab shows the Silk Lens PDF reader (an extension page, entrypoints/pdf/). */
  reader?: boolean;
}

export interface PopupProps {
  activeTab: () => Promise<PopupTab | undefined>;
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
  /**
   * The tab's top frame (or, in a Silk Lens PDF reader tab, the reader page): what it
   * found (rejects when nothing answers).
   */
  getSummary: (tab: PopupTab) => Promise<PageSummary>;
  /** The tab's top frame or reader page: scroll to a line's first mention and open its card. */
  revealEntity: (tab: PopupTab, id: string) => Promise<boolean>;
  openPdfReader: (pdfUrl: string) => void;
  getCards: (ids: string[], pageDate?: string) => Promise<EntityCardData[]>;
  copyText: (text: string) => Promise<void>;
  saveFile: (name: string, text: string, type: string) => void;
}

const HINTS: Record<PageStatus, () => string> = {
  found: () => `${i18n.t('popup.clickHint')} ${i18n.t('popup.hint')}`,
  nothing: () => i18n.t('popup.nothingFound'),
  off: () => i18n.t('popup.offHere'),
  denied: () => i18n.t('popup.deniedHere'),
  notStarted: () => i18n.t('popup.notStarted'),
  cannotRun: () => i18n.t('popup.cannotRun'),
};

/** What Silk Lens found on the current page, computed in that page's content script. */
export function Popup(props: PopupProps) {
  const { activeTab, openOptions, siteList, deniedSites, reloadTab, injectInto, getSummary } = props;
  const [tab, setTab] = useState<PopupTab | null>(null);
  const [summary, setSummary] = useState<PageSummary | null>(null);
  /** What the briefing names: the tab, or in the PDF reader the PDF itself (its title and address). */
  const [page, setPage] = useState<{ title: string; url: string }>({ title: '', url: '' });
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [off, setOff] = useState(false);

  async function describe(t: PopupTab) {
    const [disabled, denied] = [await siteList.get(), await deniedSites()];
    const found = await getSummary(t).catch(() => null);
    // The tab's address, or the page's own word for it when the popup has no activeTab grant.
    if (!t.url && found?.page) t = { ...t, url: found.page.url, title: t.title ?? found.page.title };
    setTab(t);
    // The reader's tab address is the extension's own page: the briefing names the PDF.
    setPage(t.reader && found?.page ? found.page : { title: t.title ?? '', url: t.url ?? '' });
    const host = pageHost(t.url);
    setOff(!!host && isSiteBlocked(host, disabled));
    setSummary(found);
    setStatus(pageStatus({ url: t.url, summary: found && { entities: found.entities.length, enabled: found.enabled }, disabledSites: disabled, deniedSites: denied }));
  }

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      if (!t) return setNote(i18n.t('popup.noTab'));
      await describe(t);
    })();
  }, []);

  async function start() {
    if (!tab) return;
    try {
      await injectInto(tab.id);
      await new Promise((r) => setTimeout(r, 600)); // let it scan and paint
      await describe(tab);
      setNote(null);
    } catch {
      setNote(i18n.t('popup.notRunning'));
    }
  }

  async function toggleSite() {
    const host = pageHost(tab?.url);
    if (!tab || !host) return;
    const sites = await siteList.get();
    // Turning on removes every entry that covers this host (a `*.` pattern too), or it would stay off.
    const next = off ? sites.filter((s) => !hostMatches(host, s)) : [...new Set([...sites, host])];
    await siteList.set(next);
    setOff(!off);
    reloadTab(tab.id);
  }

  async function reveal(id: string) {
    if (!tab) return;
    const shown = await props.revealEntity(tab, id).catch(() => false);
    setNote(shown ? null : i18n.t('popup.notOnPage'));
  }

  const host = pageHost(tab?.url);
  const showing = summary && (status === 'found' || status === 'nothing');
  return (
    <main class="popup">
      <h1>{i18n.t('extName')}</h1>
      {tab && isPdfUrl(tab.url) && (
        <>
          <p class="muted">{i18n.t('popup.pdfHere')}</p>
          <button type="button" class="primary" onClick={() => props.openPdfReader(tab.url!)}>{i18n.t('popup.openPdf')}</button>
        </>
      )}
      {status && <p class="hint muted">{HINTS[status]()}</p>}
      {note && <p class="note" role="status">{note}</p>}
      {status === 'notStarted' && host && (
        <button type="button" class="site-toggle" onClick={() => void start()}>{i18n.t('popup.startHere')}</button>
      )}
      {showing && summary.entities.length > 0 && (
        <>
          <p class="count">{i18n.t('popup.mentions', [String(summary.mentions), String(summary.entities.length)])}</p>
          <EntityList entities={summary.entities} onReveal={(id) => void reveal(id)} />
          <BriefingExport
            summary={summary}
            page={page}
            getCards={props.getCards}
            copyText={props.copyText}
            saveFile={props.saveFile}
          />
        </>
      )}
      <button type="button" class="primary" onClick={() => openOptions()}>{i18n.t('popup.openFactBase')}</button>
      {host && status !== 'denied' && (
        <button type="button" class="site-toggle" onClick={() => void toggleSite()}>
          {off ? i18n.t('popup.turnOn', [host]) : i18n.t('popup.turnOff', [host])}
        </button>
      )}
      <p class="muted small">{i18n.t('popup.privacy')}</p>
    </main>
  );
}
