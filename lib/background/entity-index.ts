/**
 * The options page's entity list, kept in the background: one row per entity (the
 * user's edits applied, hidden ones included so they can be shown again, the user's own
 * entities too) and the fuzzy search over them, built once per fact-base revision. The
 * page asks for a query's rows and never holds every entity: with a 50,000-entity
 * import that was the whole fact base copied into the page.
 */
import type { FactBaseDB } from '../factbase/db';
import { allEntities, getRevision } from '../factbase/store';
import { newestInstallFirst } from '../factbase/lookup';
import { entityProblem } from '../factbase/entity-check';
import { applyOverlay, editsByEntity, shownEntity, userEntities } from '../factbase/overlay';
import type { Entity } from '../factbase/schema';
import { EntitySearch } from '../search/entity-search';
import type { EntityRow } from '../messages';

interface Built {
  revision: number;
  rows: Map<string, EntityRow>;
  /** Rows by English name, for the list shown before anything is typed. */
  byName: EntityRow[];
  search: EntitySearch;
}

export class EntityIndex {
  private cache: { revision: number; built: Promise<Built> } | null = null;

  constructor(private db: FactBaseDB) {}

  /** The index for the current revision; built once per revision however many callers ask. */
  private async current(): Promise<Built> {
    const revision = await getRevision(this.db);
    if (this.cache?.revision !== revision) {
      const built = build(this.db, revision);
      this.cache = { revision, built };
      built.catch(() => {
        if (this.cache?.built === built) this.cache = null; // do not cache a failure
      });
    }
    return this.cache.built;
  }

  async search(query: string, limit: number): Promise<{ rows: EntityRow[]; total: number }> {
    const built = await this.current();
    const q = query.trim();
    const rows = q ? built.search.search(q, limit).flatMap((hit) => built.rows.get(hit.entity.id) ?? []) : built.byName.slice(0, limit);
    return { rows, total: built.rows.size };
  }

  async row(id: string): Promise<EntityRow | undefined> {
    return (await this.current()).rows.get(id);
  }

  /** `base`, else `base-2`, `base-3` …: the first id that no entity (pack or own) has. */
  async freeId(base: string): Promise<string> {
    const { rows } = await this.current();
    let id = base;
    for (let n = 2; rows.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

async function build(db: FactBaseDB, revision: number): Promise<Built> {
  const [entities, packs, edits] = await Promise.all([allEntities(db), db.packs.toArray(), db.edits.toArray()]);
  // The pack each id is read from: the newest install wins, the rule lookups apply.
  const packOf = new Map<string, { id: string; origin: EntityRow['origin'] }>();
  for (const p of [...packs].sort(newestInstallFirst)) {
    for (const id of p.ids) if (!packOf.has(id)) packOf.set(id, { id: p.id, origin: p.origin });
  }
  const editsOf = editsByEntity(edits);

  const rows = new Map<string, EntityRow>();
  const shown: Entity[] = [];
  const add = (target: Entity | string, pack: { id: string; origin: EntityRow['origin'] } | undefined) => {
    const id = typeof target === 'string' ? target : target.id;
    if (rows.has(id)) return;
    // An entity without edits is listed as its pack has it: no overlay, no fact hashing.
    const view = typeof target === 'string' ? applyOverlay(target, editsOf.get(id) ?? []) : shownEntity(target, editsOf.get(id));
    if (!view) return;
    const e = view.entity;
    rows.set(id, {
      id,
      name: e.names.en ?? id,
      ...(e.names.ru ? { nameRu: e.names.ru } : {}),
      type: e.type,
      ...(e.country ? { country: e.country } : {}),
      packId: pack?.id ?? null,
      origin: pack?.origin ?? 'user',
      hidden: view.hidden,
    });
    shown.push(e);
  };
  for (const e of entities) add(e, packOf.get(e.id));
  // An unreadable own entity (a damaged backup) is skipped here and named by factBaseStatus.
  for (const own of userEntities(edits)) if (!entityProblem(own)) add(own.id, undefined);

  const collator = new Intl.Collator('en');
  const byName = [...rows.values()].sort((a, b) => collator.compare(a.name, b.name));
  return { revision, rows, byName, search: new EntitySearch(shown) };
}
