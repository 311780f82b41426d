/**
 * The page's first dictionary request (`{}`: the current version's fixed tables, no words)
 * goes out the moment the content script starts, before the settings are read, the page's
 * text is checked and a frame is waited for. On the bench's 1 MB pages its round trip was
 * the longest step before the first highlighted frame (50–70 ms, machine shared); sent
 * early, it runs while those steps do. It carries nothing from the page (docs/privacy.md).
 */
import type { DictionaryRequest, FetchSlice } from './dictionary-session';

const isOpening = (r: DictionaryRequest) => r.version === undefined && r.known === undefined && r.added === undefined;

/**
 * `fetch`, with its first opening request already sent: the first `{}` asked for takes that
 * reply (or, if it failed, asks again); every other request goes out when asked for.
 */
export function sendOpeningEarly(fetch: FetchSlice): FetchSlice {
  let early: ReturnType<FetchSlice> | null = fetch({});
  // A site switched off never reads it: its failure must not surface as an unhandled rejection.
  early.catch(() => undefined);
  return (request) => {
    if (!early || !isOpening(request)) return fetch(request);
    const reply = early.catch(() => fetch(request));
    early = null;
    return reply;
  };
}
