/** The options page's address for one entity (read by entrypoints/options/App.tsx). */
export function optionsEntityUrl(optionsPage: string, entityId: string): string {
  return `${optionsPage}?tab=entities&entity=${encodeURIComponent(entityId)}`;
}
