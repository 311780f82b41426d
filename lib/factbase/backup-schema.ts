/**
 * valibot schemas for every row of every table, as a backup file carries them. A restore
 * runs each row through these before anything is written (backup.ts), so a backup can
 * only ever put into the fact base what the extension itself would have written.
 *
 * URLs: sources (in packs and in the user's own facts and entities) must be http(s)
 * (schema.ts Source), and so must a feed's URL and a pack's `from` when it is a URL.
 *
 * The type checks at the bottom make tsc fail when a field is added to PackRecord,
 * FeedRecord or UserEdit without being added here: otherwise every backup written after
 * that change would be refused on restore.
 */
import * as v from 'valibot';
import type { EntityChunk, FeedRecord, PackRecord, SourceChunk } from './db';
import type { UserEdit } from './overlay';
import { Entity, Fact, Id, IsoDate, Lang, Source } from './schema';

const Text = v.string();
const Timestamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * A feed's URL: http(s), no credentials. The full feed rule (private addresses, http only
 * on this computer; lib/feeds/feed-url.ts) is enforced when the feed is fetched, so a feed
 * the rule now refuses reports that on its next update instead of making the whole backup
 * unrestorable.
 */
const FeedUrl = v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL without a user name or password'));
/** A file name or "bundled"; anything with a URL scheme must be http(s). */
const FromName = v.pipe(v.string(), v.check((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) || isHttpUrl(s), 'must be a file name or an http(s) URL'));

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const PackRow = v.pipe(
  v.strictObject({
    id: Id,
    title: Text,
    publisher: Text,
    version: Text,
    published: IsoDate,
    description: v.optional(Text),
    license: v.optional(Text),
    origin: v.picklist(['bundled', 'feed', 'import', 'user']),
    from: v.optional(FromName),
    installedAt: Timestamp,
    entityCount: Count,
    ids: v.array(Id),
    sourceIds: v.array(v.string()),
  }),
  v.check((p) => p.origin !== 'feed' || (p.from !== undefined && isHttpUrl(p.from)), 'a feed pack must name its feed URL'),
  v.check((p) => p.entityCount === p.ids.length, 'entityCount must match its ids'),
);

/** `ids` (v4) must list the chunk's items' ids: backup-parse.ts checks that, and fills it in for v3 files. */
export const EntityChunkRow = v.strictObject({ packId: Id, chunk: Count, ids: v.array(Id), entities: v.array(Entity) });
export const SourceChunkRow = v.strictObject({ packId: Id, chunk: Count, ids: v.array(v.string()), sources: v.array(Source) });

export const FeedRow = v.strictObject({
  url: FeedUrl,
  packId: v.optional(Id),
  publicKey: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key'))),
  managed: v.boolean(),
  intervalHours: v.pipe(v.number(), v.check((n) => Number.isFinite(n) && n > 0, 'must be a positive number of hours')),
  addedAt: Text,
  etag: v.optional(Text),
  lastModified: v.optional(Text),
  lastChecked: v.optional(Text),
  lastSuccess: v.optional(Text),
  version: v.optional(Text),
  lastError: v.optional(v.strictObject({ message: Text, at: Text })),
  failures: v.optional(Count),
});

/** Meta rows: the revision counter is a count; other keys hold plain JSON values. */
const Json: v.GenericSchema<unknown> = v.lazy(() => v.union([v.string(), v.number(), v.boolean(), v.null(), v.array(Json), v.record(v.string(), Json)]));
export const MetaRow = v.variant('key', [
  v.strictObject({ key: v.literal('revision'), value: Count }),
  v.strictObject({ key: v.pipe(v.string(), v.check((k) => k !== 'revision')), value: Json }),
]);

// ── The user's edits (overlay.ts UserEdit), one schema per kind.
const UserFact = v.strictObject({ text: Text, date: IsoDate, sources: v.array(v.string()), userSources: v.array(v.omit(Source, ['id'])), tags: v.optional(v.array(v.string())) });
const Names = v.record(Lang, v.string());
const base = { id: v.pipe(v.string(), v.minLength(1)), entityId: Id, created: Text };
export const EditRow = v.variant('kind', [
  v.strictObject({ ...base, kind: v.literal('names'), value: Names, original: Names }),
  v.strictObject({ ...base, kind: v.literal('description'), value: v.nullable(Text), original: v.nullable(Text) }),
  v.strictObject({ ...base, kind: v.literal('fact-edit'), factKey: Text, original: Fact, value: UserFact }),
  v.strictObject({ ...base, kind: v.literal('hide-fact'), factKey: Text, original: Fact }),
  v.strictObject({ ...base, kind: v.literal('hide-entity') }),
  v.strictObject({ ...base, kind: v.literal('note'), text: Text, factKey: v.optional(Text), factText: v.optional(Text) }),
  v.strictObject({ ...base, kind: v.literal('add-fact'), fact: UserFact }),
  v.strictObject({ ...base, kind: v.literal('add-entity'), entity: Entity, sources: v.array(Source) }),
]);

// ── Compile-time: every field of a stored record has a schema here, and the output fits the record.
type MissingKeys<Record, Schema> = Exclude<keyof Record, keyof Schema>;
type Fits<Out, Record> = Out extends Record ? true : false;
const checks: [
  MissingKeys<PackRecord, v.InferOutput<typeof PackRow>>,
  MissingKeys<FeedRecord, v.InferOutput<typeof FeedRow>>,
  MissingKeys<EntityChunk, v.InferOutput<typeof EntityChunkRow>>,
  MissingKeys<SourceChunk, v.InferOutput<typeof SourceChunkRow>>,
  Fits<v.InferOutput<typeof PackRow>, PackRecord>,
  Fits<v.InferOutput<typeof FeedRow>, FeedRecord>,
  Fits<v.InferOutput<typeof EditRow>, UserEdit>,
  Exclude<UserEdit['kind'], v.InferOutput<typeof EditRow>['kind']>,
] = [undefined as never, undefined as never, undefined as never, undefined as never, true, true, true, undefined as never];
void checks;
