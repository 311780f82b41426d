/**
 * What a built bundle is made of: bytes of generated code per source module, read from
 * its source map. Build with maps first (wxt.config.ts reads WXT_SOURCEMAP):
 *
 *   WXT_SOURCEMAP=1 npx wxt build
 *   node --import tsx scripts/bundle-report.ts [bundle.js] [--top N] [--packages]
 *
 * Default bundle: .output/chrome-mv3/content-scripts/content.js. `--packages` folds
 * node_modules files into one row per package. Bytes are those of the minified output
 * (each mapped segment runs to the next one on its line); gzip (zlib default level) is given for the whole
 * file only, since compressed sizes do not add up per module.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { moduleBytes, packageOf, type ModuleBytes } from './build/source-map-bytes';

interface Options {
  file: string;
  top: number;
  packages: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { file: '.output/chrome-mv3/content-scripts/content.js', top: 30, packages: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--top') options.top = Number(argv[++i]);
    else if (a === '--packages') options.packages = true;
    else options.file = a;
  }
  return options;
}

function fold(rows: ModuleBytes[]): ModuleBytes[] {
  const byName = new Map<string, number>();
  for (const r of rows) {
    const name = packageOf(r.source) ?? r.source;
    byName.set(name, (byName.get(name) ?? 0) + r.bytes);
  }
  return [...byName].map(([source, bytes]) => ({ source, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const code = readFileSync(options.file, 'utf8');
  let map: unknown;
  try {
    map = JSON.parse(readFileSync(`${options.file}.map`, 'utf8'));
  } catch {
    console.error(`No source map at ${options.file}.map: build with WXT_SOURCEMAP=1 npx wxt build`);
    process.exit(1);
  }
  const raw = Buffer.byteLength(code);
  const gzip = gzipSync(code).length;
  const all = moduleBytes(code, map);
  const rows = options.packages ? fold(all) : all;
  console.log(`${options.file}: ${raw} bytes raw, ${gzip} bytes gzip (level 6, as .gz files and most servers), ${all.length} source modules`);
  console.log(`${'bytes'.padStart(8)} ${'share'.padStart(6)}  module`);
  for (const r of rows.slice(0, options.top)) {
    console.log(`${String(r.bytes).padStart(8)} ${((100 * r.bytes) / raw).toFixed(1).padStart(5)}%  ${r.source}`);
  }
  const rest = rows.slice(options.top).reduce((s, r) => s + r.bytes, 0);
  if (rest) console.log(`${String(rest).padStart(8)} ${((100 * rest) / raw).toFixed(1).padStart(5)}%  (${rows.length - options.top} more)`);
}

main();
