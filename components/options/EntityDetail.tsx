/**
 * Everything the fact base holds on one entity — names, aliases, roles, every fact,
 * sources — with the user's overlay: edit or hide a fact, hide the entity, add
 * private notes and facts of their own, and settle conflicts when a pack update
 * changed something they edited. Edits are stored apart from packs (overlay.ts).
 */
import { useState } from 'preact/hooks';
import type { Fact } from '@/lib/factbase/schema';
import { formatDate, formatDateTime, formatLocalDay } from '@/lib/card/format';
import { roleStatus } from '@/lib/card/card-data';
import type { EntityDetailData } from '@/lib/messages';
import { addFact, addNote, editFact, factKey, hideEntity, hideFact, keepOwnSources, resolveConflict, type EditChanges, type UserFact } from '@/lib/factbase/overlay';
import { ConflictBox } from './ConflictBox';
import { FactForm } from './FactForm';
import { i18n } from '#i18n';
import { uiLang } from '../locale';

const fmt = (iso: string) => formatDate(iso, uiLang());

/** The entity type as a lowercase chip label ("person", "персона"); unknown types as they are. */
export function entityTypeLabel(type: string): string {
  switch (type) {
    case 'person': return i18n.t('options.type.person');
    case 'country': return i18n.t('options.type.country');
    case 'region': return i18n.t('options.type.region');
    case 'organization': return i18n.t('options.type.organization');
    case 'event': return i18n.t('options.type.event');
    default: return type;
  }
}

export interface EntityDetailProps {
  data: EntityDetailData;
  /** Display name of another entity (for related links and the country); falls back to the id. */
  nameOf?: (id: string) => string | undefined;
  packTitle?: string;
  today: string;
  onOpen?: (id: string) => void;
  onEdit: (changes: EditChanges) => void;
}

export function EntityDetail({ data, packTitle, today, onOpen, onEdit, nameOf }: EntityDetailProps) {
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
  const facts = entity.facts.map((f, i) => ({ fact: f, origin: view.factOrigins[i] ?? 'pack', edit: view.factEdits[i] ?? null, refs: ref(f.sources) }));
  const cited = [...order.entries()].map(([id, n]) => ({ n, id, source: byId.get(id) }));
  const hideEdit = edits.find((e) => e.kind === 'hide-entity');
  const packFact = (f: Fact) => data.packEntity?.facts.find((p) => factKey(p) === factKey(f));

  const saveFact = (original: Fact | undefined, value: UserFact) => {
    setEditing(null);
    if (!original) return onEdit({ put: [addFact(entity.id, value)], remove: [] });
    const fromPack = packFact(original);
    const existing = edits.find((e) => e.kind === 'fact-edit' && e.value.text === original.text && e.value.date === original.date);
    if (fromPack) return onEdit({ put: [editFact(entity.id, fromPack, value)], remove: [] });
    if (existing && existing.kind === 'fact-edit') return onEdit({ put: [{ ...existing, value: keepOwnSources(existing.value, value) }], remove: [] });
    const own = edits.find((e) => e.kind === 'add-fact' && e.fact.text === original.text && e.fact.date === original.date);
    if (own && own.kind === 'add-fact') onEdit({ put: [{ ...own, fact: keepOwnSources(own.fact, value) }], remove: [] });
  };

  return (
    <article class="detail" aria-label={i18n.t('options.detail.label', [entity.names.en ?? entity.id])} data-entity={entity.id}>
      <div class="detail-head">
        <h2>{entity.names.en}</h2>
        {hideEdit ? (
          <button type="button" onClick={() => onEdit({ put: [], remove: [hideEdit.id] })}>{i18n.t('options.detail.showAgainOnPages')}</button>
        ) : (
          <button type="button" onClick={() => onEdit({ put: [hideEntity(entity.id)], remove: [] })}>{i18n.t('options.detail.hideOnPages')}</button>
        )}
      </div>
      <p class="muted">
        {entityTypeLabel(entity.type)}
        {entity.country && entity.country !== entity.id ? ` · ${nameOf?.(entity.country) ?? entity.country}` : ''}
        {` · ${packTitle ? i18n.t('options.detail.fromPack', [packTitle]) : i18n.t('options.detail.ownEntity')}`}
        {` · ${i18n.t('options.detail.checked', [fmt(entity.checked)])}`}
        {hideEdit ? ` · ${i18n.t('options.detail.hiddenByYou')}` : ''}
        {/* The id passed the schema's Q-id pattern, so the link can only be a Wikidata item page. */}
        {entity.wikidata && (
          <>
            {' · '}
            <a class="wikidata-link" href={`https://www.wikidata.org/wiki/${entity.wikidata}`} target="_blank" rel="noreferrer noopener">
              {i18n.t('wikidata.itemLink', [entity.wikidata])}
            </a>
          </>
        )}
      </p>
      {conflicts.map((c, i) => (
        <ConflictBox key={i} conflict={c} onChoose={(choice) => onEdit(resolveConflict(c, choice))} />
      ))}
      {entity.description && <p>{entity.description}</p>}
      <h3>{i18n.t('options.detail.names')}</h3>
      <ul class="names">
        {Object.entries(entity.names).map(([lang, text]) => (
          <li key={lang}>
            <abbr class="lang">{lang}</abbr> <span lang={lang}>{text}</span>
          </li>
        ))}
      </ul>
      {entity.aliases.length > 0 && (
        <p class="aliases">
          <strong>{i18n.t('options.detail.alsoMatchedAs')}</strong>{' '}
          {entity.aliases.map((a, i) => (
            <span key={i} class="alias" title={[a.caseSensitive && i18n.t('options.detail.caseSensitive'), a.ambiguous && i18n.t('options.detail.ambiguous'), a.context && i18n.t('options.detail.needs', [a.context.join(', ')])].filter(Boolean).join('; ')}>
              {a.text}
              {a.ambiguous ? '*' : ''}
            </span>
          ))}
        </p>
      )}
      {roles.length > 0 && (
        <>
          <h3>{i18n.t('options.detail.roles')}</h3>
          <ul class="roles">
            {roles.map(({ role, refs, status, confirmed }, i) => (
              <li key={i}>
                <strong>{role.title}</strong> ({role.from ? fmt(role.from) : '?'} – {role.to ? fmt(role.to) : i18n.t('options.detail.present')})
                {status === 'unconfirmed' && confirmed && <span class="badge">{i18n.t('options.detail.lastConfirmed', [fmt(confirmed)])}</span>}
                <sup>{refs}</sup>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{i18n.t('options.detail.facts', [String(facts.length)])}</h3>
      <ol class="facts">
        {facts.map(({ fact, origin, edit, refs }, i) =>
          editing === i ? (
            <li key={i}>
              <FactForm initial={fact} onSave={(v) => saveFact(fact, v)} onCancel={() => setEditing(null)} />
            </li>
          ) : (
            <li key={i} class={`fact origin-${origin}`}>
              <time dateTime={fact.date}>{fmt(fact.date)}</time> {fact.text} <sup>{refs}</sup>
              {origin !== 'pack' && (
                <span class="chip" title={edit ? formatDateTime(edit.created, uiLang()) : undefined}>
                  {origin === 'edited' ? i18n.t('options.detail.editedByYou') : i18n.t('options.detail.yours')}
                  {edit ? `, ${formatLocalDay(edit.created, uiLang())}` : ''}
                </span>
              )}
              <span class="fact-actions">
                <button type="button" class="link" onClick={() => setEditing(i)}>{i18n.t('options.common.edit')}</button>
                {edit?.kind === 'fact-edit' && packFact(edit.original) && (
                  <button type="button" class="link revert" onClick={() => onEdit({ put: [], remove: [edit.id] })}>{i18n.t('options.detail.revert')}</button>
                )}
                {(edit?.kind === 'fact-edit' ? packFact(edit.original) : packFact(fact)) && (
                  <button type="button" class="link" onClick={() => onEdit({ put: [hideFact(entity.id, edit?.kind === 'fact-edit' ? edit.original : packFact(fact)!)], remove: [] })}>{i18n.t('options.detail.hide')}</button>
                )}
              </span>
              {edit?.kind === 'fact-edit' && (
                <p class="muted pack-original">
                  {i18n.t('options.detail.packOriginal')} <time dateTime={edit.original.date}>{fmt(edit.original.date)}</time> {edit.original.text}
                </p>
              )}
            </li>
          ),
        )}
      </ol>
      {view.hiddenFacts.length > 0 && (
        <details>
          <summary>{i18n.t('options.detail.hiddenFacts', [String(view.hiddenFacts.length)])}</summary>
          <ul>
            {view.hiddenFacts.map((f, i) => {
              const edit = edits.find((e) => e.kind === 'hide-fact' && e.factKey === factKey(f));
              return (
                <li key={i}>
                  {fmt(f.date)} {f.text}{' '}
                  {edit && <button type="button" class="link" onClick={() => onEdit({ put: [], remove: [edit.id] })}>{i18n.t('options.detail.showAgain')}</button>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {editing === 'new' ? (
        <FactForm onSave={(v) => saveFact(undefined, v)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>{i18n.t('options.detail.addFact')}</button>
      )}
      <h3>{i18n.t('options.detail.yourNotes')}</h3>
      <ul class="notes">
        {view.notes.map((n) => (
          <li key={n.id}>
            {n.text} <span class="muted">({formatDateTime(n.created, uiLang())})</span>{' '}
            <button type="button" class="link" onClick={() => onEdit({ put: [], remove: [n.id] })}>{i18n.t('options.common.delete')}</button>
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
          {i18n.t('options.detail.privateNote')}
          <input type="text" value={note} placeholder={i18n.t('options.detail.privateNotePlaceholder')} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{i18n.t('options.detail.addNote')}</button>
      </form>
      {entity.related.length > 0 && (
        <>
          <h3>{i18n.t('options.detail.related')}</h3>
          <ul>
            {entity.related.map((r) => (
              <li key={r.entity}>
                <button type="button" class="link" onClick={() => onOpen?.(r.entity)}>{nameOf?.(r.entity) ?? r.entity}</button> — {r.relation}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{i18n.t('options.detail.sources')}</h3>
      <ol class="sources">
        {cited.map(({ n, id, source }) => (
          <li key={id} value={n}>
            {source ? (
              <>
                {source.url ? <a href={source.url} target="_blank" rel="noreferrer noopener">{source.title}</a> : source.title} — {source.publisher},{' '}
                {fmt(source.date)}
                {source.note ? <span class="muted"> ({source.note})</span> : null}
              </>
            ) : (
              <span class="muted">{i18n.t('options.detail.missingSource', [id])}</span>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
