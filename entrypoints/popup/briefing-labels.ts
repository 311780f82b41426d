/** The briefing's words in the interface language (lib/briefing/labels.ts). */
import { i18n } from '#i18n';
import { typeLabel } from '@/components/EntityCard';
import type { BriefingLabels } from '@/lib/briefing/labels';

export function groupLabel(type: string): string {
  switch (type) {
    case 'person': return i18n.t('popup.group.person');
    case 'country': return i18n.t('popup.group.country');
    case 'region': return i18n.t('popup.group.region');
    case 'organization': return i18n.t('popup.group.organization');
    case 'event': return i18n.t('popup.group.event');
    default: return i18n.t('popup.group.other');
  }
}

export function briefingLabels(): BriefingLabels {
  return {
    briefing: i18n.t('briefing.title'),
    page: i18n.t('briefing.page'),
    exported: i18n.t('briefing.exported'),
    found: (entities, mentions) => i18n.t('briefing.found', [String(entities), String(mentions)]),
    typeHeading: groupLabel,
    typeName: typeLabel,
    country: i18n.t('briefing.country'),
    mentions: i18n.t('briefing.mentions'),
    ambiguous: i18n.t('briefing.ambiguous'),
    role: i18n.t('briefing.role'),
    since: (date) => i18n.t('briefing.since', [date]),
    lastConfirmed: (date) => (date ? i18n.t('briefing.lastConfirmed', [date]) : i18n.t('briefing.notConfirmed')),
    sources: i18n.t('briefing.sources'),
  };
}
