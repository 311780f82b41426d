/**
 * Vite plugin: takes pdf.js's two kinds of dynamic code out of the build, so that
 * Firefox's add-on linter (`web-ext lint --warnings-as-errors`) passes with 0 warnings.
 *
 * - The `Function` constructor (DANGEROUS_EVAL): pdf.js uses it in a feature test
 *   (`isEvalSupported`) and to compile PostScript functions in the worker. An MV3
 *   extension page's CSP refuses it anyway (it throws an EvalError) and the reader passes
 *   `isEvalSupported: false`, so every call becomes an expression that throws that same
 *   EvalError: the feature test answers "no" exactly as it does under the CSP today.
 * - `import(x)` with a non-literal argument (UNSAFE_VAR_ASSIGNMENT): the main thread's
 *   "fake worker" (pdf.js running on the page when a Worker cannot start) and the
 *   worker's fallback JPEG 2000 decoder (`openjpeg_nowasm_fallback.js`, a file we do not
 *   ship). Each becomes a rejected promise, which pdf.js's own error paths handle: the
 *   JPX decoder warns and uses the wasm decoder; a reader whose Worker cannot start shows
 *   its "could not open" message instead of parsing untrusted PDFs on the page.
 *
 * pdf.js's main module goes through Vite's transform pipeline (hook `transform`). Its
 * worker is imported with `?url` (lib/pdf/pdf-assets.ts), so Vite emits it as an asset
 * verbatim; it is rewritten where it is emitted (hook `generateBundle`, before it is
 * written; the file keeps the name hashed from upstream's bytes). Every rewrite is
 * checked, not hoped for: a target with none of the expected constructs, or with one
 * left afterwards, fails the build and names the file; so does a worker that was never
 * seen in a build that bundled pdf.js, and any emitted script that still has one.
 */
import type { Plugin } from 'vite';

export type Construct = 'eval' | 'import';

/** Each kind's rewrite count, or why the text could not be made clean. */
export type StripResult = { ok: true; code: string; removed: Record<Construct, number> } | { ok: false; error: string };

const ARG = String.raw`(?:"[^"\\]*"|'[^'\\]*'|` + '`[^`\\\\$]*`' + String.raw`|[\w$]+)`;
/** `Function(...)` or `new Function(...)` whose arguments are literals or names (pdf.js's shapes). */
const FUNCTION_CALL = new RegExp(String.raw`(?<![\w$.])(?:new\s+)?Function\s*\(\s*(?:${ARG}\s*(?:,\s*${ARG}\s*)*)?\)`, 'g');
/** Anything that still calls the constructor, whatever its arguments. */
const FUNCTION_LEFT = /(?<![\w$.])Function\s*\(/;
const COMMENTS = String.raw`(?:\s*\/\*[\s\S]*?\*\/)*\s*`;
/** `import(x)` / `import(this.a.b)`, bundler hint comments allowed before the argument. */
const DYNAMIC_IMPORT = new RegExp(String.raw`(?<![\w$.])import\s*\(${COMMENTS}(?!["'\x60])[\w$#.]+\s*\)`, 'g');
/** Any `import(` that is not `import("literal")` (the linter accepts only a literal). */
const IMPORT_LEFT = new RegExp(String.raw`(?<![\w$.])import\s*\((?!${COMMENTS}(?:"[^"]*"|'[^']*')\s*\))`);

const EVAL_THROW = '(()=>{throw new EvalError("Silk Lens: code from strings is disabled (MV3 CSP)")})()';
const IMPORT_REJECT = 'Promise.reject(new Error("Silk Lens: no module is loaded from a computed URL"))';

/** Names what is still in `code` that the linter flags, or null when it is clean. */
export function findDynamicCode(code: string): string | null {
  if (FUNCTION_LEFT.test(code)) return 'a Function constructor call';
  if (IMPORT_LEFT.test(code)) return 'an import() of a non-literal';
  return null;
}

/** Rewrites one file's text; `expect` lists the constructs the file must contain (at least one each). */
export function stripDynamicCode(code: string, expect: readonly Construct[]): StripResult {
  const removed: Record<Construct, number> = { eval: 0, import: 0 };
  let out = code.replace(FUNCTION_CALL, () => {
    removed.eval++;
    return EVAL_THROW;
  });
  out = out.replace(DYNAMIC_IMPORT, () => {
    removed.import++;
    return IMPORT_REJECT;
  });
  for (const kind of expect) {
    if (removed[kind] === 0) return { ok: false, error: `found no ${kind === 'eval' ? 'Function constructor' : 'non-literal import()'} to remove (has pdf.js changed?)` };
  }
  const left = findDynamicCode(out);
  if (left) return { ok: false, error: `${left} is still present after the rewrite` };
  return { ok: true, code: out, removed };
}

/** pdf.js's main-thread module (the package's entry and its minified twin). */
const PDFJS_MAIN = /[\\/]node_modules[\\/]pdfjs-dist[\\/]build[\\/]pdf(?:\.min)?\.mjs$/;
/** The worker as emitted: upstream's name, Vite's hash. */
const PDFJS_WORKER = /(?:^|[\\/])pdf\.worker(?:\.min)?(?:-[\w-]+)?\.mjs$/;
const SCRIPT = /\.(?:m?js)$/;

function assetText(source: string | Uint8Array): string {
  return typeof source === 'string' ? source : new TextDecoder().decode(source);
}

export function noDynamicCode(): Plugin {
  let mainSeen = false;
  return {
    name: 'silklens-no-dynamic-code',
    enforce: 'pre',
    buildStart() {
      mainSeen = false;
    },
    transform(code, id) {
      if (!PDFJS_MAIN.test(id.split('?')[0] ?? id)) return null;
      mainSeen = true;
      const r = stripDynamicCode(code, ['eval', 'import']);
      if (!r.ok) this.error(`${id}: ${r.error}`);
      return { code: r.code, map: null };
    },
    generateBundle(_options, bundle) {
      let workerSeen = false;
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && PDFJS_WORKER.test(file.fileName)) {
          workerSeen = true;
          const r = stripDynamicCode(assetText(file.source), ['eval', 'import']);
          if (!r.ok) this.error(`${file.fileName}: ${r.error}`);
          file.source = r.code;
        }
      }
      if (mainSeen && !workerSeen) this.error('pdf.js was bundled but its worker asset (pdf.worker*.mjs) was not found to rewrite');
      // The net under both rewrites: no emitted script may still hold either construct.
      for (const file of Object.values(bundle)) {
        const text = file.type === 'chunk' ? file.code : SCRIPT.test(file.fileName) ? assetText(file.source) : null;
        const left = text === null ? null : findDynamicCode(text);
        if (left) this.error(`${file.fileName}: ${left} (Firefox's add-on linter flags it; see scripts/build/no-dynamic-code.ts)`);
      }
    },
  };
}
