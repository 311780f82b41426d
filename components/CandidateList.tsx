/** Shown for an ambiguous mention the page does not settle: the candidates, none preselected. */
import type { EntityCardData } from '@/lib/card/card-data';
import { i18n } from '#i18n';

export function CandidateList({ text, candidates, onPick }: { text: string; candidates: EntityCardData[]; onPick: (id: string) => void }) {
  return (
    <article class="card candidates" aria-label={`${text}: several people or things`}>
      <h2 class="name">{i18n.t('card.candidatesTitle', [text])}</h2>
      <p class="meta">{i18n.t('card.candidatesHint')}</p>
      <ul class="candidate-list">
        {candidates.map((c) => {
          const role = c.roles[0];
          return (
            <li key={c.id}>
              <button type="button" class="link" data-entity={c.id} onClick={() => onPick(c.id)}>
                {c.name}
              </button>
              {role ? ` — ${role.title}` : c.description ? ` — ${c.description}` : ''}
            </li>
          );
        })}
      </ul>
      <footer class="checked">Silk Lens</footer>
    </article>
  );
}
