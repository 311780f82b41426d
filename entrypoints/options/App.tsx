import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactBaseDB, PackRecord } from '@/lib/factbase/db';
import type { Entity, Source } from '@/lib/factbase/schema';
import { allEntities, getEntityWithSources, listPacks } from '@/lib/factbase/store';
import { EntitySearch } from '@/lib/search/entity-search';
import { sendMessage } from '@/lib/messages';
import { EntityDetail } from '@/components/options/EntityDetail';
import { formatDate } from '@/lib/card/format';

const today = () => new Date().toISOString().slice(0, 10);

export function App({ db }: { db: FactBaseDB }) {
  const [entities, setEntities] = useState<Entity[] | null>(null);
  const [packs, setPacks] = useState<PackRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<{ entity: Entity; sources: Source[]; packId: string } | null>(null);

  const reload = async () => {
    const ready = await sendMessage('ensureReady', {}).catch((e: unknown) => ({ ok: false as const, error: String(e) }));
    if (!ready.ok) setError(ready.error);
    setEntities(await allEntities(db));
    setPacks(await listPacks(db));
  };

  useEffect(() => {
    void reload().then(() => {
      const id = new URLSearchParams(location.search).get('entity');
      if (id) void open(id);
    });
  }, []);

  const search = useMemo(() => (entities ? new EntitySearch(entities) : null), [entities]);
  const hits = useMemo(() => (search && query ? search.search(query) : []), [search, query]);
  const list = query ? hits.map((h) => h.entity) : (entities ?? []).slice().sort((a, b) => (a.names.en ?? '').localeCompare(b.names.en ?? ''));

  async function open(id: string) {
    const found = await getEntityWithSources(db, id);
    if (found) setSelected(found);
  }

  return (
    <div class="layout">
      <header class="top">
        <h1>Silk Lens <span class="muted">fact base</span></h1>
        <p class="muted">
          {entities ? `${entities.length} entities` : 'Loading…'} · {packs.length} pack{packs.length === 1 ? '' : 's'} · Page text never leaves your browser.
        </p>
      </header>
      {error && <p role="alert" class="error">{error}</p>}
      <main class="columns">
        <section class="search-pane" aria-label="Entities">
          <label for="search">Search entities</label>
          <input
            id="search"
            type="search"
            placeholder="Tokayev, Токаев, GBAO…"
            value={query}
            autoFocus
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          <ul class="results" aria-label="Search results">
            {list.map((e) => (
              <li key={e.id}>
                <button type="button" class={selected?.entity.id === e.id ? 'result active' : 'result'} data-entity={e.id} onClick={() => void open(e.id)}>
                  <span class="result-name">{e.names.en}</span>
                  {e.names.ru && <span class="muted"> · {e.names.ru}</span>}
                  <span class={`chip chip-${e.type}`}>{e.type}</span>
                </button>
              </li>
            ))}
            {query && list.length === 0 && <li class="muted">No entity matches “{query}”.</li>}
          </ul>
        </section>
        <section class="detail-pane" aria-live="polite">
          {selected ? (
            <EntityDetail
              entity={selected.entity}
              sources={selected.sources}
              today={today()}
              onOpen={(id) => void open(id)}
              {...(packs.find((p) => p.id === selected.packId) ? { packTitle: packs.find((p) => p.id === selected.packId)!.title } : {})}
            />
          ) : (
            <div class="placeholder muted">Search for a person, country, region, organisation or event, then open it to read every fact and source.</div>
          )}
          <section class="packs" aria-label="Installed packs">
            <h3>Installed packs</h3>
            <table>
              <thead>
                <tr><th>Pack</th><th>Version</th><th>Entities</th><th>Origin</th><th>Installed</th></tr>
              </thead>
              <tbody>
                {packs.map((p) => (
                  <tr key={p.id}>
                    <td>{p.title}</td><td>{p.version}</td><td>{p.entityCount}</td><td>{p.origin}</td><td>{formatDate(p.installedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </section>
      </main>
    </div>
  );
}
