import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Work a worker thread can do: the functions in src/cli/worker-entries.ts. */
export type WorkerEntry = 'diagnose';

/** What a worker thread receives: the entry to run and its data. */
export interface WorkerStart {
  entry: WorkerEntry;
  data: unknown;
}

/**
 * Starts a worker thread that runs `entry` with `data`. In the module build
 * the thread loads src/cli/worker-main.ts; the bundled CLI replaces this
 * function (scripts/bundle.mjs) with one that loads the bundle and its code
 * cache in the thread, which starts several times faster.
 */
export function startWorker(entry: WorkerEntry, data: unknown, options: Omit<WorkerOptions, 'workerData' | 'eval'> = {}): Worker {
  const start: WorkerStart = { entry, data };
  return new Worker(new URL('../cli/worker-main.js', import.meta.url), { ...options, workerData: start });
}
