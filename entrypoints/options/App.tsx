import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactBaseDB, PackRecord } from '@/lib/factbase/db';
import type { Entity } from '@/lib/factbase/schema';
import { allEntities, listPacks } from '@/lib/factbase/store';
import { entityView, saveEdits, type EntityView } from '@/lib/factbase/view';
import { userEntities, type EditChanges } from '@/lib/factbase/overlay';
import { EntitySearch } from '@/lib/search/entity-search';
import { sendMessage } from '@/lib/messages';
import { ImportPanel } from '@/components/options/ImportPanel';
import { FeedsPanel } from '@/components/options/FeedsPanel';
import { DataPanel } from '@/components/options/DataPanel';
import { NewEntityForm } from '@/components/options/NewEntityForm';
import { SettingsPanel } from '@/components/options/SettingsPanel';
import { EntityDetail, entityTypeLabel } from '@/components/options/EntityDetail';
import { i18n } from '#i18n';
import { localToday } from '@/lib/dates/today';

const LIST_LIMIT = 300;

type Tab = 'entities' | 'feeds' | 'data' | 'settings';
const TABS: { id: Tab; label: () => string }[] = [
  { id: 'entities', label: () => i18n.t('options.tabs.entities') },
  { id: 'feeds', label: () => i18n.t('options.tabs.feeds') },
  { id: 'data', label: () => i18n.t('options.tabs.data') },
  { id: 'settings', label: () => i18n.t('options.tabs.settings') },
];

const today = () => localToday();

export function App({ db }: { db: FactBaseDB }) {
  const [entities, setEntities] = useState<Entity[] | null>(null);
  const [packs, setPacks] = useState<PackRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<EntityView | null>(null);
  const [creating, setCreating] = useState(false);
  const [tab, setTab] = useState<Tab>(() => (new URLSearchParams(location.search).get('tab') as Tab | null) ?? 'entities');

  /** After any write: reload here and let the background recompile and re-highlight tabs. */
  const changed = () => {
    void reload();
    void sendMessage('factBaseChanged', { reason: 'options' }).catch(() => undefined);
  };

  const reload = async () => {
    const ready = await sendMessage('ensureReady', {}).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!ready.ok) setError(ready.error);
    // Hidden entities stay listed here (so they can be shown again); user entities too.
    const edits = await db.edits.toArray();
    const packEntities = await allEntities(db);
    const ids = new Set(packEntities.map((e) => e.id));
    setEntities([...packEntities, ...userEntities(edits).filter((e) => !ids.has(e.id))]);
    setPacks(await listPacks(db));
  };

  useEffect(() => {
    void reload().then(() => {
      const id = new URLSearchParams(location.search).get('entity');
      if (id) void open(id);
    });
  }, []);

  const names = useMemo(() => new Map((entities ?? []).map((e) => [e.id, e.names.en ?? e.id])), [entities]);
  const search = useMemo(() => (entities ? new EntitySearch(entities) : null), [entities]);
  const hits = useMemo(() => (search && query ? search.search(query) : []), [search, query]);
  // Without a query, list the first LIST_LIMIT by name: a 50,000-entity import must not
  // put 50,000 buttons in the page.
  const all = useMemo(() => (entities ?? []).slice().sort((a, b) => (a.names.en ?? '').localeCompare(b.names.en ?? '')), [entities]);
  const list = query ? hits.map((h) => h.entity) : all.slice(0, LIST_LIMIT);

  async function open(id: string) {
    const found = await entityView(db, id);
    if (found) setSelected(found);
  }

  async function edit(changes: EditChanges, openId?: string) {
    try {
      await saveEdits(db, changes);
    } catch (e) {
      setError(i18n.t('options.editNotSaved', [String(e)]));
      return;
    }
    const id = openId ?? selected?.view.entity.id;
    if (id) await open(id);
    changed();
  }

  return (
    <div class="layout">
      <header class="top">
        <h1>Silk Lens <span class="muted">{i18n.t('options.header.factBase')}</span></h1>
        <p class="muted">
          {entities ? i18n.t('options.header.entities', [String(entities.length)]) : i18n.t('options.header.loading')} ·{' '}
          {i18n.t('options.header.packs', packs.length)} · {i18n.t('options.header.privacy')}
        </p>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
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
              {list.map((e) => (
                <li key={e.id}>
                  <button type="button" class={selected?.view.entity.id === e.id ? 'result active' : 'result'} data-entity={e.id} onClick={() => void open(e.id)}>
                    <span class="result-name">{e.names.en}</span>
                    {e.names.ru && <span class="muted"> · {e.names.ru}</span>}
                    <span class={`chip chip-${e.type}`}>{entityTypeLabel(e.type)}</span>
                  </button>
                </li>
              ))}
              {query && list.length === 0 && <li class="muted">{i18n.t('options.search.noMatch', [query])}</li>}
              {!query && all.length > LIST_LIMIT && <li class="muted">{i18n.t('options.search.more', [String(all.length - LIST_LIMIT)])}</li>}
            </ul>
          </section>
          <section class="detail-pane" aria-live="polite">
            {creating ? (
            <NewEntityForm
              existingIds={new Set((entities ?? []).map((e) => e.id))}
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
              nameOf={(id) => names.get(id)}
              {...(packs.find((p) => p.id === selected.packId) ? { packTitle: packs.find((p) => p.id === selected.packId)!.title } : {})}
            />
            ) : (
              <div class="placeholder muted">{i18n.t('options.search.hint')}</div>
            )}
          </section>
        </main>
      )}
      {/* Feed changes are written and broadcast by the background itself: only reload here. */}
      {tab === 'feeds' && <FeedsPanel db={db} onChanged={() => void reload()} />}
      {tab === 'settings' && <SettingsPanel />}
      {tab === 'data' && (
        <>
          <ImportPanel db={db} onApplied={changed} />
          <DataPanel db={db} packs={packs} onChanged={changed} />
        </>
      )}
    </div>
  );
}
