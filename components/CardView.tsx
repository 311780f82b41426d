/** The popover's content: one entity card, or a candidate list that drills into cards. */
import { useState } from 'preact/hooks';
import type { CardViewProps } from '@/lib/content/card-surface';

export type { CardViewProps };
import { CandidateList } from './CandidateList';
import { EntityCard } from './EntityCard';

export function CardView({ text, cards, ambiguous, namesakes, reason, alsoHolders, privateElsewhere, onOpenOptions, optionsHref }: CardViewProps) {
  const [picked, setPicked] = useState<string | null>(null);
  if (cards.length === 0) return null;
  if (ambiguous && !picked) return <CandidateList text={text} candidates={cards} onPick={setPicked} {...(namesakes ? { namesakes } : {})} />;
  const card = cards.find((c) => c.id === picked) ?? cards[0]!;
  return (
    <EntityCard
      key={card.id}
      card={card}
      mentionText={text}
      {...(ambiguous ? { candidates: cards, onPick: setPicked } : {})}
      {...(reason ? { reason } : {})}
      {...(alsoHolders ? { alsoHolders } : {})}
      {...(privateElsewhere ? { privateElsewhere } : {})}
      {...(onOpenOptions ? { onOpenOptions } : {})}
      {...(optionsHref ? { optionsHref } : {})}
    />
  );
}
