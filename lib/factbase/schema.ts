/**
 * Fact pack format `silklens-pack/1`: the one contract between pack authors,
 * feeds, importers, the fact base and the matcher. Written down for humans in
 * docs/fact-pack.md; this valibot schema is the executable version.
 *
 * Validation rejects a whole pack with a path-precise message
 * (see `validatePack`), so nothing half-valid ever reaches the database.
 */
import * as v from 'valibot';

/** ISO date with year, year-month or full-date precision: 2022, 2022-01, 2022-01-05. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** Stable ids: lower-case ASCII words joined by hyphens (`kassym-jomart-tokayev`). */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case ascii words joined by hyphens'),
  v.maxLength(120),
);

export const ENTITY_TYPES = ['person', 'country', 'region', 'organization', 'event'] as const;
export const EntityType = v.picklist(ENTITY_TYPES);

/** Languages a name may be given in: English, Russian and the five national languages. */
export const LANGS = ['en', 'ru', 'kk', 'ky', 'tg', 'tk', 'uz'] as const;
export const Lang = v.picklist(LANGS);

/** A Wikidata item id (`Q232`). Only ids seen in a source are recorded; none is better than a guess. */
export const WikidataId = v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/, 'must be a Wikidata item id like Q232'));

const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const Url = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));

export const Source = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, _ or -')),
  title: NonEmpty,
  publisher: NonEmpty,
  /** Publication date of the source, or the date of the latest event it reports. */
  date: IsoDate,
  url: v.optional(Url),
  note: v.optional(v.string()),
});

/**
 * What kind of other name an alias is, so a card can say why a mention matched
 * ("nickname", "former name"). Absent: a plain variant spelling or short form.
 */
export const ALIAS_KINDS = ['nickname', 'historical', 'abbreviation', 'variant', 'misspelling'] as const;
export const AliasKind = v.picklist(ALIAS_KINDS);

export const Alias = v.strictObject({
  text: NonEmpty,
  kind: v.optional(AliasKind),
  lang: v.optional(Lang),
  /** Match only with this exact letter case (acronyms: GBAO, KNB). */
  caseSensitive: v.optional(v.boolean()),
  /** Shared by several entities (Japarov): resolved from page context, else candidates. */
  ambiguous: v.optional(v.boolean()),
  /** Match only when one of these words appears within ~60 characters. */
  context: v.optional(v.array(NonEmpty)),
  /** Known as a name but never highlighted on its own (used for resolution only). */
  standalone: v.optional(v.boolean()),
  /** Cyrillic aliases are declined into the six Russian cases unless this is false. */
  inflect: v.optional(v.boolean()),
});

export const Role = v.strictObject({
  title: NonEmpty,
  titleRu: v.optional(NonEmpty),
  /** Office key for title resolution, `<office>:<country-id>` e.g. `president:kazakhstan`. */
  office: v.optional(v.pipe(v.string(), v.regex(/^[a-z-]+:[a-z0-9-]+$/, 'must look like office:country-id'))),
  /** Wikidata item of the office itself (Q-id of "President of Kazakhstan"), when known. */
  officeWikidata: v.optional(WikidataId),
  from: v.optional(IsoDate),
  /** null: still held, as of the latest source cited. */
  to: v.nullable(IsoDate),
  sources: v.pipe(v.array(v.string()), v.minLength(1, 'a role needs at least one source')),
});

export const Fact = v.strictObject({
  text: NonEmpty,
  date: IsoDate,
  sources: v.pipe(v.array(v.string()), v.minLength(1, 'a fact needs at least one source')),
  tags: v.optional(v.array(v.string())),
});

export const Relation = v.strictObject({
  entity: Id,
  relation: NonEmpty,
});

export const Entity = v.strictObject({
  id: Id,
  type: EntityType,
  names: v.pipe(
    v.record(Lang, NonEmpty),
    v.check((names) => typeof names.en === 'string', 'must have an English name (en)'),
  ),
  /** Needed to decline Russian surnames correctly (Токаев / Токаева). */
  gender: v.optional(v.picklist(['m', 'f'])),
  aliases: v.optional(v.array(Alias), []),
  /** Country entity id this entity belongs to. */
  country: v.optional(Id),
  /** One neutral line: what this is ("Region of Tajikistan", "Kyrgyz journalist"). */
  description: v.optional(NonEmpty),
  roles: v.optional(v.array(Role), []),
  facts: v.optional(v.array(Fact), []),
  related: v.optional(v.array(Relation), []),
  /** Wikidata item id, where one exists and was seen in a source (shown as a link in options). */
  wikidata: v.optional(WikidataId),
  /** When a person last checked this entity's facts against sources. */
  checked: IsoDate,
  /**
   * The recorded check behind `checked`: ids of the sources consulted that day, when none
   * of the sources cited by roles or facts is of that year (the linter demands one or the other).
   */
  checkedWith: v.optional(v.array(v.string())),
});

export const PACK_FORMAT = 'silklens-pack/1';

export const FactPack = v.pipe(
  v.strictObject({
    format: v.literal(PACK_FORMAT),
    id: Id,
    title: NonEmpty,
    publisher: NonEmpty,
    /** Moves on every change, so feeds and caches can compare. */
    version: NonEmpty,
    published: IsoDate,
    description: v.optional(v.string()),
    license: v.optional(v.string()),
    sources: v.array(Source),
    entities: v.array(Entity),
    /** Optional Ed25519 signature over the canonical pack without this field (base64). */
    signature: v.optional(v.string()),
  }),
  v.check(
    (p) => new Set(p.entities.map((e) => e.id)).size === p.entities.length,
    'entity ids must be unique',
  ),
  v.check((p) => new Set(p.sources.map((s) => s.id)).size === p.sources.length, 'source ids must be unique'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const sourceIds = new Set(dataset.value.sources.map((s) => s.id));
    dataset.value.entities.forEach((e, ei) => {
      const check = (ids: string[], where: string) => {
        for (const id of ids) {
          if (!sourceIds.has(id)) addIssue({ message: `entities[${ei}].${where}.sources: unknown source "${id}" (entity ${e.id})` });
        }
      };
      e.roles.forEach((r, i) => check(r.sources, `roles[${i}]`));
      e.facts.forEach((f, i) => check(f.sources, `facts[${i}]`));
      if (e.checkedWith) check(e.checkedWith, 'checkedWith');
    });
  }),
);

export type IsoDate = v.InferOutput<typeof IsoDate>;
export type EntityType = v.InferOutput<typeof EntityType>;
export type Lang = v.InferOutput<typeof Lang>;
export type Source = v.InferOutput<typeof Source>;
export type Alias = v.InferOutput<typeof Alias>;
export type AliasKind = v.InferOutput<typeof AliasKind>;
export type Role = v.InferOutput<typeof Role>;
export type Fact = v.InferOutput<typeof Fact>;
export type Entity = v.InferOutput<typeof Entity>;
export type FactPack = v.InferOutput<typeof FactPack>;
export type FactPackInput = v.InferInput<typeof FactPack>;

export type PackValidation = { ok: true; pack: FactPack } | { ok: false; errors: string[] };

/** Validate unknown JSON as a pack; errors name the path (`entities[3].facts[0].date: …`). */
export function validatePack(input: unknown): PackValidation {
  const result = v.safeParse(FactPack, input);
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, errors: result.issues.map(formatIssue) };
}

function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}
