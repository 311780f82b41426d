/** A pack update changed something the user edited: show both, let the user choose. */
import type { Conflict } from '@/lib/factbase/overlay';
import { formatDate } from '@/lib/card/format';
import { i18n } from '#i18n';
import { uiLang } from '../locale';

function describe(value: unknown): string {
  if (value === null || value === undefined) return i18n.t('options.conflict.removed');
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value && 'text' in value && 'date' in value) {
    const f = value as { text: string; date: string };
    return `${formatDate(f.date, uiLang())} — ${f.text}`;
  }
  return JSON.stringify(value);
}

export function ConflictBox({ conflict, onChoose }: { conflict: Conflict; onChoose: (choice: 'mine' | 'theirs') => void }) {
  const [what, mine, theirs] =
    conflict.kind === 'fact'
      ? [i18n.t('options.conflict.fact'), conflict.mine, conflict.theirs]
      : conflict.kind === 'hidden-fact'
        ? [i18n.t('options.conflict.hiddenFact'), i18n.t('options.conflict.keepHidden'), conflict.theirs]
        : conflict.kind === 'field'
          ? [conflict.edit.kind === 'names' ? i18n.t('options.conflict.names') : i18n.t('options.conflict.description'), conflict.mine, conflict.theirs]
          : [i18n.t('options.conflict.entityRemoved'), i18n.t('options.conflict.keepAsOwn'), null];
  return (
    <div class="conflict" role="alert" aria-label={i18n.t('options.conflict.label')}>
      <p><strong>{what}</strong> {i18n.t('options.conflict.question')}</p>
      <div class="versions">
        <div class="mine"><h4>{i18n.t('options.conflict.yours')}</h4><p>{describe(mine)}</p><button type="button" class="primary" onClick={() => onChoose('mine')}>{i18n.t('options.conflict.keepMine')}</button></div>
        <div class="theirs"><h4>{i18n.t('options.conflict.theirs')}</h4><p>{describe(theirs)}</p><button type="button" onClick={() => onChoose('theirs')}>{i18n.t('options.conflict.useTheirs')}</button></div>
      </div>
    </div>
  );
}
