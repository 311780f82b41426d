import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findDynamicCode, noDynamicCode, stripDynamicCode, type Construct } from './no-dynamic-code';

const BOTH: readonly Construct[] = ['eval', 'import'];

describe('stripDynamicCode', () => {
  const cases: { name: string; code: string; expect: readonly Construct[]; ok: boolean; rule: string }[] = [
    {
      name: 'feature test (source)',
      code: 'function isEvalSupported() {\n  try {\n    new Function("");\n    return true;\n  } catch {\n    return false;\n  }\n}',
      expect: ['eval'],
      ok: true,
      rule: 'new Function("") in a feature test is removed',
    },
    { name: 'feature test (minified, no new)', code: 'function Me(){try{return Function(``),!0}catch{return!1}}', expect: ['eval'], ok: true, rule: 'Function(``) without new is the same constructor' },
    {
      name: 'PostScript compiler',
      code: 'if(e)return new Function("src","srcOffset","dest","destOffset",e)',
      expect: ['eval'],
      ok: true,
      rule: 'a constructor call with literal and named arguments is removed',
    },
    {
      name: 'fake worker import with bundler hints',
      code: 'const worker = await import(\n/*webpackIgnore: true*/\n/*@vite-ignore*/\nthis.workerSrc);',
      expect: ['import'],
      ok: true,
      rule: 'import(this.x) behind hint comments is removed',
    },
    { name: 'JPX fallback import', code: 'try{n=(await import(\n/*@vite-ignore*/\nt)).default()}catch(e){warn(e)}', expect: ['import'], ok: true, rule: 'import(name) is removed' },
    { name: 'both in one file', code: 'new Function("");x=import(u);', expect: BOTH, ok: true, rule: 'both kinds go in one pass' },
    { name: 'nothing to remove', code: 'export const x = 1;', expect: BOTH, ok: false, rule: 'a target without the expected constructs is an error (the rewrite must not silently do nothing)' },
    { name: 'only one kind present', code: 'new Function("");', expect: BOTH, ok: false, rule: 'each expected kind must be found' },
    {
      name: 'constructor with a computed argument',
      code: 'new Function("a", "return " + body)',
      expect: ['eval'],
      ok: false,
      rule: 'a call the rewrite does not understand is reported, not left in',
    },
    { name: 'import of a template', code: 'new Function("");import(`./x/${n}.js`)', expect: ['eval'], ok: false, rule: 'an import() of a template with a hole is left and reported' },
  ];
  it.each(cases)('$name', ({ code, expect: kinds, ok, rule }) => {
    const r = stripDynamicCode(code, kinds);
    expect(r.ok, rule).toBe(ok);
    if (r.ok) {
      expect(findDynamicCode(r.code), `${rule}: nothing the linter flags is left`).toBeNull();
      for (const kind of kinds) expect(r.removed[kind], `${rule}: the ${kind} was counted`).toBeGreaterThan(0);
    }
  });

  it('turns the constructor into a throw, so the feature test still answers "no eval"', () => {
    const r = stripDynamicCode('globalThis.answer = (function () { try { new Function(""); return true; } catch { return false; } })();', ['eval']);
    if (!r.ok) throw new Error(r.error);
    const scope: { answer?: boolean } = {};
    new Function('globalThis', r.code)(scope);
    expect(scope.answer, 'isEvalSupported must be false after the rewrite, as under the MV3 CSP').toBe(false);
  });

  it('turns the import into a rejection that the caller catches', async () => {
    const r = stripDynamicCode('return (async () => { try { return (await import(u)).default(); } catch (e) { return String(e); } })();', ['import']);
    if (!r.ok) throw new Error(r.error);
    const out: unknown = await new Function('u', r.code)('./nowhere.js');
    expect(String(out), 'a removed import() fails like a missing module, through the catch').toMatch(/computed URL/);
  });

  const strings: { name: string; code: string; rule: string }[] = [
    { name: 'literal import', code: 'import("./a.js")', rule: 'import("literal") is what the linter accepts' },
    { name: 'import inside a string', code: 'const wrapper = `await import("${url}");`;', rule: 'a literal argument stays literal, even in generated wrapper text' },
    { name: 'isFunction helper', code: 'if (isFunction(x)) y.Function(z);', rule: 'names that only end in Function are not the constructor' },
    { name: 'import.meta', code: 'new URL("a", import.meta.url)', rule: 'import.meta is not a dynamic import' },
  ];
  it.each(strings)('leaves $name alone', ({ code, rule }) => {
    expect(findDynamicCode(code), rule).toBeNull();
  });
});

describe('the installed pdf.js', () => {
  const require = createRequire(import.meta.url);
  const files: { name: string; path: string }[] = [
    { name: 'main module', path: require.resolve('pdfjs-dist') },
    { name: 'minified main module', path: require.resolve('pdfjs-dist/build/pdf.min.mjs') },
    { name: 'worker', path: require.resolve('pdfjs-dist/build/pdf.worker.min.mjs') },
    { name: 'unminified worker', path: require.resolve('pdfjs-dist/build/pdf.worker.mjs') },
  ];
  it.each(files)('the $name has exactly the shapes the plugin removes', ({ path }) => {
    const code = readFileSync(path, 'utf8');
    expect(findDynamicCode(code), `${path} must contain the constructs (else this test proves nothing)`).not.toBeNull();
    const r = stripDynamicCode(code, BOTH);
    expect(r.ok ? '' : r.error, `${path} must be rewritable to lint-clean text`).toBe('');
  });
});

describe('noDynamicCode plugin', () => {
  type Bundle = Record<string, { type: 'asset'; fileName: string; source: string | Uint8Array } | { type: 'chunk'; fileName: string; code: string }>;
  function run(bundle: Bundle, mainId: string | null, mainCode = 'new Function("");await import(this.workerSrc)'): string[] {
    const errors: string[] = [];
    const ctx = {
      error(msg: string): never {
        errors.push(msg);
        throw new Error(msg);
      },
    };
    const plugin = noDynamicCode();
    const hooks = plugin as unknown as {
      buildStart: () => void;
      transform: (this: typeof ctx, code: string, id: string) => unknown;
      generateBundle: (this: typeof ctx, o: unknown, b: Bundle) => void;
    };
    hooks.buildStart();
    try {
      if (mainId) hooks.transform.call(ctx, mainCode, mainId);
      hooks.generateBundle.call(ctx, {}, bundle);
    } catch {
      // the error was recorded
    }
    return errors;
  }
  const MAIN = '/p/node_modules/pdfjs-dist/build/pdf.mjs';
  const worker = () => ({ type: 'asset' as const, fileName: 'assets/pdf.worker.min-AbC12_x.mjs', source: new TextEncoder().encode('try{new Function("")}catch{}n=await import(t)') });

  it('rewrites the worker asset where it is emitted', () => {
    const bundle: Bundle = { w: worker() };
    expect(run(bundle, MAIN), 'a clean rewrite raises no error').toEqual([]);
    const w = bundle.w;
    expect(w?.type === 'asset' && findDynamicCode(String(w.source)), 'the emitted worker text is clean').toBeNull();
  });
  it('fails when pdf.js was bundled but no worker asset was emitted', () => {
    expect(run({}, MAIN).join(), 'a missing worker means the rewrite was bypassed').toMatch(/worker asset/);
  });
  it('fails when another emitted script still has a constructor call', () => {
    const bundle: Bundle = { w: worker(), c: { type: 'chunk', fileName: 'chunks/x.js', code: 'Function("return this")()' } };
    expect(run(bundle, MAIN).join(), 'the final scan names the file').toMatch(/chunks\/x\.js/);
  });
  it('fails the build when pdf.js\'s main module no longer has the expected shape', () => {
    expect(run({ w: worker() }, MAIN, 'export const x = 1;').join(), 'an upgrade that moves the constructs must not pass silently').toMatch(/pdf\.mjs: found no/);
  });
  it('leaves builds without pdf.js alone', () => {
    expect(run({ c: { type: 'chunk', fileName: 'content.js', code: 'export const a = import("./b.js")' } }, null), 'no pdf.js, no worker needed').toEqual([]);
  });
});
