import type { MessagePort } from 'node:worker_threads';
import type { WorkerEntry } from '../util/start-worker.js';
import { runDiagnoseWorker } from '../validate/diagnose-worker.js';

/** What each kind of worker thread runs (started by src/util/start-worker.ts). */
const WORKER_ENTRIES: Record<WorkerEntry, (data: unknown, port: MessagePort) => void> = {
  diagnose: runDiagnoseWorker,
};

/** Runs a worker thread's work: called in the thread (src/cli/worker-main.ts, or the bundle's loader); `port` talks to the parent. */
export function runWorkerEntry(entry: WorkerEntry, data: unknown, port: MessagePort): void {
  WORKER_ENTRIES[entry](data, port);
}
