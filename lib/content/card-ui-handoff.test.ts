import { describe, expect, it } from 'vitest';
import type { CardFactory } from './card-surface';
import { loadCardUi, offerCardUi, takeCardUi } from './card-ui-handoff';

const factory: CardFactory = () => {
  throw new Error('not called here');
};

describe('card UI handoff', () => {
  it('the content script takes what the injected UI left, once', () => {
    const world = {};
    offerCardUi(factory, world);
    expect(takeCardUi(world), 'the factory the UI left').toBe(factory);
    expect(takeCardUi(world), 'the slot is emptied: a later copy of the content script asks afresh').toBeNull();
  });

  it.each([
    ['nothing was left', {}],
    ['something else sits in the slot', { silklensCardUi: 'not a function' }],
  ])('no factory when %s', (_why, world) => {
    expect(takeCardUi(world), 'only a function is a card factory').toBeNull();
  });

  it('loadCardUi asks, then takes what the injected script left', async () => {
    const world = {};
    const got = await loadCardUi(async () => offerCardUi(factory, world), world);
    expect(got, 'the factory left by the script the request ran').toBe(factory);
  });

  it('loadCardUi passes a refused request on', async () => {
    await expect(loadCardUi(async () => Promise.reject(new Error('refused')), {}), 'the lazy card retries on its next show').rejects.toThrow('refused');
  });

  it('a request that ran no UI gives null', async () => {
    expect(await loadCardUi(async () => {}, {}), 'nothing left: no card this time').toBeNull();
  });
});
