/**
 * The last Wikidata check and the user's dismissals (pure; lib/background/wikidata-store.ts
 * reads and writes them), kept in the fact base's `meta` table under one key: it survives restarts, travels in backups with the rest of `meta`, and
 * never touches pack data. Read back through a schema, because a restored backup is a
 * file from outside like any other.
 *
 * Dismissals are remembered per (office, Wikidata holder): the next check does not bring
 * back a dismissed difference while Wikidata still names the same person; when Wikidata
 * names someone else, that is a new difference. A dismissal whose difference is gone from
 * a new check is forgotten, so a later return of the same holder shows again.
 */
import * as v from 'valibot';
import type { ComparisonOutcome, WikidataDisagreement } from './compare';

const Text = v.pipe(v.string(), v.maxLength(400));
const Qid = v.pipe(v.string(), v.regex(/^Q[1-9]\d{0,11}$/));
const OfficeKey = v.pipe(v.string(), v.regex(/^[a-z-]+:[a-z0-9-]+$/));
const Day = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

const Disagreement = v.object({
  office: OfficeKey,
  entityId: v.optional(Text),
  packHolder: v.optional(Text),
  packSince: v.optional(Day),
  wikidataHolder: Text,
  wikidataItem: Qid,
  since: v.optional(Day),
});
const StoredCheck = v.object({
  checkedAt: v.pipe(v.string(), v.isoTimestamp()),
  offices: v.pipe(v.number(), v.integer(), v.minValue(0)),
  agreements: v.pipe(v.number(), v.integer(), v.minValue(0)),
  disagreements: v.pipe(v.array(Disagreement), v.maxLength(1000)),
  notFound: v.pipe(v.array(OfficeKey), v.maxLength(1000)),
});
const Dismissal = v.object({ office: OfficeKey, item: Qid });
const State = v.object({ check: v.nullable(StoredCheck), dismissed: v.pipe(v.array(Dismissal), v.maxLength(1000)) });

export type WikidataState = v.InferOutput<typeof State>;
export type Dismissal = v.InferOutput<typeof Dismissal>;

/** What the Feeds tab shows: the last check, without the differences the user dismissed. */
export interface WikidataCheckView {
  checkedAt: string;
  offices: number;
  agreements: number;
  disagreements: WikidataDisagreement[];
  dismissed: number;
  notFound: string[];
}

export const EMPTY_WIKIDATA_STATE: WikidataState = { check: null, dismissed: [] };

/** A stored value; an unreadable one (a hand-edited backup) reads as "never checked". */
export function parseWikidataState(value: unknown): WikidataState {
  const parsed = v.safeParse(State, value);
  return parsed.success ? parsed.output : EMPTY_WIKIDATA_STATE;
}

const isDismissed = (dismissed: Dismissal[], d: WikidataDisagreement) => dismissed.some((x) => x.office === d.office && x.item === d.wikidataItem);

/** The differences still to review. */
export function openDisagreements(state: WikidataState): WikidataDisagreement[] {
  return state.check ? state.check.disagreements.filter((d) => !isDismissed(state.dismissed, d)) : [];
}

export function viewOf(state: WikidataState): WikidataCheckView | null {
  if (!state.check) return null;
  const open = openDisagreements(state);
  return { ...state.check, disagreements: open, dismissed: state.check.disagreements.length - open.length };
}

/** A new check, keeping the dismissals that still apply to it. */
export function afterCheck(before: WikidataState, outcome: ComparisonOutcome, checkedAt: string): WikidataState {
  const dismissed = before.dismissed.filter((x) => outcome.disagreements.some((d) => d.office === x.office && d.wikidataItem === x.item));
  return { check: { checkedAt, ...outcome }, dismissed };
}

/** Dismiss one difference; undefined when nothing changes (not listed, or dismissed already). */
export function withDismissal(state: WikidataState, office: string, item: string): WikidataState | undefined {
  const listed = state.check?.disagreements.some((d) => d.office === office && d.wikidataItem === item) === true;
  if (!listed || state.dismissed.some((x) => x.office === office && x.item === item)) return undefined;
  return { ...state, dismissed: [...state.dismissed, { office, item }] };
}
