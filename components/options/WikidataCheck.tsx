/**
 * "Check against Wikidata" on the Feeds tab: one button, a line saying exactly what is
 * sent, and the differences of the last check for the user to review (link to the
 * Wikidata item, link to the entity, Dismiss). The background does the asking and keeps
 * the result (lib/background/wikidata-routes.ts); a failed check shows its error and
 * leaves the earlier result on screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { ask } from '@/lib/messages';
import { formatDate, formatDateTime } from '@/lib/card/format';
import { isLocalHost } from '@/lib/feeds/feed-url';
import { TEST_BUILD, WIKIDATA_PERMISSION_ORIGIN } from '@/lib/wikidata/endpoint';
import type { WikidataCheckView } from '@/lib/wikidata/state';
import type { WikidataDisagreement } from '@/lib/wikidata/compare';
import { uiLang } from '../locale';

/** Test builds only: `options.html?wikidataEndpoint=http://127.0.0.1:…/sparql` (the background checks it again). */
function testEndpoint(): string | undefined {
  if (!TEST_BUILD) return undefined;
  return new URLSearchParams(location.search).get('wikidataEndpoint') ?? undefined;
}

function isLocal(endpoint: string | undefined): boolean {
  try {
    return endpoint !== undefined && isLocalHost(new URL(endpoint).hostname);
  } catch {
    return false;
  }
}

export function WikidataCheck() {
  const [check, setCheck] = useState<WikidataCheckView | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void ask('listWikidataDisagreements', {}).then((r) => (r.ok ? setCheck(r.check) : setError(r.error)));
  }, []);

  async function run() {
    setError(null);
    const endpoint = testEndpoint();
    // Asked at the click (a user gesture), never at install; a local test server sends CORS headers and needs none.
    if (!isLocal(endpoint)) {
      const granted = await browser.permissions.request({ origins: [WIKIDATA_PERMISSION_ORIGIN] }).catch(() => false);
      if (!granted) return setError(i18n.t('wikidata.errorPermission'));
    }
    setRunning(true);
    const r = await ask('checkWikidata', endpoint ? { endpoint } : {});
    setRunning(false);
    if (r.ok) setCheck(r.check);
    else setError(i18n.t('wikidata.failed', [r.error]));
  }

  async function dismiss(d: WikidataDisagreement) {
    const r = await ask('dismissWikidataDisagreement', { office: d.office, item: d.wikidataItem });
    if (r.ok) setCheck(r.check);
    else setError(r.error);
  }

  const lang = uiLang();
  return (
    <section class="wikidata-check" aria-label={i18n.t('wikidata.title')}>
      <h3>{i18n.t('wikidata.title')}</h3>
      <p class="muted">{i18n.t('wikidata.whatIsSent')}</p>
      <button type="button" class="primary" disabled={running} aria-busy={running} onClick={() => void run()}>
        {i18n.t('wikidata.button')}
      </button>
      {running && <p role="status">{i18n.t('wikidata.running')}</p>}
      {error && <p role="alert" class="error pre">{error}</p>}
      {check ? (
        <>
          <p class="wikidata-summary">
            {i18n.t('wikidata.summary', [formatDateTime(check.checkedAt, lang), String(check.offices), String(check.agreements), String(check.disagreements.length)])}
            {check.dismissed > 0 ? ` ${i18n.t('wikidata.dismissedCount', [String(check.dismissed)])}` : ''}
          </p>
          {check.disagreements.length === 0 ? (
            <p class="muted">{i18n.t('wikidata.none')}</p>
          ) : (
            <ul class="wikidata-differences" aria-label={i18n.t('wikidata.listLabel')}>
              {check.disagreements.map((d) => (
                <li key={`${d.office} ${d.wikidataItem}`} data-office={d.office} data-wikidata-item={d.wikidataItem}>
                  <code>{d.office}</code>{' '}
                  {d.entityId ? (
                    <a href={`?tab=entities&entity=${encodeURIComponent(d.entityId)}`} title={i18n.t('wikidata.openEntity')}>{i18n.t('wikidata.packHolder', [d.packHolder ?? d.entityId])}</a>
                  ) : (
                    i18n.t('wikidata.packNone')
                  )}
                  {d.packSince ? ` ${i18n.t('wikidata.since', [formatDate(d.packSince, lang)])}` : ''}
                  {' · '}
                  <a href={`https://www.wikidata.org/wiki/${d.wikidataItem}`} target="_blank" rel="noreferrer noopener" title={i18n.t('wikidata.openItem')}>
                    {i18n.t('wikidata.wikidataHolder', [d.wikidataHolder])}
                  </a>
                  {d.since ? ` ${i18n.t('wikidata.wikidataSince', [formatDate(d.since, lang)])}` : ''}{' '}
                  <button type="button" aria-label={i18n.t('wikidata.dismissLabel', [d.wikidataHolder])} onClick={() => void dismiss(d)}>
                    {i18n.t('wikidata.dismiss')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {check.notFound.length > 0 && <p class="muted">{i18n.t('wikidata.notFound', [check.notFound.join(', ')])}</p>}
        </>
      ) : (
        !running && <p class="muted">{i18n.t('wikidata.never')}</p>
      )}
    </section>
  );
}
