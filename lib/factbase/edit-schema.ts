/**
 * The user's edits (overlay.ts) as a valibot schema: the options page sends them to the
 * background in `saveEdits`, and the background checks every one before it writes.
 * A test asserts the inferred type equals `UserEdit`, so the schema cannot drift.
 */
import * as v from 'valibot';
import { Entity, Fact, IsoDate, Lang, Source } from './schema';

/** Long enough for any note a person types, short enough that a page cannot fill the disk. */
const MAX_EDIT_TEXT = 20_000;

const Text = v.pipe(v.string(), v.maxLength(MAX_EDIT_TEXT));
const EditId = v.pipe(v.string(), v.minLength(1), v.maxLength(400));
const EntityRef = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Stamp = v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'));
const FactKeyString = v.pipe(v.string(), v.regex(/^f[0-9a-f]{14}$/, 'must be a fact key'));

const UserSource = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  publisher: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  date: IsoDate,
  url: v.optional(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'must be an http(s) URL'))),
  note: v.optional(Text),
});

const UserFact = v.strictObject({
  text: v.pipe(Text, v.minLength(1)),
  date: IsoDate,
  sources: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(200)),
  userSources: v.pipe(v.array(UserSource), v.maxLength(200)),
  tags: v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))),
});

// Built in a function marked pure: the object spreads below would otherwise keep these
// schemas in the content script's bundle, which never uses them (lib/messages.ts is shared).
function userEditSchema() {
  const base = { id: EditId, entityId: EntityRef, created: Stamp };
  const Names = v.record(Lang, v.pipe(v.string(), v.maxLength(2000)));
  return v.variant('kind', [
    v.strictObject({ ...base, kind: v.literal('names'), value: Names, original: Names }),
    v.strictObject({ ...base, kind: v.literal('description'), value: v.nullable(Text), original: v.nullable(Text) }),
    v.strictObject({ ...base, kind: v.literal('fact-edit'), factKey: FactKeyString, original: Fact, value: UserFact }),
    v.strictObject({ ...base, kind: v.literal('hide-fact'), factKey: FactKeyString, original: Fact }),
    v.strictObject({ ...base, kind: v.literal('hide-entity') }),
    v.strictObject({ ...base, kind: v.literal('note'), text: v.pipe(Text, v.minLength(1)), factKey: v.optional(FactKeyString), factText: v.optional(Text) }),
    v.strictObject({ ...base, kind: v.literal('add-fact'), fact: UserFact }),
    v.pipe(
      v.strictObject({ ...base, kind: v.literal('add-entity'), entity: Entity, sources: v.pipe(v.array(Source), v.maxLength(500)) }),
      v.check((e) => e.entity.id === e.entityId, 'an own entity is stored under its own id'),
    ),
  ]);
}

export const UserEditSchema = /* @__PURE__ */ userEditSchema();

/** One save: records to put and edit ids to delete, applied in one transaction. */
export const EditChangesSchema = v.strictObject({
  put: v.pipe(v.array(UserEditSchema), v.maxLength(5000, 'at most 5,000 edits in one save')),
  remove: v.pipe(v.array(EditId), v.maxLength(5000, 'at most 5,000 edits in one save')),
});
