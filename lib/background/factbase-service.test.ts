import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { installPack, removePack } from '../factbase/store';
import { saveEdits } from '../factbase/view';
import { addEntity, addFact, addNote, editFact, editNames, hideEntity, hideFact } from '../factbase/overlay';
import type { Entity, FactPack } from '../factbase/schema';
import { FactBaseService } from './factbase-service';
import { dismissWikidataDisagreement, saveWikidataCheck } from './wikidata-store';
import { countRecordReads } from '../factbase/test-read-count';

const source = { id: 's1', title: 'Source', publisher: 'Pub', date: '2026-10-01', url: 'https://example.org/s' };
const entity = (id: string, facts: string[]): Entity => ({
  id, type: 'person', names: { en: id }, aliases: [], roles: [], related: [], checked: '2026-11-01',
  facts: facts.map((text) => ({ text, date: '2026', sources: ['s1'] })),
});
const pack: FactPack = {
  format: 'silklens-pack/1', id: 'p', title: 'P', publisher: 'Pub', version: '1', published: '2026-11-01',
  sources: [source], entities: [entity('alpha', ['Pack fact one', 'Pack fact two', 'Pack fact three'])],
};

let db: FactBaseDB;
let service: FactBaseService;
beforeEach(async () => {
  db = new FactBaseDB(`svc-${Math.random()}`);
  service = new FactBaseService({ db, loadBundled: async () => pack, today: () => '2026-12-03' });
  await service.ensureBundled();
  const [one, two, three] = pack.entities[0]!.facts;
  await saveEdits(db, {
    remove: [],
    put: [
      addNote('alpha', 'PRIVATE NOTE about alpha'),
      editFact('alpha', one!, { text: 'PRIVATE EDIT of fact one', date: '2026', sources: ['s1'], userSources: [] }),
      hideFact('alpha', two!),
      addFact('alpha', { text: 'PRIVATE OWN FACT', date: '2026', sources: [], userSources: [{ title: 'My source', publisher: 'Me', date: '2026-11-01' }] }),
      addEntity(entity('my-own-person', ['PRIVATE OWN ENTITY FACT']), [source]),
    ],
  });
  void three;
});
afterEach(async () => {
  await db.delete();
});

describe('FactBaseService.cards', () => {
  it('prefetch cards (withUserData: false) carry only the pack: no note, edit, own fact or own entity', async () => {
    const cards = await service.cards(['alpha', 'my-own-person'], undefined, { withUserData: false });
    const text = JSON.stringify(cards);
    expect(cards.map((c) => c.id), 'own entities are never prefetched').toEqual(['alpha']);
    expect(text, 'no private text in a prefetched card').not.toMatch(/PRIVATE/);
    expect(cards[0]!.facts.map((f) => f.text), 'the pack text of an edited fact; a hidden fact stays hidden').toEqual(['Pack fact one', 'Pack fact three']);
  });

  it('cards for a reader-opened card (withUserData: true) apply the overlay and carry notes', async () => {
    const cards = await service.cards(['alpha', 'my-own-person'], undefined, { withUserData: true });
    expect(cards.map((c) => c.id)).toEqual(['alpha', 'my-own-person']);
    expect(cards[0]!.notes).toEqual(['PRIVATE NOTE about alpha']);
    expect(cards[0]!.facts.map((f) => f.text)).toEqual(['PRIVATE EDIT of fact one', 'Pack fact three', 'PRIVATE OWN FACT']);
    expect(cards[1]!.facts.map((f) => f.text)).toEqual(['PRIVATE OWN ENTITY FACT']);
  });

  it('marks the user’s words only on reader-opened cards: "edited" with the pack’s original, "user" for their own', async () => {
    const [open] = await service.cards(['alpha'], undefined, { withUserData: true });
    expect(open!.facts.map((f) => f.by?.origin ?? 'pack'), 'who wrote each shown fact').toEqual(['edited', 'pack', 'user']);
    expect(open!.facts[0]!.original?.text, 'the pack’s text travels with the edit').toBe('Pack fact one');
    expect(open!.noteDates, 'each note carries when it was written').toHaveLength(1);
    const [prefetched] = await service.cards(['alpha'], undefined, { withUserData: false });
    expect(prefetched!.facts.some((f) => f.by || f.original), 'a prefetched card carries no provenance').toBe(false);
    expect(prefetched!.noteDates, 'nor note dates').toBeUndefined();
  });

  it('stays pack-only after a pack install', async () => {
    await installPack(db, { ...pack, version: '2' }, 'bundled');
    const text = JSON.stringify(await service.cards(['alpha'], undefined, { withUserData: false }));
    expect(text).not.toMatch(/PRIVATE/);
  });
});

describe('FactBaseService.dictionary and the own-entities privacy setting', () => {
  async function dictionaryWith(offPages: boolean) {
    const svc = new FactBaseService({ db, loadBundled: async () => pack, today: () => '2026-12-03', ownEntitiesOffPages: async () => offPages });
    await saveEdits(db, { remove: [], put: [editNames(pack.entities[0]!, { en: 'Codename Falcon' })] });
    return svc.dictionary();
  }
  const surface = (d: unknown) => JSON.stringify(d);

  it.each([
    { offPages: false, own: true, why: 'off (default): own entities and renamed names are matched on pages' },
    { offPages: true, own: false, why: 'on: pages get pack entities under pack names only' },
  ])('$why', async ({ offPages, own }) => {
    const d = await dictionaryWith(offPages);
    const ids = d.entities.map((e) => e.id);
    expect(ids.includes('my-own-person'), 'an entity that exists only as the user’s own').toBe(own);
    expect(ids.includes('alpha'), 'a pack entity is always in the dictionary').toBe(true);
    expect(surface(d).includes('Codename Falcon'), 'the user’s name edit of a pack entity').toBe(own);
    expect(surface(d).includes('PRIVATE'), 'facts and notes never travel in the dictionary').toBe(false);
  });

  it('keeps hidden entities hidden with the setting on', async () => {
    await saveEdits(db, { remove: [], put: [hideEntity('alpha')] });
    const d = await dictionaryWith(true);
    expect(d.entities.map((e) => e.id), 'a pack entity the user hid is not matched').not.toContain('alpha');
  });

  it('gives the two dictionaries different versions, so open pages refetch when the setting flips', async () => {
    let offPages = false;
    const svc = new FactBaseService({ db, loadBundled: async () => pack, ownEntitiesOffPages: async () => offPages });
    const before = await svc.dictionary();
    offPages = true;
    const after = await svc.dictionary();
    expect(after.version, 'a page holding the old dictionary must not be told it is current').not.toBe(before.version);
    expect(after.entities.map((e) => e.id), 'the cached dictionary is not reused across the flip').not.toContain('my-own-person');
  });
});

describe('FactBaseService.invalidate', () => {
  it('puts the bundled pack back after a write that removed it (a restored backup without it)', async () => {
    await removePack(db, 'p');
    service.invalidate();
    expect((await service.dictionary()).entities.map((e) => e.id), 'the bundled pack is installed again on the next read').toContain('alpha');
  });
});

describe('FactBaseService.ensureBundled', () => {
  it('a bundled update that drops an entity keeps what the user wrote on it, as their own entity', async () => {
    const next: FactPack = { ...pack, version: '2', entities: [entity('omega', ['Omega fact'])] };
    const updated = new FactBaseService({ db, loadBundled: async () => next, today: () => '2026-12-03' });
    await updated.ensureBundled();
    const [alpha] = await updated.cards(['alpha'], undefined, { withUserData: true });
    expect(alpha?.notes, 'the note on the dropped entity survives the update').toEqual(['PRIVATE NOTE about alpha']);
    expect((await updated.dictionary()).entities.map((e) => e.id), 'the new bundled entity is matched').toContain('omega');
  });
});

describe('FactBaseService.cards and the Wikidata check', () => {
  const officePack: FactPack = {
    ...pack,
    id: 'offices',
    entities: [
      { ...entity('pm', ['PM fact']), roles: [
        { title: 'Prime Minister', office: 'prime-minister:kazakhstan', from: '2024-02-06', to: null, sources: ['s1'] },
        { title: 'Deputy', office: 'deputy:kazakhstan', from: '2020', to: '2023', sources: ['s1'] },
      ] },
      { ...entity('other', ['Other fact']), roles: [{ title: 'President', office: 'president:kazakhstan', to: null, sources: ['s1'] }] },
    ],
  };
  const differs = { office: 'prime-minister:kazakhstan', entityId: 'pm', packHolder: 'pm', wikidataHolder: 'Someone Else', wikidataItem: 'Q11', since: '2026-09-01' };
  let odb: FactBaseDB;
  let svc: FactBaseService;
  beforeEach(async () => {
    odb = new FactBaseDB(`svc-wd-${Math.random()}`);
    svc = new FactBaseService({ db: odb, loadBundled: async () => officePack, today: () => '2026-12-03' });
    await svc.ensureBundled();
    await saveWikidataCheck(odb, { offices: 2, agreements: 1, disagreements: [differs], notFound: [] }, '2026-12-03T10:00:00.000Z');
  });
  afterEach(async () => {
    await odb.delete();
  });

  it('marks the differing current role on a reader-opened card, and only that role', async () => {
    const [pm, other] = await svc.cards(['pm', 'other'], undefined, { withUserData: true });
    const marked = pm!.roles.filter((r) => r.wikidataDiffers);
    expect(marked.map((r) => r.title), 'the current role of the differing office').toEqual(['Prime Minister']);
    expect(marked[0]!.wikidataDiffers).toEqual({ holder: 'Someone Else', since: '2026-09-01', checkedAt: '2026-12-03T10:00:00.000Z' });
    expect(other!.roles.some((r) => r.wikidataDiffers), 'another entity’s role is not marked').toBe(false);
  });

  it('never marks a prefetched (pack-only) card', async () => {
    const cards = await svc.cards(['pm'], undefined, { withUserData: false });
    expect(cards[0]!.roles.some((r) => r.wikidataDiffers), 'the review state is the reader’s, not sent to pages in prefetch').toBe(false);
  });

  it('drops the mark once the reader dismisses the difference', async () => {
    await dismissWikidataDisagreement(odb, 'prime-minister:kazakhstan', 'Q11');
    const [pm] = await svc.cards(['pm'], undefined, { withUserData: true });
    expect(pm!.roles.some((r) => r.wikidataDiffers), 'dismissed: no mark').toBe(false);
  });
});

describe('FactBaseService.cards in two languages', () => {
  it('gives each card its country\'s Russian name and its roles\' Russian titles from the pack', async () => {
    const local = new FactBaseDB(`svc-ru-${Math.random()}`);
    const country: Entity = { ...entity('kyrgyzstan', []), type: 'country', names: { en: 'Kyrgyzstan', ru: 'Киргизия' } };
    const person: Entity = {
      ...entity('beta', ['A fact']),
      country: 'kyrgyzstan',
      roles: [{ title: 'President of Kyrgyzstan', titleRu: 'Президент Киргизии', from: '2021-01-28', to: null, sources: ['s1'] }],
    };
    const noRu: Entity = { ...entity('gamma', []), country: 'tajikistan' };
    const svc = new FactBaseService({ db: local, loadBundled: async () => ({ ...pack, entities: [country, person, noRu, { ...entity('tajikistan', []), type: 'country', names: { en: 'Tajikistan' } }] }), today: () => '2026-12-03' });
    try {
      for (const withUserData of [false, true]) {
        const [beta, gamma] = await svc.cards(['beta', 'gamma'], undefined, { withUserData });
        expect(beta!.country, `the country entity's names.ru (withUserData: ${withUserData})`).toEqual({ id: 'kyrgyzstan', name: 'Kyrgyzstan', nameRu: 'Киргизия' });
        expect(beta!.roles[0]!.titleRu, 'the pack\'s Russian role title').toBe('Президент Киргизии');
        expect(gamma!.country, 'a country with no Russian name carries none').toEqual({ id: 'tajikistan', name: 'Tajikistan' });
      }
    } finally {
      await local.delete();
    }
  });
});

describe('FactBaseService.cards at any size', () => {
  /** A 2,000-entity import (many chunks) whose people point at a country of the bundled pack. */
  const big: FactPack = {
    ...pack, id: 'big', version: '1',
    entities: Array.from({ length: 2000 }, (_, i) => ({ ...entity(`person-${i}`, [`Fact ${i}`]), country: 'alpha' })),
  };

  it('reads only the chunks of the ids asked for, cold or warm, however many requests come at once', async () => {
    const name = `svc-size-${Math.random()}`;
    await installPack(new FactBaseDB(name), big, 'import');
    const cold = new FactBaseDB(name); // a fresh handle: the worker just woke
    const reads = countRecordReads(cold);
    const svc = new FactBaseService({ db: cold, loadBundled: async () => pack, today: () => '2026-12-03' });
    try {
      await svc.ensureBundled();
      reads.reset();
      const asked = ['person-1', 'person-2', 'person-3', 'person-4', 'person-1999'];
      const cards = await Promise.all(asked.map((id) => svc.cards([id], undefined, { withUserData: true })));
      expect(cards.map(([c]) => c?.id), 'every concurrent request gets its card').toEqual(asked);
      expect(cards[0]![0]!.country, 'with its country\'s name from the bundled pack').toEqual({ id: 'alpha', name: 'alpha' });
      // Each request: its person's chunk (the first, or the last for person-1999) and the bundled pack's chunk for the country.
      expect(reads.records('entityChunks'), 'two chunk reads per request, never the whole base').toBe(asked.length * 2);
      expect(reads.records('packs'), 'no pack record (each holds every id of its pack) is read').toBe(0);
      reads.reset();
      await svc.cards(asked, undefined, { withUserData: false });
      expect(reads.records('entityChunks'), 'one batched request reads each chunk once: the first and last of the import, the bundled one').toBe(3);
    } finally {
      await cold.delete();
    }
  });
});
