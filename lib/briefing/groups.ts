/**
 * Entities by type, in one fixed order (people, countries, regions, organisations,
 * events, then any type a newer pack adds), each group keeping its items' order (the
 * summary's: most mentioned first). The popup's list and the Markdown briefing share it,
 * so the file reads like the list the reader saw.
 */
import { ENTITY_TYPES } from '../factbase/schema';

export function groupByType<T extends { type: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.type);
    if (list) list.push(item);
    else groups.set(item.type, [item]);
  }
  const rank = (type: string) => {
    const i = (ENTITY_TYPES as readonly string[]).indexOf(type);
    return i < 0 ? ENTITY_TYPES.length : i;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
