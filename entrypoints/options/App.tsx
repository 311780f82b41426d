import { useEffect, useRef, useState } from 'preact/hooks';
import type { EditChanges } from '@/lib/factbase/overlay';
import { ask, onMessage, type FactBaseStatus, type EntityDetailData, type EntityRow, type PackRow } from '@/lib/messages';
import { ImportPanel } from '@/components/options/ImportPanel';
import { FeedsPanel } from '@/components/options/FeedsPanel';
import { DataPanel } from '@/components/options/DataPanel';
import { NewEntityForm } from '@/components/options/NewEntityForm';
import { SettingsPanel } from '@/components/options/SettingsPanel';
import { EntityDetail, entityTypeLabel } from '@/components/options/EntityDetail';
import { i18n } from '#i18n';
import { localToday } from '@/lib/dates/today';

/**
 * Without a query the list shows the first LIST_LIMIT by name: a 50,000-entity import
 * must not put 50,000 buttons in the page. The background holds the list and the search
 * index (lib/background/entity-index.ts); this page only ever holds one answer.
 */
const LIST_LIMIT = 300;
const SEARCH_LIMIT = 30;
const SEARCH_DEBOUNCE_MS = 150;

type Tab = 'entities' | 'feeds' | 'data' | 'settings';
const TABS: { id: Tab; label: () => string }[] = [
  { id: 'entities', label: () => i18n.t('options.tabs.entities') },
  { id: 'feeds', label: () => i18n.t('options.tabs.feeds') },
  { id: 'data', label: () => i18n.t('options.tabs.data') },
  { id: 'settings', label: () => i18n.t('options.tabs.settings') },
];

const today = () => localToday();

export function App() {
  /** The latest answer, and the query it answers: rows of an older query are never shown. */
  const [listing, setListing] = useState<{ query: string; rows: EntityRow[] } | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [packs, setPacks] = useState<PackRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<FactBaseStatus | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<EntityDetailData | null>(null);
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<Tab>(() => (new URLSearchParams(location.search).get('tab') as Tab | null) ?? 'entities');
  /** Answers can arrive out of order while the user types: only the latest one is shown. */
  const searchSeq = useRef(0);
  /** What the user sees now: reload() runs from old closures (mount, after writes) and must not search a stale query. */
  const now = useRef({ query, tab });
  now.current = { query, tab };

  const search = async (q: string) => {
    const seq = ++searchSeq.current;
    const r = await ask('searchEntities', { query: q.slice(0, 200), limit: q.trim() ? SEARCH_LIMIT : LIST_LIMIT });
    if (seq !== searchSeq.current) return;
    if (!r.ok) return setError(r.error);
    setListing({ query: q, rows: r.rows });
    setTotal(r.total);
  };

  /** After a write (the background recompiles and tells open tabs itself): re-read. */
  const reload = async () => {
    const ready = await ask('ensureReady', {});
    if (!ready.ok) setError(ready.error);
    const listed = await ask('listPacks', {});
    if (listed.ok) {
      setPacks(listed.packs);
      setTotal(listed.entities);
    } else setError(listed.error);
    const checked = await ask('factBaseStatus', {});
    if (checked.ok) setStatus(checked);
    if (now.current.tab === 'entities') await search(now.current.query);
  };

  useEffect(() => {
    void reload().then(() => {
      const id = new URLSearchParams(location.search).get('entity');
      if (id) void open(id);
    });
  }, []);

  // After any write (an import, a feed update, an edit in another window) the background
  // tells every open view; this page re-reads its header, list and warnings.
  useEffect(() => onMessage('dictionaryChanged', () => void reload()), []);

  // Fuse over 50,000 entities took 0.9–2 s a query in the worker (npm run bench:options-search,
  // on the shared 2-core machine): wait for a pause in typing rather than queue one search per key.
  useEffect(() => {
    if (tab !== 'entities') return;
    const timer = setTimeout(() => void search(query), query ? SEARCH_DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [query, tab]);

  const answered = listing?.query === query;
  const rows = answered ? listing.rows : [];

  async function open(id: string) {
    const r = await ask('getEntity', { id });
    if (!r.ok) return setError(r.error);
    if (r.entity) setSelected(r.entity);
  }

  async function edit(changes: EditChanges, openId?: string) {
    const r = await ask('saveEdits', { changes });
    if (!r.ok) return setError(i18n.t('options.editNotSaved', [r.error]));
    const id = openId ?? selected?.view.entity.id;
    if (id) await open(id);
    await reload();
  }

  async function freeId(base: string): Promise<string | null> {
    const r = await ask('freeEntityId', { base });
    if (r.ok) return r.id;
    setError(r.error);
    return null;
  }

  return (
    <div class="layout">
      <header class="top">
        <h1>Silk Lens <span class="muted">{i18n.t('options.header.factBase')}</span></h1>
        <p class="muted">
          {total !== null ? i18n.t('options.header.entities', [String(total)]) : i18n.t('options.header.loading')} ·{' '}
          {i18n.t('options.header.packs', packs.length)} · {i18n.t('options.header.privacy')}
        </p>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      {status && status.badEntities.count > 0 && (
        // An entity that would break pages is skipped everywhere; say so rather than hide it.
        <div role="alert" class="error bad-entities">
          <p>{i18n.t('options.badEntities', [String(status.badEntities.count)])}</p>
          <ul>{status.badEntities.details.map((b) => <li key={`${b.packId}/${b.id}`}><code>{b.id}</code> ({b.packId}): {b.problem}</li>)}</ul>
        </div>
      )}
      <nav class="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} class={tab === t.id ? 'tab active' : 'tab'} onClick={() => setTab(t.id)}>
            {t.label()}
          </button>
        ))}
      </nav>
      {tab === 'entities' && (
        <main class="columns">
          <section class="search-pane" aria-label={i18n.t('options.tabs.entities')}>
            <div class="search-head">
              <label for="search">{i18n.t('options.search.label')}</label>
              <button type="button" class="link" onClick={() => setCreating(true)}>{i18n.t('options.search.newEntity')}</button>
            </div>
            <input
              id="search"
              type="search"
              placeholder={i18n.t('options.search.placeholder')}
              value={query}
              autoFocus
              onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            />
            <ul class="results" aria-label={i18n.t('options.search.results')}>
              {rows.map((e) => (
                <li key={e.id}>
                  <button type="button" class={selected?.view.entity.id === e.id ? 'result active' : 'result'} data-entity={e.id} onClick={() => void open(e.id)}>
                    <span class="result-name">{e.name}</span>
                    {e.nameRu && <span class="muted"> · {e.nameRu}</span>}
                    <span class={`chip chip-${e.type}`}>{entityTypeLabel(e.type)}</span>
                  </button>
                </li>
              ))}
              {query && answered && rows.length === 0 && <li class="muted">{i18n.t('options.search.noMatch', [query])}</li>}
              {!query && answered && total !== null && total > rows.length && <li class="muted">{i18n.t('options.search.more', [String(total - rows.length)])}</li>}
            </ul>
          </section>
          <section class="detail-pane" aria-live="polite">
            {creating ? (
            <NewEntityForm
              freeId={freeId}
              onCancel={() => setCreating(false)}
              onSave={(c, id) => {
                setCreating(false);
                void edit(c, id);
              }}
            />
          ) : selected ? (
              <EntityDetail
              key={selected.view.entity.id}
              data={selected}
              today={today()}
              onOpen={(id) => void open(id)}
              onEdit={(c) => void edit(c)}
              nameOf={(id) => selected.names[id]}
              {...(selected.packTitle ? { packTitle: selected.packTitle } : {})}
            />
            ) : (
              <div class="placeholder muted">{i18n.t('options.search.hint')}</div>
            )}
          </section>
        </main>
      )}
      {/* Every write happens in the background, which recompiles and tells open tabs: panels only ask this page to re-read. */}
      {tab === 'feeds' && <FeedsPanel onChanged={() => void reload()} />}
      {tab === 'settings' && <SettingsPanel />}
      {tab === 'data' && (
        <>
          <ImportPanel
            onApplied={(listing) => {
              if (listing) {
                setPacks(listing.packs);
                setTotal(listing.entities);
              }
              void reload();
            }}
          />
          <DataPanel packs={packs} onChanged={() => void reload()} />
        </>
      )}
    </div>
  );
}
