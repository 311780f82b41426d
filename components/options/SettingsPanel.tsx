/**
 * Display settings (what to underline) and the sites the user switched Silk Lens off
 * on. Stored in storage.local; open pages apply a change at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { i18n } from '#i18n';
import { ENTITY_TYPES } from '@/lib/factbase/schema';
import { clampHoverDelay, DENSE_PAGE_MENTIONS, DISPLAY_KEY, HOVER_DELAY_MAX_MS, parseDisplay, type DisplaySettings, type FirstMentionMode } from '@/lib/settings/display';
import { PRIVACY_KEY, parsePrivacy, type PrivacySettings } from '@/lib/settings/privacy';
import { entityTypeLabel } from './EntityDetail';

/** The three first-mention modes, automatic (the default) first. */
const FIRST_MENTION_CHOICES: [FirstMentionMode, () => string][] = [
  ['auto', () => i18n.t('options.settings.firstMentionAuto', [String(DENSE_PAGE_MENTIONS)])],
  ['always', () => i18n.t('options.settings.firstMentionAlways')],
  ['never', () => i18n.t('options.settings.firstMentionNever')],
];

export function SettingsPanel() {
  const [display, setDisplay] = useState<DisplaySettings | null>(null);
  const [sites, setSites] = useState<string[]>([]);
  const [privacy, setPrivacy] = useState<PrivacySettings | null>(null);

  useEffect(() => {
    void browser.storage.local.get([DISPLAY_KEY, 'disabledSites', PRIVACY_KEY]).then((r) => {
      setDisplay(parseDisplay(r[DISPLAY_KEY]));
      setPrivacy(parsePrivacy(r[PRIVACY_KEY]));
      setSites(Array.isArray(r.disabledSites) ? (r.disabledSites as string[]) : []);
    });
  }, []);

  async function save(next: DisplaySettings) {
    setDisplay(next);
    await browser.storage.local.set({ [DISPLAY_KEY]: next });
  }

  /** The background recompiles and re-highlights open pages when this key changes. */
  async function savePrivacy(next: PrivacySettings) {
    setPrivacy(next);
    await browser.storage.local.set({ [PRIVACY_KEY]: next });
  }

  async function turnOn(host: string) {
    const next = sites.filter((s) => s !== host);
    setSites(next);
    await browser.storage.local.set({ disabledSites: next });
  }

  if (!display || !privacy) return null;
  return (
    <>
      <section class="panel" aria-label={i18n.t('options.settings.display')}>
        <h3>{i18n.t('options.settings.display')}</h3>
        <fieldset class="types">
          <legend>{i18n.t('options.settings.underline')}</legend>
          {ENTITY_TYPES.map((t) => (
            <label key={t} class="check">
              <input type="checkbox" name={`type-${t}`} checked={display.types[t]} onChange={(e) => void save({ ...display, types: { ...display.types, [t]: (e.target as HTMLInputElement).checked } })} />
              {entityTypeLabel(t)}
            </label>
          ))}
        </fieldset>
        <fieldset class="types first-mention" style={{ flexDirection: 'column', alignItems: 'flex-start' }}>
          <legend>{i18n.t('options.settings.firstMention')}</legend>
          {FIRST_MENTION_CHOICES.map(([mode, label]) => (
            <label key={mode} class="check">
              <input type="radio" name="first-only" value={mode} checked={display.firstOnly === mode} onChange={() => void save({ ...display, firstOnly: mode })} />
              {label()}
            </label>
          ))}
        </fieldset>
        <p class="muted">{i18n.t('options.settings.firstMentionHint')}</p>
        <label class="hover-delay">
          {i18n.t('options.settings.hoverDelay')}{' '}
          <input
            type="number"
            name="hover-delay"
            min={0}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={display.hoverDelayMs}
            // Saved as the reader types (a value in range), not only when the field loses focus.
            onInput={(e) => {
              const raw = (e.target as HTMLInputElement).value.trim();
              const ms = Number(raw);
              if (raw !== '' && Number.isInteger(ms) && ms >= 0 && ms <= HOVER_DELAY_MAX_MS && ms !== display.hoverDelayMs) void save({ ...display, hoverDelayMs: ms });
            }}
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const ms = clampHoverDelay(input.value);
              input.value = String(ms); // shows the clamped value, not what was typed
              void save({ ...display, hoverDelayMs: ms });
            }}
          />{' '}
          {i18n.t('options.settings.hoverDelayUnit')}
        </label>
        <p class="muted">{i18n.t('options.settings.hoverDelayHint')}</p>
        <p class="muted">{i18n.t('options.settings.liveHint')}</p>
      </section>
      <section class="panel" aria-label={i18n.t('options.settings.privacy')}>
        <h3>{i18n.t('options.settings.privacy')}</h3>
        <label class="check">
          <input type="checkbox" name="own-entities-off-pages" checked={privacy.ownEntitiesOffPages} onChange={(e) => void savePrivacy({ ...privacy, ownEntitiesOffPages: (e.target as HTMLInputElement).checked })} />
          {i18n.t('options.settings.ownEntitiesOffPages')}
        </label>
        <p class="muted">{i18n.t('options.settings.ownEntitiesOffPagesHint')}</p>
      </section>
      <section class="panel" aria-label={i18n.t('options.settings.offSites')}>
        <h3>{i18n.t('options.settings.offSites')}</h3>
        {sites.length === 0 ? (
          <p class="muted">{i18n.t('options.settings.noOffSites')}</p>
        ) : (
          <ul class="off-sites">
            {sites.map((host) => (
              <li key={host}>
                {host} <button type="button" class="link" onClick={() => void turnOn(host)}>{i18n.t('options.settings.turnOn')}</button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
