/**
 * The background's view of the fact base: makes sure the bundled pack is loaded,
 * compiles the matcher dictionary (cached against the database revision) and
 * builds entity cards. Every public method waits for the bundled pack, so the
 * first page opened after install is highlighted: no race with the install.
 */
import type { FactBaseDB } from '../factbase/db';
import { allEntities, getPack, getRevision } from '../factbase/store';
import { editsByEntity, shownEntity } from '../factbase/overlay';
import { entityViews, installPackKeepingEdits, visibleEntities } from '../factbase/view';
import type { Entity, FactPack } from '../factbase/schema';
import { buildCard, type CardRole, type EntityCardData } from '../card/card-data';
import { openDisagreements } from '../wikidata/state';
import { readWikidataState } from './wikidata-store';
import { compileDictionarySliced } from '../match/compile';
import type { CompiledDictionary } from '../match/types';
import { asMatchDictionary } from '../match/dictionary';
import { buildPageIndexSliced, type PageIndex } from '../match/page-index';
import { isPageIndex } from '../match/page-index-check';
import { pageIndexCache, type PageIndexCache } from './page-index-cache';
import { localToday } from '../dates/today';

export interface FactBaseServiceOptions {
  db: FactBaseDB;
  /** Loads the bundled pack (dynamic import in the extension, a fixture in tests). */
  loadBundled: () => Promise<FactPack>;
  today?: () => string;
  /**
   * The privacy setting (lib/settings/privacy.ts): leave the user's own entities and
   * their name edits of pack entities out of the dictionary sent to pages.
   */
  ownEntitiesOffPages?: () => Promise<boolean>;
  /**
   * Seam for tests: count compiles (a stored page index must spare them). Default: the
   * compile in slices (compileDictionarySliced), so card requests and other messages are
   * answered while a 200,000-entity fact base compiles.
   */
  compile?: (entities: Entity[], options: { version: string }) => CompiledDictionary | Promise<CompiledDictionary>;
  /** Where the page index persists (default: a database beside the fact base, page-index-cache.ts). */
  indexCache?: PageIndexCache;
}

export class FactBaseService {
  private ready: Promise<void> | null = null;
  /** The dictionary of one version, or its compile in progress (single flight: the compile runs in slices). */
  private compiled: { key: string; dictionary: Promise<CompiledDictionary> } | null = null;
  private index: PageIndex | null = null;
  /** Single flight: every caller after a wake shares one load (or one compile) per version. */
  private indexLoad: { key: string; promise: Promise<PageIndex> } | null = null;
  /** The version of the index in the cache database, once this service read or wrote it (the only writer). */
  private storedVersion: string | undefined;

  private indexCache: PageIndexCache;

  constructor(private options: FactBaseServiceOptions) {
    this.indexCache = options.indexCache ?? pageIndexCache(options.db.name);
  }

  private get db() {
    return this.options.db;
  }

  private today(): string {
    return this.options.today?.() ?? localToday();
  }

  /** Install the bundled pack if it is missing or a different version. Idempotent, single-flight. */
  ensureBundled(): Promise<void> {
    this.ready ??= (async () => {
      const bundled = await this.options.loadBundled();
      const stored = await getPack(this.db, bundled.id);
      if (!stored || (stored.origin === 'bundled' && stored.version !== bundled.version)) {
        // Keeping edits: a bundled update that drops an entity keeps the user's notes on it as their own.
        await installPackKeepingEdits(this.db, bundled, 'bundled', { from: 'bundled' });
      }
    })().catch((error: unknown) => {
      this.ready = null; // let the next call try again rather than caching a failure
      throw error;
    });
    return this.ready;
  }

  /** The dictionary version for the current revision and privacy setting. */
  private async versionKey(): Promise<{ key: string; packOnly: boolean }> {
    await this.ensureBundled();
    const revision = await getRevision(this.db);
    const packOnly = (await this.options.ownEntitiesOffPages?.()) === true;
    // The setting is part of the version, so a page holding the other dictionary refetches.
    return { key: `r${revision}${packOnly ? '-pack-names' : ''}`, packOnly };
  }

  async dictionary(): Promise<CompiledDictionary> {
    const { key, packOnly } = await this.versionKey();
    return this.compileFor(key, packOnly);
  }

  private compileFor(key: string, packOnly: boolean): Promise<CompiledDictionary> {
    if (this.compiled?.key !== key) {
      const dictionary = (async () => {
        const entities = packOnly ? await packNamedEntities(this.db) : await visibleEntities(this.db);
        return (this.options.compile ?? compileDictionarySliced)(entities, { version: key });
      })();
      const entry = { key, dictionary };
      this.compiled = entry;
      // A failed compile is not cached: the next caller tries again.
      dictionary.catch(() => { if (this.compiled === entry) this.compiled = null; });
    }
    return this.compiled.dictionary;
  }

  /**
   * The page index of the current version (page-index.ts): from memory, else from its
   * cache database if that holds this version whole, else compiled, indexed and stored.
   * After a wake this costs one read instead of a compile (1.2–2.6 s at 50k entities).
   */
  async pageIndex(): Promise<PageIndex> {
    const { key, packOnly } = await this.versionKey();
    if (this.index?.version === key) return this.index;
    if (this.indexLoad?.key !== key) {
      const promise = this.loadOrBuildIndex(key, packOnly).then(
        (index) => {
          if (this.indexLoad?.promise === promise) { this.index = index; this.indexLoad = null; }
          return index;
        },
        (error: unknown) => {
          if (this.indexLoad?.promise === promise) this.indexLoad = null; // the next caller tries again
          throw error;
        },
      );
      this.indexLoad = { key, promise };
    }
    return this.indexLoad.promise;
  }

  private async loadOrBuildIndex(key: string, packOnly: boolean): Promise<PageIndex> {
    // After a write in this worker's life the stored index is of an older version: reading
    // it (tens of MB at 200k entities) only to refuse it would be wasted. Only a wrong
    // belief costs anything (a read, or a rebuild), never a wrong index.
    if (this.storedVersion === undefined || this.storedVersion === key) {
      const stored = await this.indexCache.read();
      if (isPageIndex(stored, key)) { this.storedVersion = key; return stored; }
    }
    // Another revision's, another format's or a damaged index: build and replace it whole.
    const index = await buildPageIndexSliced(asMatchDictionary(await this.compileFor(key, packOnly)));
    // The full dictionary is not kept: pages get slices, and the index holds it all.
    if (this.compiled?.key === key) this.compiled = null;
    this.storedVersion = undefined; // unknown until the write succeeds
    await this.indexCache.write(index);
    this.storedVersion = key;
    return index;
  }

  async revision(): Promise<number> {
    return getRevision(this.db);
  }

  /**
   * Forget the compiled dictionary after a write. Also forget that the bundled pack was
   * checked: a restored backup may not hold it, and the next read puts it back.
   */
  invalidate(): void {
    this.compiled = null;
    this.index = null;
    this.indexLoad = null;
    this.ready = null;
  }

  /**
   * Cards for entity ids. `withUserData: false` (prefetch into pages) gives the pack's
   * entity only: no notes, no edited or added facts, no entities of the user's own;
   * hidden entities and hidden facts stay hidden. `true` (a trusted open) applies the overlay.
   */
  async cards(ids: string[], today = this.today(), { withUserData = true, pageDate }: { withUserData?: boolean; pageDate?: string } = {}): Promise<EntityCardData[]> {
    await this.ensureBundled();
    const unique = [...new Set(ids)].slice(0, 500);
    // O(ids asked for): one batched read of their chunks and edits, then one of their countries.
    const found = await entityViews(this.db, unique);
    const views = unique.map((id) => found.get(id));
    // The reader's own review state: only cards built with their data carry it.
    const differs = withUserData ? await this.wikidataDiffers(new Set(unique)) : new Map<string, Differs[]>();
    const countryIds = [...new Set(views.flatMap((v) => (v?.view.entity.country ? [v.view.entity.country] : [])))];
    const countries = await entityViews(this.db, countryIds);
    const countryName = new Map(
      [...countries.values()].flatMap((c) => {
        const e = withUserData ? c.view.entity : c.packEntity;
        return e ? [[e.id, { en: e.names.en ?? e.id, ru: e.names.ru }] as const] : [];
      }),
    );
    return views.flatMap((v) => {
      if (!v || v.view.hidden) return [];
      let e = v.view.entity;
      if (!withUserData) {
        if (!v.packEntity) return []; // the user's own entity: only on a trusted open
        const hidden = new Set(v.view.hiddenFacts);
        e = { ...v.packEntity, facts: v.packEntity.facts.filter((f) => !hidden.has(f)) };
      }
      const country = e.country ? countryName.get(e.country) : undefined;
      const card = buildCard(e, v.sources, {
        today,
        // An older page's own time first (lib/card/fact-order.ts). The date is the page's
        // metadata, read in the content script; no page text crosses.
        ...(pageDate ? { pageDate } : {}),
        ...(e.country ? { countryName: country?.en ?? e.country } : {}),
        // Both languages: one prefetched card serves an English and a Russian interface.
        ...(country?.ru ? { countryNameRu: country.ru } : {}),
        // Marks the user's words as theirs ("edited by you"); prefetched cards never carry them.
        ...(withUserData ? { provenance: v.view } : {}),
      });
      const marks = differs.get(e.id);
      if (marks) card.roles = card.roles.map((r) => markRole(r, e, marks));
      const notes = withUserData ? v.view.notes : [];
      return [notes.length ? { ...card, notes: notes.map((n) => n.text), noteDates: notes.map((n) => n.created) } : card];
    });
  }

  /**
   * Undismissed Wikidata differences of the last check for these entities, by the pack
   * holder's entity id. One stored record, whose size follows the offices checked, not the fact base.
   */
  private async wikidataDiffers(ids: ReadonlySet<string>): Promise<Map<string, Differs[]>> {
    const state = await readWikidataState(this.db);
    const byEntity = new Map<string, Differs[]>();
    if (!state.check) return byEntity;
    for (const d of openDisagreements(state)) {
      if (!d.entityId || !ids.has(d.entityId)) continue;
      const mark: Differs = { office: d.office, value: { holder: d.wikidataHolder, ...(d.since ? { since: d.since } : {}), checkedAt: state.check.checkedAt } };
      byEntity.set(d.entityId, [...(byEntity.get(d.entityId) ?? []), mark]);
    }
    return byEntity;
  }
}

type Differs = { office: string; value: NonNullable<CardRole['wikidataDiffers']> };

/** A held role of the card whose office Wikidata gives to someone else gets the mark. */
function markRole(role: CardRole, entity: Entity, marks: Differs[]): CardRole {
  if (role.to !== null) return role;
  const source = entity.roles.find((r) => r.to === null && r.title === role.title && r.from === role.from && r.office !== undefined);
  const mark = source && marks.find((m) => m.office === source.office);
  return mark ? { ...role, wikidataDiffers: mark.value } : role;
}

/**
 * Pack entities the user has not hidden, under the packs' own names: the user's own
 * entities (`add-entity`) and their name edits stay off pages. Other edits change no
 * surface form, so they do not matter here.
 */
async function packNamedEntities(db: FactBaseDB): Promise<Entity[]> {
  const [entities, edits] = await Promise.all([allEntities(db), db.edits.toArray()]);
  // Grouped once: an entity without edits costs nothing (shownEntity).
  const editsOf = editsByEntity(edits.filter((e) => e.kind !== 'names' && e.kind !== 'add-entity'));
  return entities.flatMap((e) => {
    const view = shownEntity(e, editsOf.get(e.id));
    return view && !view.hidden ? [view.entity] : [];
  });
}
