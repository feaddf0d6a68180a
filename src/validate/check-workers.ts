import { Worker } from 'node:worker_threads';
import { getLang, type Lang } from '../i18n/index.js';
import type { Repository } from '../repo/load.js';
import type { CheckedFile } from './pipeline.js';
import { unitChunks } from './unit-chunks.js';

/** Everything a worker needs to build its own SubmissionChecker. */
export interface CheckWorkerSetup {
  repo: Repository;
  today: string;
  cwd: string;
  lang: Lang;
}

export interface CheckBatch {
  id: number;
  files: string[];
}

export interface CheckedBatch {
  id: number;
  results: CheckedFile[];
}

const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** Files per message: large enough that messaging costs little, small enough to keep both threads busy to the end. */
const BATCH_FILES = 32;

/**
 * Checks files on `jobs` worker threads, each with its own SubmissionChecker,
 * handing out batches as threads become free. Every file's result depends only
 * on the file and the files it reads as context, so the merged results, in the
 * order of `files`, equal a single-threaded run.
 */
export function checkInWorkers(
  repo: Repository,
  files: readonly string[],
  options: { today: string; cwd: string; jobs: number },
): Promise<CheckedFile[]> {
  // A unit's files (one per period) stay in one batch: the worker that checks a quarter has usually read the previous one.
  const batches = unitChunks(files, BATCH_FILES);
  const results: CheckedFile[] = new Array<CheckedFile>(files.length);
  const setup: CheckWorkerSetup = { repo, today: options.today, cwd: options.cwd, lang: getLang() };
  const count = Math.min(options.jobs, batches.length);
  if (process.env['CCHC_DEBUG']) process.stderr.write(`cchc: checking ${files.length} files on ${count} worker threads\n`);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<CheckedFile[]>((resolve, reject) => {
    let failed = false;
    const stopAll = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      void stopAll().then(() => reject(err));
    };
    const feed = (worker: Worker) => {
      if (next >= batches.length) return;
      const id = next++;
      const batch: CheckBatch = { id, files: batches[id]!.map((i) => files[i]!) };
      worker.postMessage(batch);
    };
    for (let k = 0; k < count; k++) {
      const worker = new Worker(WORKER_URL, { workerData: setup });
      workers.push(worker);
      worker.on('message', (msg: CheckedBatch) => {
        batches[msg.id]!.forEach((fileIndex, j) => (results[fileIndex] = msg.results[j]!));
        done++;
        if (done === batches.length) {
          void stopAll().then(() => resolve(results), reject);
          return;
        }
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (done < batches.length) fail(new Error(`validation worker stopped (exit code ${code})`));
      });
      feed(worker);
    }
  });
}
