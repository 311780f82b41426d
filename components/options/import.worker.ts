/**
 * The options page's import worker: runs one import (lib/factbase/import-job.ts) off
 * the page's thread, so a 200,000-entity file never freezes the page, and the page can
 * cancel by terminating it. Wiring only.
 */
import { runImportJob, type ImportJobRequest, type ImportWorkerMessage } from '@/lib/factbase/import-job';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportJobRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  runImportJob(event.data, (progress) => scope.postMessage(progress)).then(
    (outcome) => scope.postMessage(outcome),
    (error: unknown) => scope.postMessage({ kind: 'failed', errors: [`the import stopped: ${error instanceof Error ? error.message : String(error)}`] }),
  );
};
