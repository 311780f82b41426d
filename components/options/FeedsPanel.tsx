/**
 * Subscribed feeds: subscribe by URL (asking for that origin's host permission),
 * update now, refresh interval, and each feed's last success and last error with
 * its time. Fetching happens in the background; this panel only asks.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { FactBaseDB, FeedRecord } from '@/lib/factbase/db';
import { sendMessage } from '@/lib/messages';

const INTERVALS = [
  { hours: 6, label: 'every 6 hours' },
  { hours: 24, label: 'daily' },
  { hours: 24 * 7, label: 'weekly' },
];

function when(iso?: string): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** http is allowed only for the local machine (testing a feed before publishing it). */
function isLocal(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function FeedsPanel({ db, onChanged }: { db: FactBaseDB; onChanged: () => void }) {
  const [feeds, setFeeds] = useState<FeedRecord[]>([]);
  const [url, setUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const reload = async () => setFeeds(await db.feeds.toArray());
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
      return setMessage({ ok: false, text: 'Enter a full feed URL, starting with https://' });
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && isLocal(parsed))) {
      return setMessage({ ok: false, text: 'Feeds must use https (http is allowed only on localhost, for testing).' });
    }
    // Host permission for this origin only, asked now (a user gesture), never at install.
    // Local test servers answer with CORS headers and need none.
    if (!isLocal(parsed)) {
      const granted = await browser.permissions.request({ origins: [`${parsed.origin}/*`] }).catch(() => false);
      if (!granted) return setMessage({ ok: false, text: `Silk Lens needs permission to read ${parsed.origin} to fetch this feed.` });
    }
    setBusy(true);
    const r = await sendMessage('subscribeFeed', { url: parsed.href, ...(publicKey.trim() ? { publicKey: publicKey.trim() } : {}) });
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
    const r = await sendMessage('updateFeeds', {});
    await reload(); // the table first, so the message never describes rows not yet shown
    setBusy(false);
    setMessage(r.ok ? { ok: r.results.every((x) => x.ok), text: r.results.map((x) => `${x.url}: ${x.message}`).join('\n') || 'No feeds to update.' } : { ok: false, text: r.error });
    onChanged();
  }

  async function remove(feed: FeedRecord) {
    if (!confirm(`Unsubscribe from ${feed.url}? Its entities are removed; your own edits stay.`)) return;
    const r = await sendMessage('removeFeed', { url: feed.url });
    if (!r.ok) setMessage({ ok: false, text: r.error });
    await reload();
    onChanged();
  }

  async function setInterval_(feed: FeedRecord, hours: number) {
    await sendMessage('setFeedInterval', { url: feed.url, intervalHours: hours });
    await reload();
  }

  return (
    <section class="panel" aria-label="Feeds">
      <h3>Feeds</h3>
      <form class="row" onSubmit={(e) => void subscribe(e)}>
        <label class="grow">
          Feed URL
          <input type="url" name="feed-url" value={url} placeholder="https://example.org/packs/central-asia.json" required onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <label class="grow">
          Public key (optional)
          <input type="text" name="feed-key" value={publicKey} placeholder="base64 Ed25519 key: unsigned packs are then refused" onInput={(e) => setPublicKey((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={busy}>Subscribe</button>
        <button type="button" disabled={busy || feeds.length === 0} onClick={() => void updateNow()}>Update now</button>
      </form>
      {message && <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok pre' : 'error pre'}>{message.text}</p>}
      <table class="feeds">
        <thead>
          <tr><th>Feed</th><th>Version</th><th>Last checked</th><th>Status</th><th>Refresh</th><th /></tr>
        </thead>
        <tbody>
          {feeds.map((f) => (
            <tr key={f.url} data-feed={f.url}>
              <td class="url">
                {f.url}
                {f.managed && <span class="chip" title="Set by your organisation">managed</span>}
                {f.publicKey && <span class="chip" title="Packs must be signed">signed</span>}
              </td>
              <td>{f.version ?? '—'}</td>
              <td>{when(f.lastChecked)}</td>
              <td class="feed-status">
                {f.lastError && (!f.lastSuccess || f.lastError.at > f.lastSuccess) ? (
                  <span class="error-text" role="alert">
                    Error at {when(f.lastError.at)}: {f.lastError.message}
                    {f.version ? ` (keeping version ${f.version})` : ''}
                  </span>
                ) : f.lastSuccess ? (
                  `OK ${when(f.lastSuccess)}`
                ) : (
                  'not fetched yet'
                )}
              </td>
              <td>
                <select aria-label={`Refresh interval for ${f.url}`} value={String(f.intervalHours)} disabled={f.managed} onChange={(e) => void setInterval_(f, Number((e.target as HTMLSelectElement).value))}>
                  {INTERVALS.map((i) => <option key={i.hours} value={String(i.hours)}>{i.label}</option>)}
                  {!INTERVALS.some((i) => i.hours === f.intervalHours) && <option value={String(f.intervalHours)}>every {f.intervalHours} h</option>}
                </select>
              </td>
              <td>{!f.managed && <button type="button" onClick={() => void remove(f)}>Remove</button>}</td>
            </tr>
          ))}
          {feeds.length === 0 && (
            <tr><td colSpan={6} class="muted">No feeds yet. A team can share a pack by publishing it at an https URL.</td></tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
