import { describe, expect, it } from 'vitest';
import { pageTools } from './page-tools';
import { isPageTools, PAGE_TOOLS_SLOT, pageToolsLoader } from './page-tools-stage';
import { offerStage } from './stage-handoff';

describe('page tools stage', () => {
  it('the content script takes the tools the injected stage offers (entrypoints/page-tools.ts)', async () => {
    const world = {};
    const load = pageToolsLoader(async () => offerStage(PAGE_TOOLS_SLOT, pageTools, world), world);
    expect(await load(), 'the stage’s tools').toBe(pageTools);
  });

  it.each([
    ['null', null],
    ['a function', () => undefined],
    ['the walk without the summary', { MentionWalker: pageTools.MentionWalker }],
    ['the summary without the walk', { pageSummary: pageTools.pageSummary }],
    ['parts that are not functions', { MentionWalker: 'x', pageSummary: 'y' }],
  ])('%s is not the page tools', (_what, value) => {
    expect(isPageTools(value), 'the controller calls both parts: both must be there').toBe(false);
  });
});
