import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES, parseAnswer } from './parse';

const uri = (q: string) => ({ type: 'uri', value: `http://www.wikidata.org/entity/${q}` });
const lit = (value: string, lang?: string) => ({ type: 'literal', value, ...(lang ? { 'xml:lang': lang } : {}) });
const time = (value: string) => ({ type: 'literal', datatype: 'http://www.w3.org/2001/XMLSchema#dateTime', value });
const row = (extra: Record<string, unknown> = {}) => ({
  office: lit('president:kazakhstan'), position: uri('Q1'), holder: uri('Q2'), holderEn: lit('Someone', 'en'), holderRu: lit('Некто', 'ru'), start: time('2019-03-20T00:00:00Z'), ...extra,
});
const answer = (bindings: unknown[]) => JSON.stringify({ head: { vars: ['office', 'position', 'holder', 'holderEn', 'holderRu', 'start', 'end'] }, results: { bindings } });
const ASKED = ['president:kazakhstan'];

describe('parseAnswer', () => {
  it('reads rows of the SPARQL JSON results format', () => {
    const r = parseAnswer(answer([row(), row({ holder: uri('Q3'), holderRu: undefined, start: undefined })].map((b) => JSON.parse(JSON.stringify(b)))), ASKED);
    expect(r).toEqual({
      ok: true,
      rows: [
        { office: 'president:kazakhstan', position: 'Q1', holder: 'Q2', holderEn: 'Someone', holderRu: 'Некто', start: '2019-03-20' },
        { office: 'president:kazakhstan', position: 'Q1', holder: 'Q3', holderEn: 'Someone' },
      ],
    });
  });

  it('accepts an empty answer (no current holder anywhere)', () => {
    expect(parseAnswer(answer([]), ASKED)).toEqual({ ok: true, rows: [] });
  });

  it.each([
    ['not JSON', '<html>captive portal</html>', /not JSON/],
    ['JSON of another shape', JSON.stringify({ results: [] }), /not in the SPARQL results format/],
    ['a value of the wrong type', answer([row({ holder: { type: 'uri', value: 42 } })]), /not in the SPARQL results format/],
    ['an unknown term type', answer([row({ holder: { type: 'script', value: 'x' } })]), /not in the SPARQL results format/],
    ['an over-long value', answer([row({ holderEn: lit('x'.repeat(5000)) })]), /longer than/],
    ['too many rows', answer(Array.from({ length: 2001 }, () => row())), /more than 2000 rows/],
    ['a javascript: URL', answer([row({ holderEn: lit('javascript:alert(1)') })]), /script or data URL/],
    ['a data: URL as holder', answer([row({ holder: { type: 'uri', value: 'data:text/html,<script>' } })]), /script or data URL/],
    ['a holder that is not a Wikidata item', answer([row({ holder: { type: 'uri', value: 'https://evil.example/entity/Q2' } })]), /must be Wikidata items/],
    ['an office that was not asked about', answer([row({ office: lit('president:atlantis') })]), /not asked about/],
    ['a body over the cap', ' '.repeat(MAX_RESPONSE_BYTES + 1), /over 2 MiB/],
  ])('refuses %s with a clear error', (_name, text, message) => {
    const r = parseAnswer(text, ASKED);
    expect(r.ok, 'a malformed or hostile answer is refused whole').toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('ignores a start time that is not a date-time, and a label given as a URI', () => {
    const r = parseAnswer(answer([row({ start: lit('sometime'), holderEn: uri('Q9') })]), ASKED);
    expect(r.ok && r.rows[0]).toEqual({ office: 'president:kazakhstan', position: 'Q1', holder: 'Q2', holderRu: 'Некто' });
  });
});
