/**
 * Subscribed feeds: subscribe by URL (asking for that origin's host permission),
 * update now, refresh interval, and each feed's last success and last error with
 * its time. Fetching happens in the background; this panel only asks.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { ask, type FeedRow } from '@/lib/messages';
import { checkFeedUrl, isLocalHost } from '@/lib/feeds/fetch-feed';
import { i18n } from '#i18n';
import { formatDateTime } from '@/lib/card/format';
import { uiLang } from '../locale';
import { WikidataCheck } from './WikidataCheck';

const INTERVALS = [
  { hours: 6, label: () => i18n.t('options.feeds.every6h') },
  { hours: 24, label: () => i18n.t('options.feeds.daily') },
  { hours: 24 * 7, label: () => i18n.t('options.feeds.weekly') },
];

function when(iso?: string): string {
  return iso ? formatDateTime(iso, uiLang()) : i18n.t('options.feeds.never');
}

export function FeedsPanel({ onChanged }: { onChanged: () => void }) {
  const [feeds, setFeeds] = useState<FeedRow[]>([]);
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = async () => {
    const r = await ask('listFeeds', {});
    if (r.ok) setFeeds(r.feeds);
    else setMessage({ ok: false, text: r.error });
  };
  useEffect(() => {
    void reload();
  }, []);

  async function subscribe(e: Event) {
    e.preventDefault();
    setMessage(null);
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      return setMessage({ ok: false, text: i18n.t('options.feeds.errorUrl') });
    }
    // The same rule the background applies when fetching (https; http only on localhost).
    if (checkFeedUrl(parsed.href)) {
      return setMessage({ ok: false, text: i18n.t('options.feeds.errorHttps') });
    }
    // Host permission for this origin only, asked now (a user gesture), never at install.
    // Local test servers answer with CORS headers and need none.
    if (!isLocalHost(parsed.hostname)) {
      const granted = await browser.permissions.request({ origins: [`${parsed.origin}/*`] }).catch(() => false);
      if (!granted) return setMessage({ ok: false, text: i18n.t('options.feeds.errorPermission', [parsed.origin]) });
    }
    setBusy(true);
    const r = await ask('subscribeFeed', { url: parsed.href, ...(publicKey.trim() ? { publicKey: publicKey.trim() } : {}) });
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: r.message } : { ok: false, text: r.error });
    if (r.ok) {
      setUrl('');
      setPublicKey('');
    }
    await reload();
    onChanged();
  }

  async function updateNow() {
    setBusy(true);
    setMessage(null);
    const r = await ask('updateFeeds', {});
    await reload(); // the table first, so the message never describes rows not yet shown
    setBusy(false);
    setMessage(r.ok ? { ok: r.results.every((x) => x.ok), text: r.results.map((x) => `${x.url}: ${x.message}`).join('\n') || i18n.t('options.feeds.nothingToUpdate') } : { ok: false, text: r.error });
    onChanged();
  }

  async function remove(feed: FeedRow) {
    if (!confirm(i18n.t('options.feeds.confirmRemove', [feed.url]))) return;
    const r = await ask('removeFeed', { url: feed.url });
    if (!r.ok) setMessage({ ok: false, text: r.error });
    await reload();
    onChanged();
  }

  async function setInterval_(feed: FeedRow, hours: number) {
    const r = await ask('setFeedInterval', { url: feed.url, intervalHours: hours });
    if (!r.ok) setMessage({ ok: false, text: r.error });
    await reload();
  }

  return (
    <section class="panel" aria-label={i18n.t('options.tabs.feeds')}>
      <h3>{i18n.t('options.tabs.feeds')}</h3>
      <form class="row" onSubmit={(e) => void subscribe(e)}>
        <label class="grow">
          {i18n.t('options.feeds.feedUrl')}
          <input type="url" name="feed-url" value={url} placeholder="https://example.org/packs/central-asia.json" required onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label class="grow">
          {i18n.t('options.feeds.publicKey')}
          <input type="text" name="feed-key" value={publicKey} placeholder={i18n.t('options.feeds.publicKeyPlaceholder')} onInput={(e) => setPublicKey((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={busy}>{i18n.t('options.feeds.subscribe')}</button>
        <button type="button" disabled={busy || feeds.length === 0} onClick={() => void updateNow()}>{i18n.t('options.feeds.updateNow')}</button>
      </form>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok pre' : 'error pre'}>{message.text}</p>}
      <table class="feeds">
        <thead>
          <tr>
            <th>{i18n.t('options.feeds.colFeed')}</th>
            <th>{i18n.t('options.common.version')}</th>
            <th>{i18n.t('options.feeds.colLastChecked')}</th>
            <th>{i18n.t('options.feeds.colStatus')}</th>
            <th>{i18n.t('options.feeds.colRefresh')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.url} data-feed={f.url}>
              <td class="url">
                {f.url}
                {f.managed && <span class="chip" title={i18n.t('options.feeds.managedTitle')}>{i18n.t('options.feeds.managed')}</span>}
                {f.publicKey && <span class="chip" title={i18n.t('options.feeds.signedTitle')}>{i18n.t('options.feeds.signed')}</span>}
              </td>
              <td>{f.version ?? '—'}</td>
              <td>{when(f.lastChecked)}</td>
              <td class="feed-status">
                {f.lastError && (!f.lastSuccess || f.lastError.at > f.lastSuccess) ? (
                  <span class="error-text" role="alert">
                    {i18n.t('options.feeds.errorAt', [when(f.lastError.at), f.lastError.message])}
                    {f.version ? ` (${i18n.t('options.feeds.keepingVersion', [f.version])})` : ''}
                  </span>
                ) : f.lastSuccess ? (
                  i18n.t('options.feeds.okAt', [when(f.lastSuccess)])
                ) : (
                  i18n.t('options.feeds.notFetched')
                )}
              </td>
              <td>
                <select aria-label={i18n.t('options.feeds.intervalLabel', [f.url])} value={String(f.intervalHours)} disabled={f.managed} onChange={(e) => void setInterval_(f, Number((e.target as HTMLSelectElement).value))}>
                  {INTERVALS.map((i) => <option key={i.hours} value={String(i.hours)}>{i.label()}</option>)}
                  {!INTERVALS.some((i) => i.hours === f.intervalHours) && <option value={String(f.intervalHours)}>{i18n.t('options.feeds.everyHours', [String(f.intervalHours)])}</option>}
                </select>
              </td>
              <td>{!f.managed && <button type="button" onClick={() => void remove(f)}>{i18n.t('options.common.remove')}</button>}</td>
            </tr>
          ))}
          {feeds.length === 0 && (
            <tr><td colSpan={6} class="muted">{i18n.t('options.feeds.empty')}</td></tr>
          )}
        </tbody>
      </table>
      <WikidataCheck />
    </section>
  );
}
