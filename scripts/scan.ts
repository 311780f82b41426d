/**
 * `npm run scan -- [--json] [--pack FILE] [--date YYYY-MM-DD] FILE...`
 * Runs the extension's matcher over saved HTML or text files with the bundled
 * pack and prints every mention. With --json: one JSON object per line,
 * {"file","entity","name","type","text","start","end"} plus "candidates" when
 * ambiguous (entity is then the best guess or null). Offsets are UTF-16
 * positions in the text the extension extracts (see lib/scan/scan-document.ts).
 */
import { readFileSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { compileDictionary, createMatcher } from '../lib/match';
import { validatePack } from '../lib/factbase/schema';
import { hiddenByAttributes, scanDocument, scanPlainText, type DocumentMention } from '../lib/scan/scan-document';

const USAGE = 'usage: npm run scan -- [--json] [--pack FILE] [--date YYYY-MM-DD] FILE...';

function parseArgs(argv: string[]) {
  const files: string[] = [];
  let json = false;
  let pack = join(dirname(fileURLToPath(import.meta.url)), '../assets/packs/central-asia.json');
  let date: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--pack') pack = argv[++i] ?? '';
    else if (a === '--date') date = argv[++i];
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) fail(USAGE);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('--date takes YYYY-MM-DD');
  return { files, json, pack, date };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const args = parseArgs(process.argv.slice(2));
let packJson: unknown;
try {
  packJson = JSON.parse(readFileSync(args.pack, 'utf8'));
} catch (e) {
  fail(`cannot read pack ${args.pack}: ${(e as Error).message}`);
}
const checked = validatePack(packJson);
if (!checked.ok) fail(`pack ${args.pack} is invalid:\n  ${checked.errors.slice(0, 10).join('\n  ')}`);
const names = new Map(checked.pack.entities.map((e) => [e.id, e.names.en ?? e.id]));
const matcher = createMatcher(compileDictionary(checked.pack.entities, { version: checked.pack.version }));

function scanFile(file: string): DocumentMention[] {
  const content = readFileSync(file, 'utf8');
  if (!['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase())) return scanPlainText(content, matcher, args.date);
  const window = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(content);
  try {
    return scanDocument(window.document as unknown as Document, matcher, {
      // happy-dom applies the page's own <style> rules, so class-hidden text is skipped too.
      isHidden: (el) => hiddenByAttributes(el) || isHiddenByStyle(window, el),
      ...(args.date ? { pageDate: args.date } : {}),
    });
  } finally {
    void window.happyDOM.close();
  }
}

function isHiddenByStyle(window: Window, el: Element): boolean {
  const style = window.getComputedStyle(el as never);
  return style.display === 'none' || style.visibility === 'hidden';
}

let exit = 0;
for (const file of args.files) {
  let mentions: DocumentMention[];
  try {
    mentions = scanFile(file);
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    exit = 1;
    continue;
  }
  for (const m of mentions) {
    const name = m.entity ? (names.get(m.entity) ?? m.entity) : null;
    if (args.json) {
      console.log(JSON.stringify({ file, entity: m.entity, name, type: m.type, text: m.text, start: m.start, end: m.end, ...(m.candidates ? { candidates: m.candidates } : {}) }));
    } else {
      const who = m.entity ? `${name} (${m.entity})` : `ambiguous: ${m.candidates?.join(' | ')}`;
      console.log(`${file}:${m.start}-${m.end}\t${m.type}\t"${m.text}"\t${who}`);
    }
  }
  if (!args.json) console.error(`${file}: ${mentions.length} mentions of ${new Set(mentions.map((m) => m.entity ?? m.text)).size} entities`);
}
process.exit(exit);
