/** Worker threads of the module build start here (see src/util/start-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from '../util/start-worker.js';
import { runWorkerEntry } from './worker-entries.js';

const start = workerData as WorkerStart;
runWorkerEntry(start.entry, start.data, parentPort!);
