/**
 * The card shown on hover/focus: names, type, country, current role with dates
 * (or "last confirmed"), key facts with dates and numbered source references,
 * and when the facts were checked. Loads nothing from the network; links open
 * with rel="noreferrer" so the page address is not passed on.
 */
import { COMPACT_FACTS, type CardFact, type CardRole, type EntityCardData } from '@/lib/card/card-data';
import type { GrammarTerm, MatchReason } from '@/lib/match/types';
import { countryName, formatDate, formatDateTime, formatLocalDay, roleTitle } from '@/lib/card/format';
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

/** Language names for "why it matched" (the interface's language). */
function languageName(lang: string): string {
  switch (lang) {
    case 'kk': return i18n.t('lang.kk');
    case 'ky': return i18n.t('lang.ky');
    case 'uz': return i18n.t('lang.uz');
    case 'tg': return i18n.t('lang.tg');
    case 'tk': return i18n.t('lang.tk');
    case 'ru': return i18n.t('lang.ru');
    default: return lang;
  }
}

function grammarName(term: GrammarTerm): string {
  switch (term) {
    case 'genitive': return i18n.t('grammar.genitive');
    case 'dative': return i18n.t('grammar.dative');
    case 'accusative': return i18n.t('grammar.accusative');
    case 'locative': return i18n.t('grammar.locative');
    case 'ablative': return i18n.t('grammar.ablative');
    case 'instrumental': return i18n.t('grammar.instrumental');
    case 'prepositional': return i18n.t('grammar.prepositional');
    case 'possessive': return i18n.t('grammar.possessive');
    case 'plural': return i18n.t('grammar.plural');
    case 'inflected': return i18n.t('grammar.inflected');
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
  const w = role.wikidataDiffers;
  return (
    <li class={`role role-${role.status}`}>
      <span class="role-title">{roleTitle(role, uiLang())}</span> <span class="role-dates">({span})</span>
      {role.status === 'unconfirmed' && role.confirmed && (
        <span class="badge" title={i18n.t('card.lastConfirmedTitle')}>
          {i18n.t('card.lastConfirmed', [fmt(role.confirmed)])}
        </span>
      )}
      {w && (
        <span
          class="badge wikidata-differs"
          title={w.since ? i18n.t('card.wikidataDiffersSince', [w.holder, fmt(w.since), formatLocalDay(w.checkedAt, uiLang())]) : i18n.t('card.wikidataDiffersTitle', [w.holder, formatLocalDay(w.checkedAt, uiLang())])}
        >
          {i18n.t('card.wikidataDiffers')}
        </span>
      )}
      <Refs refs={role.refs} />
    </li>
  );
}

const ALIAS_KIND_KEY = {
  nickname: 'card.aliasKind.nickname',
  historical: 'card.aliasKind.historical',
  abbreviation: 'card.aliasKind.abbreviation',
  variant: 'card.aliasKind.variant',
  misspelling: 'card.aliasKind.misspelling',
} as const;

/** The card's first line when the mention was not the plain name: why it opened this card. */
export function WhyLine({ text, reason, alsoHolders }: { text: string; reason: MatchReason; alsoHolders?: string[] | undefined }) {
  let line: string;
  switch (reason.kind) {
    case 'inflection':
      line = i18n.t('card.why.inflection', [text, languageName(reason.lang), grammarName(reason.grammar), reason.base]);
      break;
    case 'alias':
      line = i18n.t('card.why.alias', [text, i18n.t(ALIAS_KIND_KEY[reason.alias])]);
      break;
    case 'title':
      line = i18n.t('card.viaTitle', [text, fmt(reason.date)]);
      break;
    case 'beside-title':
      line = i18n.t('card.why.besideTitle', [text, fmt(reason.date)]);
      break;
  }
  return (
    <p class="why">
      {line}
      {alsoHolders && alsoHolders.length > 0 && <span class="also"> {i18n.t('card.alsoHolder', [alsoHolders.join(', ')])}</span>}
    </p>
  );
}

/**
 * A real link to the entity in the options page: the address shows on hover and it can be
 * focused, but a content script may not navigate to an extension page, so a trusted click
 * (or middle click) asks the background to open it.
 */
function OptionsLink({ id, href, open, children }: { id: string; href?: ((id: string) => string) | undefined; open?: ((id: string) => void) | undefined; children: string }) {
  if (!open) return null;
  const go = (e: MouseEvent) => {
    if (!e.isTrusted || (e.type === 'auxclick' && e.button !== 1)) return;
    e.preventDefault();
    open(id);
  };
  return (
    <a class="options-link" href={href ? href(id) : '#'} rel="noreferrer noopener" onClick={go} onAuxClick={go}>
      {children}
    </a>
  );
}

export interface EntityCardProps {
  card: EntityCardData;
  /** Other entities this mention could be (ambiguous surname), with their cards. */
  candidates?: EntityCardData[];
  onPick?: (id: string) => void;
  onOpenOptions?: (id: string) => void;
  optionsHref?: (id: string) => string;
  /** The mention's text and why it matched (not shown for a plain name). */
  mentionText?: string;
  reason?: MatchReason;
  alsoHolders?: string[];
  /** Firefox: the reader's notes and edits are kept off pages; say where they are. */
  privateElsewhere?: boolean;
  /** Start expanded (the options page preview); cards on pages start compact. */
  expanded?: boolean;
}

/** Source numbers the shown roles and facts cite: a compact card lists only those. */
function citedBy(roles: CardRole[], facts: CardFact[]): Set<number> {
  return new Set([...roles, ...facts].flatMap((x) => x.refs));
}

export function EntityCard({ card, candidates, onPick, onOpenOptions, optionsHref, mentionText, reason, alsoHolders, privateElsewhere, expanded: startExpanded = false }: EntityCardProps) {
  const [expanded, setExpanded] = useState(startExpanded);
  // Compact: name, the first (current) role, three facts. "More" opens the rest in place.
  const roles = expanded ? card.roles : card.roles.slice(0, 1);
  // The reader's own words (edited or added facts) stay on the compact card too: a card that
  // hid what they wrote behind "More" would look like the pack's text alone.
  const facts = expanded ? card.facts : card.facts.filter((f, i) => i < COMPACT_FACTS || f.by);
  const hasMore = card.roles.length > roles.length || card.facts.length > facts.length || card.otherNames.length > 0 || (!!card.description && card.roles.length > 0);
  const cited = citedBy(roles, facts);
  const sources = expanded ? card.sources : card.sources.filter((s) => cited.has(s.n));
  return (
    <article class={`card type-${card.type}${expanded ? ' expanded' : ' compact'}`} aria-label={i18n.t('card.label', [card.name])} data-entity={card.id}>
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
      {reason && mentionText && <WhyLine text={mentionText} reason={reason} alsoHolders={alsoHolders} />}
      <header>
        <h2 class="name">{card.name}</h2>
        {expanded && card.otherNames.length > 0 && (
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
          {card.country && <span class="country"> · {countryName(card.country, uiLang())}</span>}
        </p>
        {card.description && (expanded || card.roles.length === 0) && <p class="description">{card.description}</p>}
      </header>
      {roles.length > 0 && (
        <section aria-label={i18n.t('card.roles')}>
          <ul class="roles">
            {roles.map((r, i) => (
              <RoleLine key={i} role={r} />
            ))}
          </ul>
        </section>
      )}
      {facts.length > 0 && (
        <section aria-label={i18n.t('card.keyFacts')}>
          <ol class="facts">
            {facts.map((f, i) => (
              <li key={i} class={f.by ? `fact fact-mine fact-${f.by.origin}` : 'fact'}>
                <time dateTime={f.date}>{fmt(f.date)}</time> {f.text}
                <Refs refs={f.refs} />
                <FactProvenance fact={f} />
                <CopyButton text={() => citeFact(f, card.sources, uiLang())} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {(hasMore || expanded) && (
        <p class="more">
          <button type="button" class="link more-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? i18n.t('card.less') : i18n.t('card.more')}
          </button>
          {expanded && card.totalFacts > card.facts.length && (
            <>
              {' · '}
              <OptionsLink id={card.id} href={optionsHref} open={onOpenOptions}>
                {i18n.t('card.allFacts', [String(card.totalFacts)])}
              </OptionsLink>
            </>
          )}
        </p>
      )}
      {sources.length > 0 && (
        <section aria-label={i18n.t('card.sources')} class="sources">
          <ol>
            {sources.map((s) => (
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
      {privateElsewhere && <p class="private-elsewhere">{i18n.t('card.privateElsewhere')}</p>}
      <footer class="checked">
        {i18n.t('card.checked', [fmt(card.checked)])}
        {onOpenOptions && (
          <>
            {' · '}
            <OptionsLink id={card.id} href={optionsHref} open={onOpenOptions}>
              {i18n.t('card.openInOptions')}
            </OptionsLink>
          </>
        )}
      </footer>
    </article>
  );
}
