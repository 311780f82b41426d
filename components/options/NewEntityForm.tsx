/**
 * Add an entity of the user's own (a local official, a company on a watch list).
 * Like every entity it needs a dated, sourced fact; it is stored as an overlay edit,
 * highlighted on pages like pack entities and exported with "my own entities".
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, validatePack, type Entity, type EntityType, type Source } from '@/lib/factbase/schema';
import { addEntity, type EditChanges } from '@/lib/factbase/overlay';
import { slugify } from '@/lib/factbase/importers/slug';
import { i18n } from '#i18n';
import { entityTypeLabel } from './EntityDetail';
import { isPackDate } from '@/lib/factbase/dates';
import { localToday } from '@/lib/dates/today';

/** `freeId(base)`: the background's first free id from `base` (null when it could not answer). */
export function NewEntityForm({ freeId, onSave, onCancel }: { freeId: (base: string) => Promise<string | null>; onSave: (c: EditChanges, id: string) => void; onCancel: () => void }) {
  const [v, setV] = useState({ type: 'person' as EntityType, en: '', ru: '', gender: '', description: '', fact: '', factDate: '', title: '', publisher: '', sourceDate: '', url: '' });
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof v) => (e: Event) => setV({ ...v, [k]: (e.target as HTMLInputElement).value });

  async function submit(e: Event) {
    e.preventDefault();
    if (!v.en.trim()) return setError(i18n.t('options.newEntity.errorName'));
    if (!v.fact.trim() || !isPackDate(v.factDate.trim())) return setError(i18n.t('options.newEntity.errorFact'));
    if (!v.title.trim() || !v.publisher.trim() || !isPackDate(v.sourceDate.trim())) return setError(i18n.t('options.newEntity.errorSource'));
    const id = await freeId(slugify(v.en) || 'entity');
    if (!id) return;
    const source: Source = { id: 's1', title: v.title.trim(), publisher: v.publisher.trim(), date: v.sourceDate.trim(), ...(v.url.trim() ? { url: v.url.trim() } : {}) };
    const entity: Entity = {
      id,
      type: v.type,
      names: { en: v.en.trim(), ...(v.ru.trim() ? { ru: v.ru.trim() } : {}) },
      ...(v.type === 'person' && (v.gender === 'm' || v.gender === 'f') ? { gender: v.gender } : {}),
      ...(v.description.trim() ? { description: v.description.trim() } : {}),
      aliases: [],
      roles: [],
      facts: [{ text: v.fact.trim(), date: v.factDate.trim(), sources: ['s1'] }],
      related: [],
      checked: localToday(),
    };
    // The same schema as any pack: a user entity can always be exported and shared.
    const check = validatePack({ format: 'silklens-pack/1', id: 'check', title: 'x', publisher: 'x', version: '1', published: entity.checked, sources: [source], entities: [entity] });
    if (!check.ok) return setError(check.errors.join('; '));
    onSave({ put: [addEntity(entity, [source])], remove: [] }, id);
  }

  return (
    <form class="fact-form" onSubmit={(e) => void submit(e)} aria-label={i18n.t('options.search.newEntity')}>
      <div class="row">
        <label>
          {i18n.t('options.newEntity.type')}
          <select value={v.type} onChange={set('type')}>
            {ENTITY_TYPES.map((t) => <option key={t} value={t}>{entityTypeLabel(t)}</option>)}
          </select>
        </label>
        <label class="grow">{i18n.t('options.newEntity.nameEn')}<input type="text" name="entity-en" value={v.en} onInput={set('en')} /></label>
        <label class="grow">{i18n.t('options.newEntity.nameRu')}<input type="text" name="entity-ru" value={v.ru} onInput={set('ru')} /></label>
        {v.type === 'person' && (
          <label>
            {i18n.t('options.newEntity.gender')}
            <select value={v.gender} onChange={set('gender')}>
              <option value="">—</option>
              <option value="m">{i18n.t('options.newEntity.genderM')}</option>
              <option value="f">{i18n.t('options.newEntity.genderF')}</option>
            </select>
          </label>
        )}
      </div>
      <label class="wide">{i18n.t('options.newEntity.description')}<input type="text" name="entity-description" value={v.description} onInput={set('description')} /></label>
      <label class="wide">{i18n.t('options.newEntity.firstFact')}<textarea name="entity-fact" rows={2} value={v.fact} onInput={set('fact')} /></label>
      <label>{i18n.t('options.newEntity.factDate')}<input type="text" name="entity-fact-date" value={v.factDate} placeholder="2025-06" onInput={set('factDate')} /></label>
      <fieldset>
        <legend>{i18n.t('options.common.sourceRequired')}</legend>
        <label>{i18n.t('options.common.title')}<input type="text" name="entity-source-title" value={v.title} onInput={set('title')} /></label>
        <label>{i18n.t('options.common.publisher')}<input type="text" name="entity-source-publisher" value={v.publisher} onInput={set('publisher')} /></label>
        <label>{i18n.t('options.common.date')}<input type="text" name="entity-source-date" value={v.sourceDate} placeholder="YYYY-MM-DD" onInput={set('sourceDate')} /></label>
        <label>{i18n.t('options.common.url')}<input type="text" name="entity-source-url" value={v.url} placeholder="https://…" onInput={set('url')} /></label>
      </fieldset>
      {error && <p role="alert" class="error-text">{error}</p>}
      <button type="submit" class="primary">{i18n.t('options.newEntity.create')}</button> <button type="button" onClick={onCancel}>{i18n.t('options.common.cancel')}</button>
    </form>
  );
}
