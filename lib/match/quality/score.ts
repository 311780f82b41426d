/**
 * Scoring of the quality suite: found mentions against the expected ones of each
 * passage. A found mention is correct when its surface text and entity both match an
 * expected one (each expected mention counts once); `entity: null` in an expectation
 * means "ambiguous: shown as candidates, no confident answer".
 */
import type { Mention } from '../types';

export interface Passage {
  id: string;
  lang: 'en' | 'ru' | 'kk' | 'ky' | 'uz' | 'tg' | 'tk';
  /** Page date (titles are dated by it). */
  date: string;
  text: string;
  /** [entity id (null: ambiguous), surface text as it appears]. */
  expect: [entity: string | null, text: string][];
  /** Substrings that must not be inside any mention (demonyms, look-alikes). */
  not?: string[];
}

export interface PassageResult {
  id: string;
  truePositives: number;
  found: number;
  expected: number;
  /** Human-readable problems: missed, unexpected, wrong entity, forbidden. */
  problems: string[];
}

export function scorePassage(p: Passage, mentions: Mention[]): PassageResult {
  const open = [...p.expect];
  const problems: string[] = [];
  let tp = 0;
  for (const m of mentions) {
    const i = open.findIndex(([entity, text]) => text === m.text && entity === m.entity);
    if (i >= 0) { tp++; open.splice(i, 1); continue; }
    problems.push(`unexpected ${JSON.stringify(m.text)} → ${m.entity ?? `?${(m.candidates ?? []).join('|')}`}`);
  }
  for (const [entity, text] of open) problems.push(`missed ${JSON.stringify(text)} → ${entity ?? '(ambiguous)'}`);
  for (const bad of p.not ?? []) {
    const at = p.text.indexOf(bad);
    if (at >= 0 && mentions.some((m) => m.start < at + bad.length && at < m.end)) problems.push(`forbidden ${JSON.stringify(bad)} was matched`);
  }
  return { id: p.id, truePositives: tp, found: mentions.length, expected: p.expect.length, problems };
}

export interface LanguageScore {
  passages: number;
  precision: number;
  recall: number;
}

export function summarise(results: PassageResult[]): LanguageScore {
  const sum = (f: (r: PassageResult) => number) => results.reduce((s, r) => s + f(r), 0);
  const tp = sum((r) => r.truePositives);
  const found = sum((r) => r.found);
  const expected = sum((r) => r.expected);
  return {
    passages: results.length,
    precision: found === 0 ? 1 : tp / found,
    recall: expected === 0 ? 1 : tp / expected,
  };
}
