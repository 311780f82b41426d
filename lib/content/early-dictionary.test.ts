import { describe, expect, it, vi } from 'vitest';
import { sendOpeningEarly } from './early-dictionary';
import type { DictionaryRequest, FetchSlice } from './dictionary-session';

type Reply = Awaited<ReturnType<FetchSlice>>;
const reply = (version: string): Reply => ({ version, slice: null });

/** A fetch that records its requests and answers with the version it is told, or fails. */
function fakeFetch(answers: (Reply | Error)[]) {
  const requests: DictionaryRequest[] = [];
  const fetch = vi.fn((request: DictionaryRequest) => {
    requests.push(request);
    const a = answers.shift() ?? reply('later');
    return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
  });
  return { fetch: fetch as FetchSlice, requests };
}

describe('sendOpeningEarly', () => {
  it('sends the opening request at once, before anyone asks', () => {
    const f = fakeFetch([reply('v1')]);
    sendOpeningEarly(f.fetch);
    expect(f.requests, 'the opening request leaves when the script starts').toEqual([{}]);
  });

  it('the first opening request takes the early reply; the next one asks again', async () => {
    const f = fakeFetch([reply('v1'), reply('v2')]);
    const fetch = sendOpeningEarly(f.fetch);
    expect(await fetch({}), 'the early reply serves the first opening').toEqual(reply('v1'));
    expect(f.requests, 'no second request for the first opening').toHaveLength(1);
    expect(await fetch({}), 'a later opening (a refresh) asks the background again').toEqual(reply('v2'));
    expect(f.requests, 'the refresh went out').toHaveLength(2);
  });

  it.each([
    { request: { version: 'v1', known: '', added: 'AAAA' }, rule: 'a request with words' },
    { request: { added: 'AAAA' }, rule: 'words without a version' },
    { request: { version: 'v1' }, rule: 'a version alone' },
  ])('$rule is never answered with the early opening reply', async ({ request, rule }) => {
    const f = fakeFetch([reply('early'), reply('asked')]);
    const fetch = sendOpeningEarly(f.fetch);
    expect(await fetch(request), rule).toEqual(reply('asked'));
    expect(f.requests.at(-1), `${rule} goes to the background as it is`).toEqual(request);
    expect(await fetch({}), 'the early reply still waits for the opening').toEqual(reply('early'));
  });

  it('an early request that failed is sent again when the opening is asked for', async () => {
    const f = fakeFetch([new Error('worker gone'), reply('v1')]);
    const fetch = sendOpeningEarly(f.fetch);
    expect(await fetch({}), 'the retry answers').toEqual(reply('v1'));
    expect(f.requests, 'one early, one retry').toEqual([{}, {}]);
  });

  it('an early reply nobody reads (a site switched off) fails silently', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    sendOpeningEarly(fakeFetch([new Error('worker gone')]).fetch);
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', unhandled);
    expect(unhandled, 'no unhandled rejection from an unread early request').not.toHaveBeenCalled();
  });
});
