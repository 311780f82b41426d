/**
 * Everything the fact base holds on one entity — names, aliases, roles, every fact,
 * sources — with the user's overlay: edit or hide a fact, hide the entity, add
 * private notes and facts of their own, and settle conflicts when a pack update
 * changed something they edited. Edits are stored apart from packs (overlay.ts).
 */
import { useState } from 'preact/hooks';
import type { Fact } from '@/lib/factbase/schema';
import { formatDate } from '@/lib/card/format';
import { roleStatus } from '@/lib/card/card-data';
import type { EntityView } from '@/lib/factbase/view';
import { addFact, addNote, editFact, factKey, hideEntity, hideFact, resolveConflict, type EditChanges, type UserFact } from '@/lib/factbase/overlay';
import { ConflictBox } from './ConflictBox';
import { FactForm } from './FactForm';

export interface EntityDetailProps {
  data: EntityView;
  packTitle?: string;
  today: string;
  onOpen?: (id: string) => void;
  onEdit: (changes: EditChanges) => void;
}

export function EntityDetail({ data, packTitle, today, onOpen, onEdit }: EntityDetailProps) {
  const { view, sources, conflicts, edits } = data;
  const entity = view.entity;
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [note, setNote] = useState('');
  const byId = new Map(sources.map((s) => [s.id, s]));
  const dates = new Map(sources.map((s) => [s.id, s.date]));
  const order = new Map<string, number>();
  const ref = (ids: string[]) =>
    ids.map((id) => {
      if (!order.has(id)) order.set(id, order.size + 1);
      return `[${order.get(id)}]`;
    }).join('');
  const roles = entity.roles.map((r) => ({ role: r, refs: ref(r.sources), ...roleStatus(r, dates, today) }));
  const facts = entity.facts.map((f, i) => ({ fact: f, origin: view.factOrigins[i] ?? 'pack', refs: ref(f.sources) }));
  const cited = [...order.entries()].map(([id, n]) => ({ n, id, source: byId.get(id) }));
  const hideEdit = edits.find((e) => e.kind === 'hide-entity');
  const packFact = (f: Fact) => data.packEntity?.facts.find((p) => factKey(p) === factKey(f));

  const saveFact = (original: Fact | undefined, value: UserFact) => {
    setEditing(null);
    if (!original) return onEdit({ put: [addFact(entity.id, value)], remove: [] });
    const fromPack = packFact(original);
    const existing = edits.find((e) => e.kind === 'fact-edit' && e.value.text === original.text && e.value.date === original.date);
    if (fromPack) return onEdit({ put: [editFact(entity.id, fromPack, value)], remove: [] });
    if (existing && existing.kind === 'fact-edit') return onEdit({ put: [{ ...existing, value }], remove: [] });
    const own = edits.find((e) => e.kind === 'add-fact' && e.fact.text === original.text && e.fact.date === original.date);
    if (own && own.kind === 'add-fact') onEdit({ put: [{ ...own, fact: value }], remove: [] });
  };

  return (
    <article class="detail" aria-label={`${entity.names.en} details`} data-entity={entity.id}>
      <div class="detail-head">
        <h2>{entity.names.en}</h2>
        {hideEdit ? (
          <button type="button" onClick={() => onEdit({ put: [], remove: [hideEdit.id] })}>Show on pages again</button>
        ) : (
          <button type="button" onClick={() => onEdit({ put: [hideEntity(entity.id)], remove: [] })}>Hide on pages</button>
        )}
      </div>
      <p class="muted">
        {entity.type}
        {entity.country && entity.country !== entity.id ? ` · ${entity.country}` : ''}
        {packTitle ? ` · from “${packTitle}”` : ' · your own entity'} · checked {formatDate(entity.checked)}
        {hideEdit ? ' · hidden by you' : ''}
      </p>
      {conflicts.map((c, i) => (
        <ConflictBox key={i} conflict={c} onChoose={(choice) => onEdit(resolveConflict(c, choice))} />
      ))}
      {entity.description && <p>{entity.description}</p>}
      <h3>Names</h3>
      <ul class="names">
        {Object.entries(entity.names).map(([lang, text]) => (
          <li key={lang}>
            <abbr class="lang">{lang}</abbr> <span lang={lang}>{text}</span>
          </li>
        ))}
      </ul>
      {entity.aliases.length > 0 && (
        <p class="aliases">
          <strong>Also matched as:</strong>{' '}
          {entity.aliases.map((a, i) => (
            <span key={i} class="alias" title={[a.caseSensitive && 'case-sensitive', a.ambiguous && 'ambiguous', a.context && `needs: ${a.context.join(', ')}`].filter(Boolean).join('; ')}>
              {a.text}
              {a.ambiguous ? '*' : ''}
            </span>
          ))}
        </p>
      )}
      {roles.length > 0 && (
        <>
          <h3>Roles</h3>
          <ul class="roles">
            {roles.map(({ role, refs, status, confirmed }, i) => (
              <li key={i}>
                <strong>{role.title}</strong> ({role.from ? formatDate(role.from) : '?'} – {role.to ? formatDate(role.to) : 'present'})
                {status === 'unconfirmed' && confirmed && <span class="badge">last confirmed {formatDate(confirmed)}</span>}
                <sup>{refs}</sup>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Facts ({facts.length})</h3>
      <ol class="facts">
        {facts.map(({ fact, origin, refs }, i) =>
          editing === i ? (
            <li key={i}>
              <FactForm initial={fact} onSave={(v) => saveFact(fact, v)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={i} class={`fact origin-${origin}`}>
              <time dateTime={fact.date}>{formatDate(fact.date)}</time> {fact.text} <sup>{refs}</sup>
              {origin !== 'pack' && <span class="chip">{origin === 'edited' ? 'edited by you' : 'yours'}</span>}
              <span class="fact-actions">
                <button type="button" class="link" onClick={() => setEditing(i)}>Edit</button>
                {packFact(fact) && (
                  <button type="button" class="link" onClick={() => onEdit({ put: [hideFact(entity.id, packFact(fact)!)], remove: [] })}>Hide</button>
                )}
              </span>
            </li>
          ),
        )}
      </ol>
      {view.hiddenFacts.length > 0 && (
        <details>
          <summary>{view.hiddenFacts.length} fact(s) hidden by you</summary>
          <ul>
            {view.hiddenFacts.map((f, i) => {
              const edit = edits.find((e) => e.kind === 'hide-fact' && e.factKey === factKey(f));
              return (
                <li key={i}>
                  {formatDate(f.date)} {f.text}{' '}
                  {edit && <button type="button" class="link" onClick={() => onEdit({ put: [], remove: [edit.id] })}>Show again</button>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {editing === 'new' ? (
        <FactForm onSave={(v) => saveFact(undefined, v)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>Add a fact</button>
      )}
      <h3>Your notes</h3>
      <ul class="notes">
        {view.notes.map((n) => (
          <li key={n.id}>
            {n.text} <span class="muted">({new Date(n.created).toLocaleDateString()})</span>{' '}
            <button type="button" class="link" onClick={() => onEdit({ put: [], remove: [n.id] })}>Delete</button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) return;
          onEdit({ put: [addNote(entity.id, note.trim())], remove: [] });
          setNote('');
        }}
      >
        <label class="grow">
          Private note
          <input type="text" value={note} placeholder="Only you see this; it stays in this browser." onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Add note</button>
      </form>
      {entity.related.length > 0 && (
        <>
          <h3>Related</h3>
          <ul>
            {entity.related.map((r) => (
              <li key={r.entity}>
                <button type="button" class="link" onClick={() => onOpen?.(r.entity)}>{r.entity}</button> — {r.relation}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Sources</h3>
      <ol class="sources">
        {cited.map(({ n, id, source }) => (
          <li key={id} value={n}>
            {source ? (
              <>
                {source.url ? <a href={source.url} target="_blank" rel="noreferrer noopener">{source.title}</a> : source.title} — {source.publisher},{' '}
                {formatDate(source.date)}
                {source.note ? <span class="muted"> ({source.note})</span> : null}
              </>
            ) : (
              <span class="muted">missing source “{id}”</span>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
