import { describe, expect, it } from 'vitest';
import type { Entity } from '../factbase/schema';
import { compileDictionary } from './compile';
import { decodeForms, decodeParadigm, FLAG, gateOf, type DictForm, type MatchDictionary } from './dictionary';
import { FIXTURE_ENTITIES } from './test-fixtures';
import { keyOf } from './normalize';

const compile = (entities: Entity[] = FIXTURE_ENTITIES, extra = {}) =>
  compileDictionary(entities, { version: 'v1', ...extra }) as MatchDictionary;
const formsOf = (d: MatchDictionary, key: string): DictForm[] => decodeForms(d.forms).filter((f) => f[0] === key);

/** True when the value holds only arrays, plain objects, strings, numbers, booleans and null. */
function plainJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(plainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value as object).every(plainJson);
  return false;
}

describe('compileDictionary output', () => {
  it('is plain JSON and survives a JSON round trip unchanged (Chrome serialises messages)', () => {
    const d = compile();
    expect(plainJson(d), 'no Map, Set, typed array or undefined').toBe(true);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('carries the version and one DictEntity per entity, in order', () => {
    const d = compile();
    expect(d.version).toBe('v1');
    expect(d.entities.map((e) => e.id)).toEqual(FIXTURE_ENTITIES.map((e) => e.id));
    expect(d.entities[5]).toEqual({ id: 'kassym-jomart-tokayev', type: 'person', name: 'Kassym-Jomart Tokayev', country: 'kazakhstan' });
  });

  it('stores each spelling key once per rule set (inflections that fold together are merged)', () => {
    const d = compile();
    const ids = decodeForms(d.forms).map((f) => `${f[0]}|${f[2]}|${f[3] ?? ''}|${f[4] ?? -1}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an empty fact base compiles to an empty, readable dictionary', () => {
    const d = compile([], { blockers: [] });
    expect(d.entities).toEqual([]);
    expect(d.forms).toEqual([]);
    expect(d.offices).toEqual([]);
  });

  it('accepts entities as raw JSON without schema defaults (no aliases/roles arrays)', () => {
    const raw = { id: 'x', type: 'country', names: { en: 'Xland' }, checked: '2026' } as unknown as Entity;
    expect(formsOf(compile([raw], { blockers: [] }), 'xland')).toHaveLength(1);
  });
});

describe('compileDictionary rules per form', () => {
  it.each([
    ['токаевим', 'Russian names are declined (Токаевым)'],
    ['казахстане', 'country names are declined (Казахстане)'],
    ['горно бадахшанскои автономнои области', 'multiword names are declined'],
  ])('%s: %s', (key) => expect(formsOf(compile(), key).length).toBeGreaterThan(0));

  it('case-sensitive aliases keep their exact text and are not declined', () => {
    const d = compile();
    expect(formsOf(d, 'гбао')).toEqual([['гбао', [FIXTURE_ENTITIES.findIndex((e) => e.id === 'gbao')], FLAG.alias | FLAG.caseSensitive, 'ГБАО', -1]]);
    expect(formsOf(d, 'гбаоа')).toEqual([]);
  });

  it('aliases of three letters or fewer become case-sensitive even when not marked', () => {
    const [form] = formsOf(compile(), keyOf('EEU'));
    expect(form![2] & FLAG.caseSensitive).toBeTruthy();
    expect(form![3]).toBe('EEU');
  });

  it('standalone: false becomes evidence-only; ambiguous is flagged; context is a table index', () => {
    const d = compile();
    expect(formsOf(d, 'elbasi ofice')[0]![2] & FLAG.evidenceOnly).toBeTruthy();
    expect(formsOf(d, 'japarov')[0]![2] & FLAG.ambiguous).toBeTruthy();
    const pamir = formsOf(d, 'pamir')[0]!;
    expect(d.contexts[pamir[4]!]).toEqual(['tajik', 'horog', 'badahshan']);
  });

  it('a surface shared by two entities keeps both targets on one form', () => {
    const [form] = formsOf(compile(), 'japarov');
    expect(form![1]).toHaveLength(2);
  });

  it('inflect: false keeps a Cyrillic alias as written', () => {
    const e: Entity = { ...FIXTURE_ENTITIES[0]!, id: 'z', aliases: [{ text: 'Жанаозен', lang: 'ru', inflect: false }] };
    const d = compile([e], { blockers: [] });
    expect(formsOf(d, 'жанаозен')).toHaveLength(1);
    expect(formsOf(d, 'жанаозена')).toHaveLength(0);
  });

  it('names in Kazakh, Kyrgyz, Tajik … are not declined as Russian', () => {
    const d = compile();
    expect(formsOf(d, 'казакстан')).toHaveLength(1);
    expect(formsOf(d, 'казакстана')).toHaveLength(0);
  });

  it('demonyms and adjectives listed as aliases of a country are not the country', () => {
    const kz: Entity = { ...FIXTURE_ENTITIES[0]!, aliases: [{ text: 'Kazakh' }, { text: 'казахстанский', lang: 'ru' }, { text: 'Qazaqstan' }] };
    const d = compile([kz], { blockers: [] });
    expect(formsOf(d, 'kazah')).toEqual([]);
    expect(formsOf(d, 'казахстански')).toEqual([]);
    expect(formsOf(d, 'kazakstan'), 'other aliases stay').toHaveLength(1);
  });

  it('blockers come from the options when given', () => {
    const d = compile(FIXTURE_ENTITIES, { blockers: ['Astana Opera'] });
    expect(decodeForms(d.forms).filter((f) => f[2] & FLAG.blocker).map((f) => f[0])).toEqual(['astana opera']);
  });

  it('offices list their holders with dates, from the roles', () => {
    const d = compile();
    const president = d.offices.find(([o]) => o === 'president:kazakhstan')!;
    expect(president[1]).toEqual([[5, '2019-03-20', ''], [6, '1990-04-24', '2019-03-19']]);
  });
});

describe('national-language forms and reasons', () => {
  const person = (id: string, names: Entity['names'], aliases: Entity['aliases'] = []): Entity =>
    ({ id, type: 'person', names, aliases, roles: [], facts: [], related: [], checked: '2026-11-22' });
  const d = compile([
    person('tokayev', { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' }, [{ text: 'Tokayev' }]),
    person('no-surname', { en: 'Olzhas Example', kk: 'Олжас Мысалов' }),
    person('mirziyoyev', { en: 'Shavkat Mirziyoyev', uz: 'Shavkat Mirziyoyev' }, [{ text: 'Mirziyoyev' }, { text: 'Ak', lang: 'uz' }]),
    { ...person('knb', { en: 'National Security Committee', kk: 'Ұлттық қауіпсіздік комитеті' }, [{ text: 'ҰҚК', lang: 'kk', caseSensitive: true }]), type: 'organization' },
    person('gurbanguly', { en: 'Gurbanguly Berdimuhamedov' }, [{ text: 'Arkadag', kind: 'nickname' }]),
  ]);
  const bases = (d.national ?? []).map(([base, targets]) => `${base}→${targets.join(',')}`);

  it('takes the national name, and the national surname when the pack matches the surname alone', () => {
    expect(bases, 'full name and surname of Tokayev').toEqual(expect.arrayContaining(['Қасым-Жомарт Тоқаев→0', 'Тоқаев→0']));
    expect(bases, 'no surname base without a surname alias').not.toContain('Мысалов→1');
    expect(bases, 'but the full name is inflected').toContain('Олжас Мысалов→1');
  });

  it('adds the Cyrillic spelling of an Uzbek Latin name, with its own forms', () => {
    expect(bases, 'Cyrillic full name and surname').toEqual(expect.arrayContaining(['Шавкат Мирзиёев→2', 'Мирзиёев→2']));
  });

  it('inflects neither acronyms nor aliases of three letters or fewer', () => {
    expect(bases.some((b) => b.startsWith('ҰҚК') || b.startsWith('Ak→')), 'ҰҚК and Ak are not bases').toBe(false);
  });

  it('treats an organisation name ending in a possessive as a possessive compound', () => {
    const entry = (d.national ?? []).find(([base]) => base === 'Ұлттық қауіпсіздік комитеті');
    expect(entry && decodeParadigm(d.paradigms![entry[3]]!).map(([, , ending]) => ending), 'pronominal н endings').toEqual(expect.arrayContaining(['нің', 'не', 'н', 'нде', 'нен']));
  });

  it('points an alias with a kind at an alias reason', () => {
    const forms = formsOf(d, 'arkadag');
    expect(forms.length, 'one form').toBe(1);
    expect(d.reasons![forms[0]![5]!], 'nickname reason').toEqual([1, 'nickname', 'Arkadag']);
  });

  it('gates every national entry to exactly one language', () => {
    for (const [base, , flags] of d.national ?? []) expect([1, 2, 4, 8, 16], `${base} has one gate bit`).toContain(gateOf(flags));
  });
});
