/** Everything the fact base holds on one entity: names, aliases, roles, all facts, sources. */
import type { Entity, Source } from '@/lib/factbase/schema';
import { formatDate } from '@/lib/card/format';
import { roleStatus } from '@/lib/card/card-data';

export interface EntityDetailProps {
  entity: Entity;
  sources: Source[];
  packTitle?: string;
  today: string;
  onOpen?: (id: string) => void;
}

export function EntityDetail({ entity, sources, packTitle, today, onOpen }: EntityDetailProps) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const dates = new Map(sources.map((s) => [s.id, s.date]));
  const order = new Map<string, number>();
  const ref = (ids: string[]) =>
    ids.map((id) => {
      if (!order.has(id)) order.set(id, order.size + 1);
      return `[${order.get(id)}]`;
    }).join('');
  const roles = entity.roles.map((r) => ({ role: r, refs: ref(r.sources), ...roleStatus(r, dates, today) }));
  const facts = [...entity.facts].map((f) => ({ fact: f, refs: ref(f.sources) }));
  const cited = [...order.entries()].map(([id, n]) => ({ n, id, source: byId.get(id) }));
  return (
    <article class="detail" aria-label={`${entity.names.en} details`}>
      <h2>{entity.names.en}</h2>
      <p class="muted">
        {entity.type}
        {entity.country && entity.country !== entity.id ? ` · ${entity.country}` : ''}
        {packTitle ? ` · from “${packTitle}”` : ''} · checked {formatDate(entity.checked)}
      </p>
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
        {facts.map(({ fact, refs }, i) => (
          <li key={i}>
            <time dateTime={fact.date}>{formatDate(fact.date)}</time> {fact.text} <sup>{refs}</sup>
          </li>
        ))}
      </ol>
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
