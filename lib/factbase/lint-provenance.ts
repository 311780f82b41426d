/**
 * The linter's provenance rules (issue 10, item 3), per entity: what its facts and roles
 * rest on, and what its `checked` date rests on.
 *
 * - wikipedia-only (error): a fact or role whose every source is a Wikipedia page or a
 *   copy of one. Wikipedia may be cited, never alone: a reader must reach the reporting.
 * - checked-backing (error): `checked` claims someone verified the entity on that day;
 *   at least one source of that year must be cited by it (roles, facts) or listed in
 *   `checkedWith` (the sources consulted in the check).
 * - checked-with (error): `checkedWith` present but empty says nothing.
 * - linkless-only-source (warning): a fact whose only sources have no URL (seed-*), so no
 *   reader can check it.
 * - figure-attribution (warning, a heuristic): a fact that states a figure (deaths,
 *   arrests, votes, a percentage) without saying whose figure it is ("according to",
 *   "said", "per"…). Numbers in this region are contested; the card must say who counted.
 *   Only a warning: the words are English and Russian patterns, and a false alarm costs
 *   a look, a missed one costs the reader the attribution.
 */
import type { LintIssue } from './lint';
import { isWikipediaUrl, judgeSourceUrl } from './lint-sources';
import type { Entity, Source } from './schema';

export function checkProvenance(e: Entity, sourceById: Map<string, Source>, errors: LintIssue[], warnings: LintIssue[]): void {
  const where = `entity ${e.id}`;
  const resolve = (ids: string[]) => ids.flatMap((id) => (sourceById.has(id) ? [sourceById.get(id)!] : []));
  const cited: { list: string[]; at: string; kind: 'fact' | 'role'; text?: string }[] = [
    ...e.roles.map((r, i) => ({ list: r.sources, at: `roles[${i}]`, kind: 'role' as const })),
    ...e.facts.map((f, i) => ({ list: f.sources, at: `facts[${i}]`, kind: 'fact' as const, text: f.text })),
  ];
  for (const { list, at, kind, text } of cited) {
    const sources = resolve(list);
    if (sources.length === 0) continue; // unknown ids: the unknown-source rule speaks
    if (sources.every((s) => s.url !== undefined && isWikipediaOrCopy(s.url))) {
      errors.push({ rule: 'wikipedia-only', where: `${where} ${at}`, message: `rests on Wikipedia alone (${list.join(', ')}); add the reporting it summarises` });
    }
    if (kind === 'fact' && sources.every((s) => s.url === undefined)) {
      warnings.push({ rule: 'linkless-only-source', where: `${where} ${at}`, message: `only source(s) ${list.join(', ')} have no link; add one a reader can open` });
    }
    if (kind === 'fact' && text !== undefined && statesFigure(text) && !attributes(text)) {
      warnings.push({ rule: 'figure-attribution', where: `${where} ${at}`, message: `states a figure without saying whose it is ("according to …", "… said"); heuristic, check by eye` });
    }
  }
  checkCheckedDate(e, resolve, errors);
}

function isWikipediaOrCopy(url: string): boolean {
  return isWikipediaUrl(url) || judgeSourceUrl(url).some((v) => v.kind === 'mirror');
}

function checkCheckedDate(e: Entity, resolve: (ids: string[]) => Source[], errors: LintIssue[]): void {
  const where = `entity ${e.id}`;
  if (e.checkedWith !== undefined && e.checkedWith.length === 0) {
    errors.push({ rule: 'checked-with', where: `${where} checkedWith`, message: 'is empty: list the sources consulted on the checked date, or drop the field' });
  }
  const year = e.checked.slice(0, 4);
  const ids = [...e.roles.flatMap((r) => r.sources), ...e.facts.flatMap((f) => f.sources), ...(e.checkedWith ?? [])];
  if (resolve(ids).some((s) => s.date.slice(0, 4) === year)) return;
  errors.push({
    rule: 'checked-backing',
    where: `${where} checked`,
    message: `checked ${e.checked}, but no source it cites is from ${year}: cite one, or record the check in checkedWith`,
  });
}

/** A number next to a count word, or a percentage. Dates alone ("in 2022") are not figures. */
const FIGURE_PATTERNS: readonly RegExp[] = [
  /\d\s*(%|per ?cent\b|процент)/iu,
  /\d[\d,.\s]*(\s+[\p{L}-]+){0,3}?\s+(killed|dead|deaths|died|injured|wounded|casualties|arrested|detained|jailed|prisoners|votes|voters|turnout|protesters|people|victims|displaced|убит|погиб|ранен|задержан|арестован|голос|человек)/iu,
  /(killed|deaths|death toll|injured|wounded|arrested|detained|votes|turnout|casualties)\s+(of\s+|at\s+least\s+|about\s+|some\s+|over\s+|more\s+than\s+)*\d/iu,
];

/** Words that name whose figure it is. */
const ATTRIBUTION =
  /\b(according to|per(?!\s?cent)|said|says|say|stated|reported|reports|claimed|claims|estimated|estimates|counted|put the|announced|official(ly)?|recorded|cited|told)\b|по данным|по словам|по оценк|заявил|сообщил|сообщ|по информации/iu;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*';
/** Dates say when, not how many: "on 24 March 2005", "in 2021 and 2022", "21-24 July 2012". */
const DATES = [
  /\b(1[89]|20)\d\d(s|-е)?\b/gu,
  new RegExp(`\\b\\d{1,2}(\\s*[-–]\\s*\\d{1,2})?\\s+(${MONTHS})`, 'giu'),
  new RegExp(`\\b(${MONTHS})\\s+\\d{1,2}\\b`, 'giu'),
];

export function statesFigure(text: string): boolean {
  const withoutDates = DATES.reduce((t, re) => t.replace(re, ' '), text);
  return FIGURE_PATTERNS.some((p) => p.test(withoutDates));
}

export function attributes(text: string): boolean {
  return ATTRIBUTION.test(text);
}
