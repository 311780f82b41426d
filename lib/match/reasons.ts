/**
 * Mention.reason from a dictionary form: the reason table entry it points at plus the
 * form's own grammar. Kept apart from scan.ts so the scan loop only carries two numbers.
 */
import type { AliasKind, Lang } from '../factbase/schema';
import { ALIAS_KINDS, LANGS } from '../factbase/schema';
import type { ReasonEntry } from './dictionary';
import { GRAMMAR_TERMS, type MatchReason } from './types';

/** The reason of a form, or undefined when the entry is missing or malformed (an old or hostile dictionary). */
export function matchReason(reasons: ReasonEntry[] | undefined, reason: number, grammar: number): MatchReason | undefined {
  const entry = reasons?.[reason];
  if (!Array.isArray(entry) || typeof entry[1] !== 'string' || typeof entry[2] !== 'string') return undefined;
  const [tag, value, base] = entry;
  if (tag === 1 && (ALIAS_KINDS as readonly string[]).includes(value)) return { kind: 'alias', alias: value as AliasKind, base };
  const term = GRAMMAR_TERMS[grammar];
  if (tag === 0 && term && (LANGS as readonly string[]).includes(value)) return { kind: 'inflection', lang: value as Lang, grammar: term, base };
  return undefined;
}
