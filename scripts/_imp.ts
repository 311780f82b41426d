import { applyBenchSettings, installPack, launchBench, workerHeapUsed } from './bench-browser';
import { syntheticPack } from './bench-factbase';
const b = await launchBench();
try {
  await applyBenchSettings(b, 'localhost');
  const pack = syntheticPack(200_000);
  console.log('pack JSON MB', (JSON.stringify(pack).length / 1e6).toFixed(1));
  console.log(await installPack(b, pack, 600_000));
  console.log('worker heap MB', ((await workerHeapUsed(b)) ?? 0) / 1e6);
} finally { await b.close(); }
