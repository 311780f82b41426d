/**
 * Edit or add a fact. A fact of the user's own needs what every fact needs: a date
 * and a source; an edited pack fact keeps the pack's sources and may add one.
 */
import { useState } from 'preact/hooks';
import type { Fact } from '@/lib/factbase/schema';
import type { UserFact, UserSource } from '@/lib/factbase/overlay';

const ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function FactForm({ initial, onSave, onCancel }: { initial?: Fact; onSave: (f: UserFact) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial?.text ?? '');
  const [date, setDate] = useState(initial?.date ?? '');
  const [source, setSource] = useState({ title: '', publisher: '', date: '', url: '' });
  const [error, setError] = useState<string | null>(null);
  const needsSource = !initial || initial.sources.length === 0;

  function submit(e: Event) {
    e.preventDefault();
    if (!text.trim()) return setError('Write the fact.');
    if (!ISO.test(date.trim())) return setError('Date must be YYYY, YYYY-MM or YYYY-MM-DD.');
    const hasSource = source.title.trim() && source.publisher.trim() && ISO.test(source.date.trim());
    if (needsSource && !hasSource) return setError('A fact of your own needs a source: title, publisher and date.');
    if (source.url.trim() && !/^https?:\/\//.test(source.url.trim())) return setError('Source URL must start with http:// or https://');
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
    <form class="fact-form" onSubmit={submit} aria-label={initial ? 'Edit fact' : 'Add a fact'}>
      <label class="wide">
        Fact
        <textarea name="fact-text" rows={2} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label>
        Date
        <input type="text" name="fact-date" value={date} placeholder="2024-05" onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </label>
      <fieldset>
        <legend>{needsSource ? 'Source (required)' : 'Add a source (optional)'}</legend>
        {field('title', 'Title')}
        {field('publisher', 'Publisher')}
        {field('date', 'Date', 'YYYY-MM-DD')}
        {field('url', 'URL', 'https://…')}
      </fieldset>
      {error && <p role="alert" class="error-text">{error}</p>}
      <button type="submit" class="primary">Save</button> <button type="button" onClick={onCancel}>Cancel</button>
    </form>
  );
}
