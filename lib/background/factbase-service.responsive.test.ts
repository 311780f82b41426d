// @vitest-environment happy-dom
/**
 * While the dictionary compiles (tens of seconds at 200,000 entities), the worker keeps
 * answering: the compile runs in slices (lib/match/sliced.ts), so a card request for a
 * stored entity does not wait for it. Ordering only, no timing: a card asked for after the
 * compile started is answered before the compile ends.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FactBaseDB } from '../factbase/db';
import { installPack } from '../factbase/store';
import type { FactPack } from '../factbase/schema';
import type { CompiledDictionary } from '../match/types';
import { compileDictionary, compileDictionarySliced } from '../match/compile';
import { syntheticEntities } from '../../scripts/bench-factbase';
import { FactBaseService } from './factbase-service';

const pack: FactPack = {
  format: 'silklens-pack/1', id: 'p', title: 'P', publisher: 'Pub', version: '1', published: '2026-11-01',
  sources: [], entities: syntheticEntities(1500),
};

let db: FactBaseDB;
beforeEach(async () => {
  db = new FactBaseDB(`responsive-${Math.random()}`);
  await installPack(db, pack, 'import');
});
afterEach(async () => {
  await db.delete();
});

/** A compile seam that says when it starts and records when it ends. */
function watched(compile: (e: Parameters<typeof compileDictionary>[0], o: { version: string }) => CompiledDictionary | Promise<CompiledDictionary>) {
  const events: string[] = [];
  let started!: () => void;
  const start = new Promise<void>((resolve) => { started = resolve; });
  const seam = async (entities: Parameters<typeof compileDictionary>[0], options: { version: string }) => {
    started();
    const dict = await compile(entities, options);
    events.push('compiled');
    return dict;
  };
  return { events, start, seam };
}

describe('FactBaseService stays responsive while it compiles', () => {
  it('answers a card request asked for during the sliced compile before the compile ends', async () => {
    const w = watched((entities, options) => compileDictionarySliced(entities, options, { budgetMs: 5 }));
    const service = new FactBaseService({ db, loadBundled: async () => pack, compile: w.seam });
    const index = service.pageIndex();
    await w.start;
    const cards = await service.cards(['bench-person-3']);
    w.events.push('card');
    await index;
    expect(cards.map((c) => c.id), 'the stored entity\'s card is built').toEqual(['bench-person-3']);
    expect(w.events, 'the card is answered while the compile still runs (it gives the event loop back)').toEqual(['card', 'compiled']);
  });

  it('one compile in a single task would make the card wait (the check above can fail)', async () => {
    const w = watched((entities, options) => compileDictionary(entities, options));
    const service = new FactBaseService({ db, loadBundled: async () => pack, compile: w.seam });
    const index = service.pageIndex();
    await w.start;
    await service.cards(['bench-person-3']);
    w.events.push('card');
    await index;
    expect(w.events, 'a compile that never yields finishes before any card').toEqual(['compiled', 'card']);
  });
});
