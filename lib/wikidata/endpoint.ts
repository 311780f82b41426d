/**
 * Where "Check against Wikidata" sends its one query. Production builds know one address,
 * the Wikidata Query Service; it answers with CORS headers (Access-Control-Allow-Origin: *),
 * and the options page asks for the optional host permission for it at the click, so the
 * install prompt does not grow and the user sees the browser's own question first.
 *
 * Test builds (scripts/build-test.mjs) may point the check at a server on this machine,
 * the same rule feeds follow for local testing (http only for loopback, lib/feeds/feed-url.ts).
 * `__SILKLENS_TEST_HANDLE__` is a compile-time constant (wxt.config.ts): in a production
 * bundle the override branch is dead code and any other endpoint is refused.
 */
import { isLocalHost } from '../feeds/feed-url';

export const WIKIDATA_SPARQL_ENDPOINT = 'https://query.wikidata.org/sparql';
/** Origin pattern the options page asks permission for. */
export const WIKIDATA_PERMISSION_ORIGIN = 'https://query.wikidata.org/*';

declare const __SILKLENS_TEST_HANDLE__: boolean | undefined;
export const TEST_BUILD: boolean = typeof __SILKLENS_TEST_HANDLE__ !== 'undefined' && __SILKLENS_TEST_HANDLE__ === true;

/**
 * The endpoint to use. `requested` is honoured only when overrides are allowed (test
 * builds) and it is an http(s) address on this machine; otherwise it is an error, not a
 * silent fallback, so a test never believes it reached its server when it did not.
 */
export function chooseEndpoint(requested: string | undefined, allowLocalOverride: boolean): { ok: true; url: string } | { ok: false; error: string } {
  if (requested === undefined) return { ok: true, url: WIKIDATA_SPARQL_ENDPOINT };
  if (!allowLocalOverride) return { ok: false, error: 'this build sends the Wikidata check only to query.wikidata.org' };
  let parsed: URL;
  try {
    parsed = new URL(requested);
  } catch {
    return { ok: false, error: `"${requested}" is not a URL` };
  }
  const local = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && isLocalHost(parsed.hostname) && !parsed.username && !parsed.password;
  return local ? { ok: true, url: parsed.href } : { ok: false, error: 'a test endpoint must be an http(s) address on this machine' };
}
