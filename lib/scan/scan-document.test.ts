// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, extractedText } from '../dom/collect';
import { compileDictionary, createMatcher } from '../match';
import type { Entity } from '../factbase/schema';
import { scanDocument, scanPlainText, hiddenByAttributes } from './scan-document';

const person = (id: string, en: string, ru: string, aliases: Entity['aliases'] = []): Entity => ({
  id, type: 'person', names: { en, ru }, gender: 'm', aliases, roles: [], facts: [], related: [], checked: '2026-11-01',
});
const matcher = createMatcher(compileDictionary([
  person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев', [{ text: 'Tokayev' }, { text: 'Токаев', lang: 'ru' }]),
  { id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan', ru: 'Казахстан' }, aliases: [], roles: [], facts: [], related: [], checked: '2026-11-01' },
], { version: 't' }));

describe('scanDocument', () => {
  it('gives offsets into the extracted text (blocks joined by newlines) that slice back to the mention', () => {
    document.body.innerHTML = '<h1>News</h1><p>In <a href="#">Kazakhstan</a>, <b>Kassym-Jomart</b> Tokayev spoke.</p><p>Токаева критикуют.</p>';
    const text = extractedText(collectBlocks(document.body));
    const mentions = scanDocument(document, matcher);
    expect(mentions.map((m) => m.text)).toEqual(['Kazakhstan', 'Kassym-Jomart Tokayev', 'Токаева']);
    for (const m of mentions) expect(text.slice(m.start, m.end), `offset of ${m.text}`).toBe(m.text);
  });

  it('skips what the extension skips: hidden by attribute or inline style, form fields', () => {
    document.body.innerHTML = '<p style="display: none">Tokayev</p><p hidden>Tokayev</p><textarea>Tokayev</textarea><p>Kazakhstan</p>';
    expect(scanDocument(document, matcher, { isHidden: hiddenByAttributes }).map((m) => m.text)).toEqual(['Kazakhstan']);
  });
});

describe('scanPlainText', () => {
  it('uses positions in the file text itself', () => {
    const text = 'First line about Kazakhstan.\nSecond: Токаеву.';
    for (const m of scanPlainText(text, matcher)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(scanPlainText(text, matcher).map((m) => m.entity)).toEqual(['kazakhstan', 'kassym-jomart-tokayev']);
  });
});

describe('evidence-only aliases', () => {
  it('keep the offsets of later mentions exact (resolve drops them; nothing is matched by position)', () => {
    const withEvidence = createMatcher(compileDictionary([
      person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев', [{ text: 'Kemelevich', standalone: false }]),
      { id: 'kazakhstan', type: 'country', names: { en: 'Kazakhstan', ru: 'Казахстан' }, aliases: [], roles: [], facts: [], related: [], checked: '2026-11-01' },
    ], { version: 't' }));
    const text = 'Kemelevich said so.\nLater, Kazakhstan and Kassym-Jomart Tokayev.';
    const mentions = scanPlainText(text, withEvidence);
    expect(mentions.map((m) => m.text)).toEqual(['Kazakhstan', 'Kassym-Jomart Tokayev']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
