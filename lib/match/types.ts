/**
 * The matcher's public contract. `lib/match` is pure: strings in,
 * `{start, end, entity}` out; it imports nothing from the DOM or the browser.
 *
 * Flow: compileDictionary(entities) in the background → CompiledDictionary
 * (plain JSON; Chrome serialises messages as JSON) → a page index (page-index.ts), from
 * which each page gets the slice its words can match → a SliceMatcher in the content
 * script (createMatcher(dict) in the CLI) → matcher.scan(text) per block →
 * matcher.resolve(allMentionsOnPage) for page-level ambiguity and titles.
 */
import type { AliasKind, EntityType, Lang } from '../factbase/schema';

/** One entity as the matcher and the highlighter need it (no facts). */
export interface DictEntity {
  id: string;
  type: EntityType;
  /** English display name. */
  name: string;
  country?: string;
}

/**
 * JSON-serialisable compiled dictionary. Everything inside is arrays, strings
 * and numbers: no Map, Set or typed array (Chrome JSON-serialises messages).
 */
export interface CompiledDictionary {
  /** Changes whenever the underlying fact base changes. */
  version: string;
  entities: DictEntity[];
  /** Implementation-defined payload (surface forms, rules, offices …). */
  [key: string]: unknown;
}

export interface Mention {
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  /** The text as it appears on the page (text.slice(start, end)). */
  text: string;
  /** Best entity id; null when ambiguous and the page does not say which. */
  entity: string | null;
  /**
   * Present when the surface form is ambiguous: ≥2 ids when it is shared by several
   * entities; 1 id when an alias marked `ambiguous` has other bearers outside the fact
   * base (Nazarbayev) — resolve() settles it when the page names that bearer or their
   * country, else leaves `entity: null`.
   * Kept after resolution too, so a card can say who else it might be.
   */
  candidates?: string[];
  /**
   * A form shared by a crowd of namesakes (crowd.ts): `candidates` lists only those the
   * page can settle on (and, after resolve, those it names); `count` is every bearer,
   * `countries` every bearer per country, `units` the crowded groups (so resolve can tell
   * an unlisted bearer the page names in full). The card says "one of `count`".
   */
  namesakes?: { count: number; countries: [country: string, count: number][]; units: number[] };
  type: EntityType;
  /** How the mention was found. */
  via: 'name' | 'alias' | 'title';
  /** For via 'title': the office key (`president:kazakhstan`); entity is its holder on the page date. */
  office?: string;
  /**
   * An ambiguous surname right after a bare title ("President Japarov", "премьер Жапаров"):
   * the office kind (`president`, `prime-minister`), so resolve can pick the one candidate
   * who held such an office on the page date.
   */
  officeKind?: string;
  /** Of the candidates, the one whose context words are near this mention. */
  preferred?: string;
  /**
   * From a `standalone: false` alias: evidence for resolve(), never to be highlighted.
   * resolve() removes these; highlight only resolve()'s output.
   */
  evidenceOnly?: boolean;
  /** Why this matched when it was not a plain name (the card says so). */
  reason?: MatchReason;
  /**
   * Where the mention sits on the page, for resolve()'s proximity order: paragraph
   * (`block`), then section (under one heading), then region (the sectioning element: an
   * article, a comments section), then page. Set by the page model; absent = one block
   * (CLI, tests). `block: -1` marks page evidence from outside the blocks being resolved.
   */
  scope?: { block: number; section: number; region?: number };
  /**
   * A bare name that the text makes a private person ("Rahmon, a taxi driver", "a man
   * named Japarov"): resolve() keeps it only when the page names the notable bearer.
   */
  privatePerson?: true;
}

/**
 * Grammar terms a card can name (translated by the interface): the case or form an
 * inflected surface was generated as.
 */
export const GRAMMAR_TERMS = ['genitive', 'dative', 'accusative', 'locative', 'ablative', 'instrumental', 'prepositional', 'possessive', 'plural', 'inflected'] as const;
export type GrammarTerm = (typeof GRAMMAR_TERMS)[number];

/**
 * Why a mention matched, when it was not the name as the pack writes it:
 * - inflection: a generated form ("Тоқаевтың": Kazakh genitive of "Тоқаев");
 * - alias: a nickname, former name, abbreviation … of the entity (Alias.kind);
 * - title: a title resolved to whoever held the office on the page's date; `also` lists
 *   other holders that same day (the office changed hands on it);
 * - beside-title: a shared surname settled by the title right beside it.
 */
export type MatchReason =
  | { kind: 'inflection'; lang: Lang; grammar: GrammarTerm; base: string }
  | { kind: 'alias'; alias: AliasKind; base: string }
  | { kind: 'title'; office: string; date: string; also?: string[] }
  | { kind: 'beside-title'; office: string; date: string };

export interface ScanOptions {
  /** ISO date of the page (published-time metadata) for title → office holder; default today. */
  pageDate?: string;
  /**
   * The page's `lang` attribute (BCP 47: "kk", "uz-Latn"): a block with no telling letters
   * counts as that national language, so its generated case forms may match (scan only).
   */
  lang?: string;
}

export interface Matcher {
  /** Find all mentions in one block of text (one pass, longest match wins, no overlaps). */
  scan(text: string, options?: ScanOptions): Mention[];
  /**
   * Page-level resolution: given every mention found on the page, settle ambiguous
   * surnames from full names/titles elsewhere on the page and titles by date.
   * Returns new mention objects in the same order, without the evidence-only ones.
   */
  /** Extra fields on the input mentions are kept; evidence-only mentions are dropped, so match by field, not index. */
  resolve<M extends Mention>(mentions: M[], options?: ScanOptions): M[];
}
