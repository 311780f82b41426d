/**
 * The briefing as Markdown. Every piece of text in it (page title, names, role titles,
 * facts, source titles) comes from a web page or a fact pack, so none of it may become
 * Markdown: each is flattened to one line and every character that can open inline
 * Markdown (links, images, emphasis, code, raw HTML, entities, table cells, strikethrough,
 * math) is backslash-escaped, as is anything that would start a block (list, quote,
 * heading) at the start of the text. Dots, commas, colons and hyphens inside text stay
 * as they are, so the raw file reads well too. Only the source addresses become links,
 * and only http(s) ones, as `<…>` autolinks.
 */
import type { Briefing, BriefingEntity, BriefingRole } from './briefing';
import { ENGLISH_LABELS, type BriefingLabels } from './labels';
import { groupByType } from './groups';
import { plainText } from './plain-text';

const INLINE = /[\\`*_[\]()<>#|~!{}$&]/g;
/** What opens a block at the start of a line (or of a list item's text): - + = > or "1." / "1)". */
const BLOCK_START = /^([-+=]|\d{1,9}(?=[.)]))/;

/** One line of literal text: nothing in it is Markdown. */
export function escapeMarkdown(text: string): string {
  const inline = plainText(text).replace(INLINE, '\\$&');
  return inline.replace(BLOCK_START, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** An http(s) address as an autolink; anything else (javascript:, data:, a broken URL) as escaped text. */
export function markdownUrl(url: string): string {
  const flat = plainText(url);
  try {
    const u = new URL(flat);
    // The URL parser percent-encodes spaces, quotes and angle brackets in the address.
    if ((u.protocol === 'https:' || u.protocol === 'http:') && !/[\s<>]/.test(u.href)) return `<${u.href}>`;
  } catch {
    // not a URL: shown as text
  }
  return escapeMarkdown(flat);
}

const refs = (ns: number[]) => ns.map((n) => `\\[${n}\\]`).join('');

export function briefingMarkdown(b: Briefing, labels: BriefingLabels = ENGLISH_LABELS): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(labels.briefing)}: ${escapeMarkdown(b.title || b.url)}`, '');
  out.push(`- ${escapeMarkdown(labels.page)}: ${markdownUrl(b.url)}`);
  out.push(`- ${escapeMarkdown(labels.exported)}: ${escapeMarkdown(b.exportedAt)}`);
  out.push(`- ${escapeMarkdown(labels.found(b.entities.length, b.mentions))}`, '');
  for (const [type, entities] of groupByType(b.entities)) {
    out.push(`## ${escapeMarkdown(labels.typeHeading(type))}`, '');
    for (const e of entities) out.push(...entityMarkdown(e, labels), '');
  }
  if (b.sources.length) {
    out.push(`## ${escapeMarkdown(labels.sources)}`, '');
    for (const s of b.sources) {
      const where = [s.publisher, s.date].filter(Boolean).map(escapeMarkdown).join(', ');
      out.push(`${refs([s.n])} ${escapeMarkdown(s.title)}${where ? ` — ${where}` : ''}${s.url ? `. ${markdownUrl(s.url)}` : ''}  `);
    }
    out.push('');
  }
  return out.join('\n');
}

function entityMarkdown(e: BriefingEntity, labels: BriefingLabels): string[] {
  const lines = [`### ${escapeMarkdown(e.name)}`, ''];
  const meta = [labels.typeName(e.type), e.country ? `${labels.country}: ${e.country}` : '', `${labels.mentions}: ${e.mentions}`].filter(Boolean);
  lines.push(`- ${meta.map(escapeMarkdown).join(' · ')}`);
  if (e.candidates) lines.push(`- ${escapeMarkdown(labels.ambiguous)}: ${e.candidates.map(escapeMarkdown).join(' / ')}`);
  for (const r of e.roles) lines.push(`- ${escapeMarkdown(labels.role)}: ${roleText(r, labels)}${r.refs.length ? ` ${refs(r.refs)}` : ''}`);
  for (const f of e.facts) lines.push(`- ${escapeMarkdown(f.date)}: ${escapeMarkdown(f.text)}${f.refs.length ? ` ${refs(f.refs)}` : ''}`);
  return lines;
}

function roleText(r: BriefingRole, labels: BriefingLabels): string {
  const notes = [r.from ? labels.since(r.from) : '', r.status === 'unconfirmed' ? labels.lastConfirmed(r.confirmed) : ''].filter(Boolean);
  return escapeMarkdown(r.title) + (notes.length ? ` (${notes.map(escapeMarkdown).join('; ')})` : '');
}
