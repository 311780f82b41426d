import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../match/compile';
import { asMatchDictionary } from '../match/dictionary';
import { buildPageIndex } from '../match/page-index';
import { sliceFor } from '../match/page-slice';
import { FIXTURE_ENTITIES } from '../match/test-fixtures';
import { unpackHashes } from '../match/word-hash';
import { DictionarySession, type DictionaryRequest, type FetchSlice } from './dictionary-session';

const index = buildPageIndex(asMatchDictionary(JSON.parse(JSON.stringify(compileDictionary(FIXTURE_ENTITIES, { version: 'r1' })))));

/** The background's answer, as the route gives it; every request is recorded. */
function background(overrides: { version?: string; fail?: boolean } = {}) {
  const requests: DictionaryRequest[] = [];
  const fetch: FetchSlice = async (request) => {
    requests.push(request);
    if (overrides.fail && request.added) throw new Error('the background is away');
    const version = overrides.version && request.added ? overrides.version : index.version;
    if (request.version !== undefined && request.version !== version) return { version, slice: null };
    return { version, slice: JSON.parse(JSON.stringify(sliceFor(index, unpackHashes(request.known ?? ''), unpackHashes(request.added ?? '')))) };
  };
  return { fetch, requests };
}

describe('DictionarySession', () => {
  it('asks once per new word, with every earlier word as known, and finds names afterwards', async () => {
    const { fetch, requests } = background();
    const session = (await DictionarySession.open(fetch, () => {}))!;
    expect(session.matcher.scan('Tokayev spoke.'), 'no words sent yet: nothing can match').toEqual([]);
    await session.prepare(['Tokayev spoke.']);
    expect(session.matcher.scan('Tokayev spoke.').map((m) => m.entity), 'after its slice the name is found').toEqual(['kassym-jomart-tokayev']);
    expect(session.prepare(['Tokayev spoke.']), 'words already sent: no request, no wait').toBeNull();
    await session.prepare(['Mirziyoyev spoke.']);
    const last = requests.at(-1)!;
    expect(unpackHashes(last.added!).length, 'only the one new word is added').toBe(1);
    expect(unpackHashes(last.known!).length, 'the two earlier words travel as known').toBe(2);
    expect(last.version, 'every request carries the version').toBe(index.version);
  });

  it('notes words without sending, then sends them all in one request', async () => {
    const { fetch, requests } = background();
    const session = (await DictionarySession.open(fetch, () => {}))!;
    expect(session.prepare(['Tokayev'], false), 'noting does not send').toBeNull();
    expect(session.prepare(['Mirziyoyev'], false)).toBeNull();
    await session.prepare([]);
    expect(requests.length, 'the first slice and one request for both').toBe(2);
    expect(session.matcher.scan('Tokayev met Mirziyoyev').length, 'both names found').toBe(2);
  });

  it('calls onStale when the background answers for another version, and keeps its matcher as it was', async () => {
    const { fetch } = background({ version: 'r2' });
    let stale = 0;
    const session = (await DictionarySession.open(fetch, () => stale++))!;
    await session.prepare(['Tokayev']);
    expect(stale, 'a reply of another version: the page starts over').toBe(1);
    expect(session.matcher.formCount, 'nothing of the other version was taken').toBe(0);
  });

  it('keeps words unsent when a request fails, and asks for them again next time', async () => {
    const failing = background({ fail: true });
    const session = (await DictionarySession.open(failing.fetch, () => {}))!;
    await session.prepare(['Tokayev']);
    expect(session.matcher.known.size, 'a failed request marks nothing as sent').toBe(0);
    expect(session.prepare(['Tokayev']), 'the same words are asked again').not.toBeNull();
  });

  it('extends the matcher in steps with a yield between them, to the same forms as in one go', async () => {
    const words = FIXTURE_ENTITIES.flatMap((e) => [...Object.values(e.names), ...e.aliases.map((a) => a.text)]);
    const tick = { t: 0 };
    // A clock that is always over: every step yields, the most a session can cut a slice.
    const pacing = { clock: { start: () => {}, over: () => true, elapsed: () => 99 }, pause: async () => { tick.t++; }, step: { units: 3, forms: 5 } };
    const stepped = (await DictionarySession.open(background().fetch, () => {}, pacing))!;
    const whole = (await DictionarySession.open(background().fetch, () => {}, { clock: { start: () => {}, over: () => false, elapsed: () => 0 } }))!;
    await stepped.prepare(words);
    await whole.prepare(words);
    expect(stepped.pauses, 'a big slice enters in several steps, yielding between them').toBeGreaterThan(1);
    expect(tick.t, 'each step boundary gives the event loop a turn').toBe(stepped.pauses);
    expect(whole.pauses, 'a clock never over: one go, no yield').toBe(0);
    expect(stepped.matcher.formCount, 'stepping adds the same forms').toBe(whole.matcher.formCount);
    const text = words.join(' . ');
    expect(JSON.stringify(stepped.matcher.scan(text)), 'and finds the same mentions').toBe(JSON.stringify(whole.matcher.scan(text)));
  });
});
