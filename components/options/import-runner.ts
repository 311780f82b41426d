/**
 * The options page's side of the import worker: start one import, hear its progress,
 * cancel it. Cancel terminates the worker at once (whatever it was doing: a staging
 * transaction it had open is aborted) and asks the background to drop the stage, so
 * nothing of a cancelled import is kept anywhere.
 */
import type { ImportJobOutcome, ImportJobProgress, ImportJobRequest, ImportWorkerMessage } from '@/lib/factbase/import-job';
import { ask } from '@/lib/messages';

export interface RunningImport {
  /** The outcome, or null once cancelled. */
  outcome: Promise<ImportJobOutcome | null>;
  cancel(): void;
}

export function startImport(request: ImportJobRequest, onProgress: (progress: ImportJobProgress) => void): RunningImport {
  // Vite bundles the worker as its own file of the extension (no eval, no remote code).
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ImportJobOutcome | null) => void = () => undefined;
  const outcome = new Promise<ImportJobOutcome | null>((resolve) => (settle = resolve));
  const finish = (value: ImportJobOutcome | null) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    if (event.data.kind === 'progress') onProgress(event.data);
    else finish(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: 'failed', errors: [`the import stopped: ${event.message || 'the import worker failed'}`] });
  };
  // A copy goes to the worker (transferred, not cloned twice); the page keeps the original to re-decode.
  const bytes = request.bytes.slice(0);
  worker.postMessage({ ...request, bytes }, [bytes]);
  return {
    outcome,
    cancel: () => {
      finish(null);
      void ask('discardImport', { stageId: request.stageId });
    },
  };
}
