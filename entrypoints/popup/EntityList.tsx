import { i18n } from '#i18n';
import { groupByType } from '@/lib/briefing/groups';
import type { PageSummaryEntity } from '@/lib/messages';
import { groupLabel } from './briefing-labels';

/**
 * Every entity found on the page, grouped by type, most mentioned first (the summary's
 * order), no cap: the list scrolls. Each line is a grid (marker, name, count), so a long
 * name wraps beside its marker and count instead of leaving them alone on a line.
 */
export function EntityList({ entities, onReveal }: { entities: PageSummaryEntity[]; onReveal: (id: string) => void }) {
  return (
    <div class="found" aria-label={i18n.t('popup.foundList')}>
      {groupByType(entities).map(([type, list]) => (
        <section key={type} class="group">
          <h2>
            {groupLabel(type)} <span class="muted">({list.length})</span>
          </h2>
          <ul>
            {list.map((e) => (
              <li key={e.id} class={`entity type-${type}${e.candidates ? ' ambiguous' : ''}`}>
                <span class="marker" aria-hidden="true" />
                <button type="button" class="name" onClick={() => onReveal(e.id)} title={e.candidates ? i18n.t('popup.ambiguous') : undefined}>
                  {e.name}
                  {e.candidates && (
                    <span class="candidates muted"> ({i18n.t('popup.candidatesOf', [e.candidates.map((c) => c.name).join(' / ')])})</span>
                  )}
                </button>
                <span class="n muted">{i18n.t('popup.mentionCount', [String(e.count)])}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
