/** The popover's content: one entity card, or a candidate list that drills into cards. */
import { useState } from 'preact/hooks';
import type { EntityCardData } from '@/lib/card/card-data';
import { CandidateList } from './CandidateList';
import { EntityCard } from './EntityCard';

export interface CardViewProps {
  text: string;
  /** One card for a resolved mention; several for an ambiguous one. */
  cards: EntityCardData[];
  ambiguous: boolean;
  /** The mention was a title ("the Kazakh president"): the holder on this date. */
  viaTitle?: { text: string; date: string };
  onOpenOptions?: (id: string) => void;
}

export function CardView({ text, cards, ambiguous, viaTitle, onOpenOptions }: CardViewProps) {
  const [picked, setPicked] = useState<string | null>(null);
  if (cards.length === 0) return null;
  if (ambiguous && !picked) return <CandidateList text={text} candidates={cards} onPick={setPicked} />;
  const card = cards.find((c) => c.id === picked) ?? cards[0]!;
  return (
    <EntityCard
      card={card}
      {...(ambiguous ? { candidates: cards, onPick: setPicked } : {})}
      {...(viaTitle ? { viaTitle } : {})}
      {...(onOpenOptions ? { onOpenOptions } : {})}
    />
  );
}
