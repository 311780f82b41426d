/**
 * The words of an exported briefing, in the interface language: the popup passes its own
 * (entrypoints/popup/briefing-labels.ts); the English set is the default and the tests'.
 */
export interface BriefingLabels {
  briefing: string;
  page: string;
  exported: string;
  found(entities: number, mentions: number): string;
  typeHeading(type: string): string;
  typeName(type: string): string;
  country: string;
  mentions: string;
  ambiguous: string;
  role: string;
  since(date: string): string;
  lastConfirmed(date: string | undefined): string;
  sources: string;
}

const TYPE_HEADINGS: Record<string, string> = { person: 'People', country: 'Countries', region: 'Regions', organization: 'Organisations', event: 'Events' };

export const ENGLISH_LABELS: BriefingLabels = {
  briefing: 'Briefing',
  page: 'Page',
  exported: 'Exported',
  found: (entities, mentions) => `${entities} entities, ${mentions} mentions`,
  typeHeading: (type) => TYPE_HEADINGS[type] ?? type,
  typeName: (type) => type,
  country: 'Country',
  mentions: 'Mentions',
  ambiguous: 'Ambiguous, one of',
  role: 'Role',
  since: (date) => `since ${date}`,
  lastConfirmed: (date) => (date ? `last confirmed ${date}` : 'not confirmed by a dated source'),
  sources: 'Sources',
};
