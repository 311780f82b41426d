/**
 * `node --import tsx scripts/bench-import-transport.ts [entities=200000]` (after
 * `npm run build:test`): why an import reaches the background through a staging
 * IndexedDB database and not as messages. In the options page of the built extension,
 * the same generated CSV pack (scripts/fixtures/csv-generator.ts) is
 *  - sent to the background as JSON text in chunks of STAGE_CHUNK entities
 *    (runtime.sendMessage, one after another: what a chunked-message design must do,
 *    before the background has parsed a single chunk), and
 *  - put into IndexedDB by structured clone and read back (what staging.ts does, both halves).
 * Prints medians of 3; asserts nothing.
 */
import { importCsv } from '../lib/factbase/importers/csv';
import { STAGE_CHUNK } from '../lib/factbase/importers/staging';
import { launchWithExtension, serveFixtures } from '../tests/e2e/harness';
import { generateCsv } from './fixtures/csv-generator';

const entities = Number(process.argv[2] ?? 200_000);
const imported = importCsv(generateCsv(entities), { today: '2026-12-03' });
if (!imported.ok) throw new Error(imported.errors.join('\n'));
const json = JSON.stringify(imported.pack);
const server = await serveFixtures();
server.page('/bench-pack.json', json, 'application/json');
const browser = await launchWithExtension();
try {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html?tab=settings`);
  // tsx names the functions it compiles with a `__name` helper the page does not have.
  await options.evaluate('globalThis.__name = (f) => f');
  const result = await options.evaluate(
    async ({ url, chunk }) => {
      const pack = (await (await fetch(url)).json()) as { entities: unknown[] };
      const slices: unknown[][] = [];
      for (let i = 0; i < pack.entities.length; i += chunk) slices.push(pack.entities.slice(i, i + chunk));
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const messages: number[] = [];
      const idb: { write: number; read: number }[] = [];
      let bytes = 0;
      for (let run = 0; run < 3; run++) {
        let t = performance.now();
        bytes = 0;
        for (const slice of slices) {
          const text = JSON.stringify(slice);
          bytes += text.length;
          // No background listener answers this name: the promise settles once delivered.
          await runtime.sendMessage({ benchChunk: text }).catch(() => undefined);
        }
        messages.push(performance.now() - t);
        const db = await new Promise<IDBDatabase>((resolve) => {
          const r = indexedDB.open('silklens-transport-bench', 1);
          r.onupgradeneeded = () => r.result.createObjectStore('c');
          r.onsuccess = () => resolve(r.result);
        });
        t = performance.now();
        await new Promise<void>((resolve) => {
          const tx = db.transaction('c', 'readwrite');
          slices.forEach((s, i) => tx.objectStore('c').put(s, i));
          tx.oncomplete = () => resolve();
        });
        const write = performance.now() - t;
        t = performance.now();
        const read = await new Promise<unknown[][]>((resolve) => {
          const get = db.transaction('c').objectStore('c').getAll();
          get.onsuccess = () => resolve(get.result as unknown[][]);
        });
        // Touch every entity, as readStage does, so nothing stays undeserialised.
        if (read.reduce((n, c) => n + c.length, 0) !== pack.entities.length) throw new Error('read back fewer entities than written');
        idb.push({ write, read: performance.now() - t });
        db.close();
        await new Promise((resolve) => (indexedDB.deleteDatabase('silklens-transport-bench').onsuccess = resolve));
      }
      return { messagesMs: median(messages), writeMs: median(idb.map((x) => x.write)), readMs: median(idb.map((x) => x.read)), mib: bytes / 1048576, chunks: slices.length };
    },
    { url: `${server.origin}/bench-pack.json`, chunk: STAGE_CHUNK },
  );
  console.log(`${entities.toLocaleString()} entities, ${result.mib.toFixed(1)} MiB of JSON in ${result.chunks} chunks (medians of 3)`);
  console.log(`  as messages (stringify + carry; the background's parse not included): ${(result.messagesMs / 1000).toFixed(1)} s`);
  console.log(`  through IndexedDB (structured clone): write ${(result.writeMs / 1000).toFixed(1)} s + read ${(result.readMs / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await server.close();
}
