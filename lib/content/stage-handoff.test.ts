import { describe, expect, it } from 'vitest';
import { offerStage, stageLoader, takeStage } from './stage-handoff';

const SLOT = 'silklensTestStage';
const isTools = (v: unknown): v is { tools: true } => typeof v === 'object' && v !== null && (v as { tools?: unknown }).tools === true;
const TOOLS = { tools: true as const };

/** A loader whose requests run `inject` (what the background's injection would leave), counted. */
function loader(inject: (world: object) => void | Promise<void>) {
  const world = {};
  let requests = 0;
  const load = stageLoader(
    SLOT,
    async () => {
      requests++;
      await inject(world);
    },
    isTools,
    world,
  );
  return { load, world, requests: () => requests };
}

describe('stage handoff', () => {
  it('the content script takes what the stage left, once', () => {
    const world = {};
    offerStage(SLOT, TOOLS, world);
    expect(takeStage(SLOT, isTools, world), 'what the stage left').toBe(TOOLS);
    expect(takeStage(SLOT, isTools, world), 'the slot is emptied').toBeNull();
  });

  it.each([
    ['nothing was left', {}],
    ['something else sits in the slot', { [SLOT]: 'not the stage' }],
  ])('no stage when %s', (_why, world) => {
    expect(takeStage(SLOT, isTools, world), 'only what the check accepts is taken').toBeNull();
    expect(SLOT in world, 'and the slot is emptied either way').toBe(false);
  });
});

describe('stageLoader', () => {
  it('asks once per frame: concurrent and later uses share the first load', async () => {
    const { load, requests } = loader((world) => offerStage(SLOT, TOOLS, world));
    const [a, b] = await Promise.all([load(), load()]);
    const c = await load();
    expect([a, b, c], 'every use gets the stage').toEqual([TOOLS, TOOLS, TOOLS]);
    expect(requests(), 'one request to the background for the frame').toBe(1);
  });

  it('asks nothing before the first use', () => {
    const { requests } = loader((world) => offerStage(SLOT, TOOLS, world));
    expect(requests(), 'making the loader loads nothing').toBe(0);
  });

  it.each([
    ['the background refused', () => Promise.reject(new Error('could not load the page tools'))],
    ['the script ran but left nothing', () => undefined],
    ['the script left something else', (world: object) => offerStage(SLOT, { tools: 'no' }, world)],
  ])('%s: null, and the next use asks again', async (_why, fail) => {
    let failing = true;
    const { load, requests } = loader((world) => (failing ? fail(world) : offerStage(SLOT, TOOLS, world)));
    expect(await load(), 'a failed load resolves null (never throws)').toBeNull();
    failing = false;
    expect(await load(), 'a failure is not kept: the next use loads').toBe(TOOLS);
    expect(requests(), 'two requests: the failed one and the retry').toBe(2);
  });
});
