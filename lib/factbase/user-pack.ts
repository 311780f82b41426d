/**
 * The user's own entities (add-entity edits, with their notes' facts applied) as a
 * regular pack, so they can be shared through a feed or imported elsewhere.
 */
import { applyOverlay, userEntities, type UserEdit } from './overlay';
import { PACK_FORMAT, type Entity, type FactPack, type Source } from './schema';

export function userPack(edits: UserEdit[], today: string): FactPack {
  const entities: Entity[] = [];
  const sources = new Map<string, Source>();
  for (const own of userEntities(edits)) {
    const view = applyOverlay(own.id, edits);
    if (!view) continue;
    entities.push(view.entity);
    for (const s of view.userSources) sources.set(s.id, s);
  }
  for (const e of edits) if (e.kind === 'add-entity') for (const s of e.sources) sources.set(s.id, s);
  const cited = new Set(entities.flatMap((e) => [...e.facts, ...e.roles].flatMap((x) => x.sources)));
  return {
    format: PACK_FORMAT,
    id: 'my-entities',
    title: 'My own entities',
    publisher: 'Silk Lens user',
    version: today,
    published: today,
    sources: [...sources.values()].filter((s) => cited.has(s.id)),
    entities,
  };
}
