/** Shown for an ambiguous mention the page does not settle: the candidates, none preselected. */
import type { EntityCardData } from '@/lib/card/card-data';

export function CandidateList({ text, candidates, onPick }: { text: string; candidates: EntityCardData[]; onPick: (id: string) => void }) {
  return (
    <article class="card candidates" aria-label={`${text}: several people or things`}>
      <h2 class="name">“{text}” may refer to</h2>
      <p class="meta">The page does not say which. Pick one to see its facts.</p>
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
