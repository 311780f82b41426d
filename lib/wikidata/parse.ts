/**
 * Reading the Query Service's answer (the SPARQL 1.1 Query Results JSON Format:
 * `{ head: { vars }, results: { bindings: [{ var: { type, value, xml:lang?, datatype? } }] } }`)
 * as untrusted input: whatever answers at the endpoint (a captive portal, a proxy, a
 * compromised server) is refused unless it is exactly the shape asked for, within caps.
 * The whole answer is refused, with a sentence saying why, rather than partly used.
 */
import * as v from 'valibot';
import { RESULT_LIMIT } from './query';

/** Our answer is a few hundred rows of ids and names: 2 MiB is far beyond it. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
const MAX_VALUE_CHARS = 400;

export interface HolderRow {
  office: string;
  /** Q-id of the position. */
  position: string;
  /** Q-id of the person holding it. */
  holder: string;
  holderEn?: string;
  holderRu?: string;
  /** P580 start time, as YYYY-MM-DD. */
  start?: string;
  /** P582 end time (in the future), as YYYY-MM-DD. */
  end?: string;
}

export type ParsedAnswer = { ok: true; rows: HolderRow[] } | { ok: false; error: string };

/** Script-bearing URL schemes: never expected in an answer about people and offices. */
const HOSTILE_SCHEME = /^\s*(javascript|data|vbscript|file):/i;
const ENTITY_URI = /^https?:\/\/www\.wikidata\.org\/entity\/(Q[1-9]\d{0,11})$/;

const Term = v.object({
  type: v.picklist(['uri', 'literal', 'typed-literal', 'bnode']),
  value: v.pipe(v.string(), v.maxLength(MAX_VALUE_CHARS, `a value is longer than ${MAX_VALUE_CHARS} characters`)),
  'xml:lang': v.optional(v.pipe(v.string(), v.maxLength(20))),
  datatype: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
type Term = v.InferOutput<typeof Term>;

const Results = v.object({
  head: v.object({ vars: v.pipe(v.array(v.pipe(v.string(), v.maxLength(50))), v.maxLength(20)) }),
  results: v.object({
    bindings: v.pipe(
      v.array(v.pipe(v.record(v.pipe(v.string(), v.maxLength(50)), Term), v.check((b) => Object.keys(b).length <= 20, 'a row has too many variables'))),
      v.maxLength(RESULT_LIMIT, `more than ${RESULT_LIMIT} rows`),
    ),
  }),
});

/** `text`: the body as received; `asked`: the office keys the query sent (anything else is refused). */
export function parseAnswer(text: string, asked: readonly string[]): ParsedAnswer {
  if (text.length > MAX_RESPONSE_BYTES) return { ok: false, error: `the answer is over ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the answer is not JSON (not a Query Service answer)' };
  }
  const parsed = v.safeParse(Results, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return { ok: false, error: `the answer is not in the SPARQL results format${issue ? ` (${path ? `${path}: ` : ''}${issue.message})` : ''}` };
  }
  const officeSet = new Set(asked);
  const rows: HolderRow[] = [];
  for (const [i, binding] of parsed.output.results.bindings.entries()) {
    const hostile = Object.values(binding).find((t) => HOSTILE_SCHEME.test(t.value));
    if (hostile) return { ok: false, error: `row ${i + 1} carries a script or data URL: refused` };
    const row = readRow(binding, officeSet);
    if (typeof row === 'string') return { ok: false, error: `row ${i + 1}: ${row}` };
    rows.push(row);
  }
  return { ok: true, rows };
}

function readRow(b: Record<string, Term>, asked: Set<string>): HolderRow | string {
  const office = b.office;
  if (!office || office.type === 'uri' || !asked.has(office.value)) return 'names an office that was not asked about';
  const position = entityId(b.position);
  const holder = entityId(b.holder);
  if (!position || !holder) return 'position and holder must be Wikidata items';
  const label = (t: Term | undefined) => (t && t.type !== 'uri' && t.type !== 'bnode' && t.value.trim() ? t.value.trim() : undefined);
  const holderEn = label(b.holderEn);
  const holderRu = label(b.holderRu);
  const start = day(b.start);
  const end = day(b.end);
  return { office: office.value, position, holder, ...(holderEn ? { holderEn } : {}), ...(holderRu ? { holderRu } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function entityId(t: Term | undefined): string | undefined {
  return t?.type === 'uri' ? ENTITY_URI.exec(t.value)?.[1] : undefined;
}

/** `2019-03-20T00:00:00Z` → `2019-03-20`. Wikidata stores year-precision dates as 1 January: the day may overstate. */
function day(t: Term | undefined): string | undefined {
  if (!t || t.type === 'uri' || t.type === 'bnode') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(t.value);
  return m ? m[1] : undefined;
}
