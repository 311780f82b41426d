/**
 * The card shown on hover/focus: names, type, country, current role with dates
 * (or "last confirmed"), key facts with dates and numbered source references,
 * and when the facts were checked. Loads nothing from the network; links open
 * with rel="noreferrer" so the page address is not passed on.
 */
import type { CardFact, CardRole, EntityCardData } from '@/lib/card/card-data';
import { formatDate, formatDateTime, formatLocalDay } from '@/lib/card/format';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { citeFact } from '@/lib/card/citation';
import { uiLang } from './locale';

const fmt = (iso: string) => formatDate(iso, uiLang());

export function typeLabel(type: string): string {
  switch (type) {
    case 'person': return i18n.t('type.person');
    case 'country': return i18n.t('type.country');
    case 'region': return i18n.t('type.region');
    case 'organization': return i18n.t('type.organization');
    case 'event': return i18n.t('type.event');
    default: return type;
  }
}

const LANG_LABEL: Record<string, string> = { ru: 'RU', kk: 'KK', ky: 'KY', tg: 'TG', tk: 'TK', uz: 'UZ' };

/** Copy a fact with its sources; works on http pages too, where navigator.clipboard does not. */
function CopyButton({ text }: { text: () => string }) {
  const [copied, setCopied] = useState(false);
  const copy = async (e: Event) => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      const area = document.createElement('textarea');
      area.value = value;
      (e.currentTarget as HTMLElement).after(area);
      area.select();
      document.execCommand('copy');
      area.remove();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" class="copy" title={i18n.t('card.copyTitle')} onClick={(e) => void copy(e)}>
      {copied ? i18n.t('card.copied') : i18n.t('card.copy')}
    </button>
  );
}

function Refs({ refs }: { refs: number[] }) {
  if (refs.length === 0) return null;
  return <sup class="refs">{refs.map((n) => `[${n}]`).join('')}</sup>;
}

/** Whose words a fact is, when not the pack's, and the pack's own text beside an edit. */
function FactProvenance({ fact }: { fact: CardFact }) {
  if (!fact.by) return null;
  const day = formatLocalDay(fact.by.at, uiLang());
  const o = fact.original;
  return (
    <>
      <span class={`fact-by fact-by-${fact.by.origin}`}>
        {fact.by.origin === 'edited' ? i18n.t('card.editedByYou', [day]) : i18n.t('card.addedByYou', [day])}
      </span>
      {o && (
        <details class="fact-original">
          <summary>{i18n.t('card.packVersion')}</summary>
          <time dateTime={o.date}>{fmt(o.date)}</time> {o.text}
          {o.sources.length > 0 && <span class="fact-original-sources"> — {o.sources.map((s) => `${s.publisher}, ${fmt(s.date)}`).join('; ')}</span>}
        </details>
      )}
    </>
  );
}

function RoleLine({ role }: { role: CardRole }) {
  const span = `${role.from ? fmt(role.from) : '?'} – ${role.to ? fmt(role.to) : i18n.t('card.present')}`;
  return (
    <li class={`role role-${role.status}`}>
      <span class="role-title">{role.title}</span> <span class="role-dates">({span})</span>
      {role.status === 'unconfirmed' && role.confirmed && (
        <span class="badge" title={i18n.t('card.lastConfirmedTitle')}>
          {i18n.t('card.lastConfirmed', [fmt(role.confirmed)])}
        </span>
      )}
      <Refs refs={role.refs} />
    </li>
  );
}

export interface EntityCardProps {
  card: EntityCardData;
  /** Other entities this mention could be (ambiguous surname), with their cards. */
  candidates?: EntityCardData[];
  onPick?: (id: string) => void;
  onOpenOptions?: (id: string) => void;
  viaTitle?: { text: string; date: string };
}

export function EntityCard({ card, candidates, onPick, onOpenOptions, viaTitle }: EntityCardProps) {
  return (
    <article class={`card type-${card.type}`} aria-label={i18n.t('card.label', [card.name])} data-entity={card.id}>
      {candidates && candidates.length > 1 && (
        <div class="ambiguous" role="note">
          <strong>{i18n.t('card.whichOne')}</strong> {i18n.t('card.mayReferTo')}
          <ul>
            {candidates.map((c) => (
              <li key={c.id}>
                <button type="button" class={c.id === card.id ? 'picked' : ''} onClick={() => onPick?.(c.id)}>
                  {c.name}
                </button>
                {c.description ? ` — ${c.description}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {viaTitle && <p class="via-title">{i18n.t('card.viaTitle', [viaTitle.text, fmt(viaTitle.date)])}</p>}
      <header>
        <h2 class="name">{card.name}</h2>
        {card.otherNames.length > 0 && (
          <p class="other-names">
            {card.otherNames.map((n) => (
              <span key={n.lang} lang={n.lang} class="other-name">
                <abbr class="lang">{LANG_LABEL[n.lang] ?? n.lang}</abbr> {n.text}
              </span>
            ))}
          </p>
        )}
        <p class="meta">
          <span class="type">{typeLabel(card.type)}</span>
          {card.country && <span class="country"> · {card.country.name}</span>}
        </p>
        {card.description && <p class="description">{card.description}</p>}
      </header>
      {card.roles.length > 0 && (
        <section aria-label={i18n.t('card.roles')}>
          <ul class="roles">
            {card.roles.map((r, i) => (
              <RoleLine key={i} role={r} />
            ))}
          </ul>
        </section>
      )}
      {card.facts.length > 0 && (
        <section aria-label={i18n.t('card.keyFacts')}>
          <ol class="facts">
            {card.facts.map((f, i) => (
              <li key={i} class={f.by ? `fact fact-mine fact-${f.by.origin}` : 'fact'}>
                <time dateTime={f.date}>{fmt(f.date)}</time> {f.text}
                <Refs refs={f.refs} />
                <FactProvenance fact={f} />
                <CopyButton text={() => citeFact(f, card.sources, uiLang())} />
              </li>
            ))}
          </ol>
          {card.totalFacts > card.facts.length && (
            <p class="more">
              {onOpenOptions ? (
                <button type="button" class="link" onClick={() => onOpenOptions(card.id)}>
                  {i18n.t('card.allFacts', [String(card.totalFacts)])}
                </button>
              ) : (
                i18n.t('card.moreFacts', [String(card.totalFacts - card.facts.length)])
              )}
            </p>
          )}
        </section>
      )}
      {card.sources.length > 0 && (
        <section aria-label={i18n.t('card.sources')} class="sources">
          <ol>
            {card.sources.map((s) => (
              <li key={s.n} value={s.n} class="source">
                {s.url ? (
                  <a href={s.url} target="_blank" rel="noreferrer noopener">
                    {s.title}
                  </a>
                ) : (
                  <span>{s.title}</span>
                )}
                <span class="source-meta">
                  {' '}
                  — {s.publisher}, {fmt(s.date)}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {card.notes && card.notes.length > 0 && (
        <section aria-label={i18n.t('card.yourNotes')} class="notes">
          {card.notes.map((n, i) => (
            <p key={i} class="note">
              <strong>{i18n.t('card.yourNote')}</strong> {n}
              {card.noteDates?.[i] && <span class="note-date"> ({formatDateTime(card.noteDates[i], uiLang())})</span>}
            </p>
          ))}
        </section>
      )}
      <footer class="checked">{i18n.t('card.checked', [fmt(card.checked)])}</footer>
    </article>
  );
}
