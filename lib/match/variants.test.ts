import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack, type Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { createMatcher } from './matcher';
import { keyOf } from './normalize';
import { MAX_VARIANTS_PER_NAME, nameVariants } from './variants';

describe('nameVariants: transliteration variants of a full name', () => {
  it.each([
    ['Сапармурат Ниязов', 'Сапармурад Ниязов', 'final т/д'],
    ['Saparmurat Niyazov', 'Saparmurad Niyazov', 'final t/d'],
    ['Rashid Meredov', 'Rashit Meredov', 'final d/t'],
    ['Khurshed Fozilov', 'Xurshed Fozilov', 'Uzbek Latin x for kh'],
    ['Сооронбай Жээнбеков', 'Сооронбай Жеенбеков', 'Kyrgyz ээ / Russian ее'],
    ['Эмомали Рахмон', 'Емомали Рахмон', 'initial э/е'],
    ['Ермек Кошербаев', 'Эрмек Кошербаев', 'initial е/э'],
    ['Гурбанмырат Аннаев', 'Гурбанмурат Аннаев', 'Turkmen ы for у in -мурат'],
    ['Ogulsapar Myradowa', 'Ogulsapar Muradowa', 'Turkmen y for u, case kept'],
    ['Комил Алламжонов', 'Комил Алламжанов', '-жон/-жан'],
    ['Nigmatilla Yuldashev', 'Nigmatilla Yuldashov', '-ev/-ov after sh'],
    ['Аннакурбан Аманклычев', 'Аннакурбан Аманклычов', '-ев/-ов after ч'],
  ])('%s → %s (%s)', (name, variant) => {
    expect(nameVariants(name), 'one transliteration rule applied to one word').toContain(variant);
  });

  it.each([
    ['Tokayev', 'a lone surname'],
    ['Сапармурат', 'a lone given name'],
    ['', 'an empty name'],
  ])('%j yields no variants (%s)', (name) => expect(nameVariants(name), 'only full names get variants').toEqual([]));

  it.each([
    ['Kh. Geldimyradov', 'X. Geldimyradov', 'an initial is left alone'],
    ['Sad Ahmad', 'Sat Ahmad', 'a given name never becomes a common word'],
    ['Shavkat Mirziyoyev', 'Shavkat Mirziyoyev', 'the name itself is not a variant'],
    ['Ogulsapar Muradova', 'Ogulsapar myradova', 'capitals are kept'],
  ])('%s never yields %s (%s)', (name, wrong) => expect(nameVariants(name)).not.toContain(wrong));

  it('is bounded per name', () => {
    for (const name of ['Khojamyrat Geldimyradov Khodjamyrat', 'Ходжамырат Гельдимырадов', 'Khojamurad Geldymuradov']) {
      expect(nameVariants(name).length, 'at most MAX_VARIANTS_PER_NAME').toBeLessThanOrEqual(MAX_VARIANTS_PER_NAME);
    }
  });

  it.each([
    ['Райымбек Матраимов', 'Раимбек Матраимов'],
    ['Zhaparov', 'Japarov'], ['Dzhaparov', 'Japarov'], ['Джапаров', 'Жапаров'],
    ['Khurshed', 'Hurshed'], ['Berdimuhamedow', 'Berdimuhamedov'], ['Bakiyev', 'Bakiev'],
  ])('%s = %s already by the spelling key (no variant needed)', (a, b) => expect(keyOf(a), 'folded by normalize.ts').toBe(keyOf(b)));
});

const person = (id: string, en: string, ru: string): Entity => ({
  id, type: 'person', gender: 'm', names: { en, ru }, aliases: [], roles: [], facts: [], related: [], checked: '2026-12-01',
});

describe('compiled variants: found, declined, never another entity\'s name', () => {
  const entities = [
    person('saparmurat-niyazov', 'Saparmurat Niyazov', 'Сапармурат Ниязов'),
    // Two people whose names differ only by a variant rule: neither variant may take the other's name.
    person('murat-aliev', 'Murat Aliev', 'Мурат Алиев'),
    person('murad-aliev', 'Murad Aliev', 'Мурад Алиев'),
  ];
  const matcher = createMatcher(JSON.parse(JSON.stringify(compileDictionary(entities, { version: 't' }))));
  const found = (text: string) => matcher.scan(text).map((m) => `${m.text}=${m.entity ?? `?${(m.candidates ?? []).join('|')}`}`);

  it.each([
    ['Сапармурад Ниязов', 'Сапармурад Ниязов=saparmurat-niyazov'],
    ['при Сапармураде Ниязове', 'Сапармураде Ниязове=saparmurat-niyazov'],
    ['Saparmurad Niyazov', 'Saparmurad Niyazov=saparmurat-niyazov'],
    ['Saparmyrat Niyazov', 'Saparmyrat Niyazov=saparmurat-niyazov'],
    ['Мурад Алиев', 'Мурад Алиев=murad-aliev'],
    ['Мурат Алиев', 'Мурат Алиев=murat-aliev'],
    ['Murad Aliev', 'Murad Aliev=murad-aliev'],
  ])('%j', (text, expected) => expect(found(text), 'a variant matches its person; a real name is never shared by a variant').toEqual([expected]));

  it('no variant of a bundled-pack person is another entity\'s form (no new ambiguity)', () => {
    const packUrl = new URL('../../assets/packs/central-asia.json', import.meta.url);
    const v = validatePack(JSON.parse(readFileSync(packUrl, 'utf8')));
    if (!v.ok) throw new Error('bundled pack is invalid');
    const pack = createMatcher(JSON.parse(JSON.stringify(compileDictionary(v.pack.entities, { version: 't' }))));
    const problems: string[] = [];
    let checked = 0;
    for (const e of v.pack.entities) {
      if (e.type !== 'person') continue;
      for (const name of Object.values(e.names)) {
        for (const variant of nameVariants(name)) {
          checked++;
          for (const m of pack.scan(variant)) {
            if (m.start === 0 && m.end === variant.length && (m.entity !== e.id || m.candidates)) problems.push(`${variant} → ${m.entity ?? m.candidates?.join('|')}`);
          }
        }
      }
    }
    expect(checked, 'the pack has names with variants').toBeGreaterThan(20);
    expect(problems, 'a whole-name variant resolves to its own person only').toEqual([]);
  });
});
