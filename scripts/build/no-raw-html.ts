/**
 * Vite plugin: takes Preact's one raw-HTML path (`dangerouslySetInnerHTML`, which sets
 * `innerHTML`) out of every bundle. Silk Lens renders page-derived and feed-derived text
 * only as text; no component uses that prop, and an extension whose bundles assign
 * `innerHTML` is flagged by Firefox's add-on linter (UNSAFE_VAR_ASSIGNMENT) and draws
 * questions in store review. The assignment becomes a throw, so a component that ever
 * passes raw HTML fails loudly in tests instead of injecting markup.
 *
 * The rewrite is checked, not hoped for: if a Preact update changes the shape so that
 * no assignment is found, or `innerHTML` is still present afterwards, the build fails
 * and names the module.
 */
import type { Plugin } from 'vite';

/** Modules whose source is rewritten: Preact's own builds (not compat, which we do not bundle). */
const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js|js)$/;

const THROW = '(()=>{throw new Error("Silk Lens renders no raw HTML: dangerouslySetInnerHTML is not supported")})()';

/** Rewrites one module's text; returns the new text or an error saying why it could not. */
export function stripRawHtml(code: string): { ok: true; code: string } | { ok: false; error: string } {
  let assignments = 0;
  // `x.innerHTML = y.__html` (minified: `t.innerHTML=h.__html`): the only write.
  let out = code.replace(/\b[\w$]+\.innerHTML\s*=(?!=)\s*[\w$]+\.__html\b/g, () => {
    assignments++;
    return THROW;
  });
  // `y.__html == x.innerHTML`: a read that only decides whether to re-assign (now unreachable).
  out = out.replace(/\b[\w$]+\.innerHTML\b/g, '""');
  if (assignments === 0) return { ok: false, error: 'found no innerHTML assignment to remove (has Preact changed?)' };
  if (out.includes('innerHTML')) return { ok: false, error: 'innerHTML is still present after the rewrite' };
  return { ok: true, code: out };
}

export function noRawHtml(): Plugin {
  return {
    name: 'silklens-no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_CORE.test(id.split('?')[0] ?? id)) return null;
      const r = stripRawHtml(code);
      if (!r.ok) this.error(`${id}: ${r.error}`);
      return { code: r.code, map: null };
    },
  };
}
