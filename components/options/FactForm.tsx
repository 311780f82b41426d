/**
 * Edit or add a fact. A fact of the user's own needs what every fact needs: a date
 * and a source; an edited pack fact keeps the pack's sources and may add one.
 */
import { useState } from 'preact/hooks';
import type { Fact } from '@/lib/factbase/schema';
import type { UserFact, UserSource } from '@/lib/factbase/overlay';
import { i18n } from '#i18n';
import { isPackDate } from '@/lib/factbase/dates';

export function FactForm({ initial, onSave, onCancel }: { initial?: Fact; onSave: (f: UserFact) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(initial?.date ?? '');
  const [source, setSource] = useState({ title: '', publisher: '', date: '', url: '' });
  const [error, setError] = useState<string | null>(null);
  const needsSource = !initial || initial.sources.length === 0;

  function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setError(i18n.t('options.factForm.errorText'));
    if (!isPackDate(date.trim())) return setError(i18n.t('options.factForm.errorDate'));
    const hasSource = source.title.trim() && source.publisher.trim() && isPackDate(source.date.trim());
    if (needsSource && !hasSource) return setError(i18n.t('options.factForm.errorSource'));
    if (source.url.trim() && !/^https?:\/\//.test(source.url.trim())) return setError(i18n.t('options.factForm.errorUrl'));
    const userSources: UserSource[] = hasSource
      ? [{ title: source.title.trim(), publisher: source.publisher.trim(), date: source.date.trim(), ...(source.url.trim() ? { url: source.url.trim() } : {}) }]
      : [];
    onSave({ text: text.trim(), date: date.trim(), sources: initial?.sources ?? [], userSources, ...(initial?.tags ? { tags: initial.tags } : {}) });
  }

  const field = (key: keyof typeof source, label: string, placeholder = '') => (
    <label>
      {label}
      <input type="text" name={`source-${key}`} value={source[key]} placeholder={placeholder} onInput={(e) => setSource({ ...source, [key]: (e.target as HTMLInputElement).value })} />
    </label>
  );

  return (
    <form class="fact-form" onSubmit={submit} aria-label={initial ? i18n.t('options.factForm.editLabel') : i18n.t('options.factForm.addLabel')}>
      <label class="wide">
        {i18n.t('options.factForm.fact')}
        <textarea name="fact-text" rows={2} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {i18n.t('options.common.date')}
        <input type="text" name="fact-date" value={date} placeholder="2024-05" onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </label>
      <fieldset>
        <legend>{needsSource ? i18n.t('options.common.sourceRequired') : i18n.t('options.factForm.addSourceOptional')}</legend>
        {field('title', i18n.t('options.common.title'))}
        {field('publisher', i18n.t('options.common.publisher'))}
        {field('date', i18n.t('options.common.date'), 'YYYY-MM-DD')}
        {field('url', i18n.t('options.common.url'), 'https://…')}
      </fieldset>
      {error && <p role="alert" class="error-text">{error}</p>}
      <button type="submit" class="primary">{i18n.t('options.common.save')}</button> <button type="button" onClick={onCancel}>{i18n.t('options.common.cancel')}</button>
    </form>
  );
}
