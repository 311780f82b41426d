/** Shown for an ambiguous mention the page does not settle: the candidates, none preselected. */
import type { CardRole, EntityCardData } from '@/lib/card/card-data';
import { formatDate, roleTitle } from '@/lib/card/format';
import { i18n } from '#i18n';
import { uiLang } from './locale';

/**
 * What tells one candidate from another: their current role, or a past one said as past
 * ("former …, until Dec 2024") — never an ended role as if it were held now.
 */
export function candidateLine(c: Pick<EntityCardData, 'roles' | 'description'>, lang: 'en' | 'ru'): string {
  const role: CardRole | undefined = c.roles.find((r) => r.status !== 'past') ?? c.roles[0];
  if (!role) return c.description ?? '';
  const title = roleTitle(role, lang);
  if (role.status !== 'past') return title;
  return role.to ? i18n.t('card.formerRoleUntil', [title, formatDate(role.to, lang)]) : i18n.t('card.formerRole', [title]);
}

/**
 * `namesakes`: a name shared by more people than a card can list (lib/match/crowd.ts). The
 * list then holds only those the page can point to, and the card says how many there are.
 */
export function CandidateList({ text, candidates, onPick, namesakes }: { text: string; candidates: EntityCardData[]; onPick: (id: string) => void; namesakes?: number }) {
  return (
    <article class="card candidates" aria-label={`${text}: several people or things`}>
      <h2 class="name">{i18n.t('card.candidatesTitle', [text])}</h2>
      <p class="meta">{i18n.t('card.candidatesHint')}</p>
      {namesakes !== undefined && namesakes > candidates.length ? <p class="meta namesakes">{i18n.t('card.namesakes', [namesakes.toLocaleString(uiLang())])}</p> : null}
      <ul class="candidate-list">
        {candidates.map((c) => {
          const line = candidateLine(c, uiLang());
          return (
            <li key={c.id}>
              <button type="button" class="link" data-entity={c.id} onClick={() => onPick(c.id)}>
                {c.name}
              </button>
              {line ? ` — ${line}` : ''}
            </li>
          );
        })}
      </ul>
      <footer class="checked">Silk Lens</footer>
    </article>
  );
}
