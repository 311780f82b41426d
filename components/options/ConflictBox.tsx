/** A pack update changed something the user edited: show both, let the user choose. */
import type { Conflict } from '@/lib/factbase/overlay';
import { formatDate } from '@/lib/card/format';

function describe(value: unknown): string {
  if (value === null || value === undefined) return '(removed)';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value && 'text' in value && 'date' in value) {
    const f = value as { text: string; date: string };
    return `${formatDate(f.date)} — ${f.text}`;
  }
  return JSON.stringify(value);
}

export function ConflictBox({ conflict, onChoose }: { conflict: Conflict; onChoose: (choice: 'mine' | 'theirs') => void }) {
  const [what, mine, theirs] =
    conflict.kind === 'fact'
      ? ['a fact you edited', conflict.mine, conflict.theirs]
      : conflict.kind === 'hidden-fact'
        ? ['a fact you hid', 'keep it hidden', conflict.theirs]
        : conflict.kind === 'field'
          ? [`the ${conflict.edit.kind} you edited`, conflict.mine, conflict.theirs]
          : ['this entity, which the pack removed', 'keep it as your own', null];
  return (
    <div class="conflict" role="alert" aria-label="Update conflict">
      <p><strong>The pack changed {what}.</strong> Which version should Silk Lens show?</p>
      <div class="versions">
        <div class="mine"><h4>Yours</h4><p>{describe(mine)}</p><button type="button" class="primary" onClick={() => onChoose('mine')}>Keep mine</button></div>
        <div class="theirs"><h4>The pack’s</h4><p>{describe(theirs)}</p><button type="button" onClick={() => onChoose('theirs')}>Use the pack’s</button></div>
      </div>
    </div>
  );
}
