/**
 * Worker thread of checkInWorkers (check-workers.ts): checks the batches of
 * files it is sent with its own SubmissionChecker and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setLang } from '../i18n/index.js';
import { SubmissionChecker, type CheckedFile } from './pipeline.js';
import type { CheckBatch, CheckedBatch, CheckWorkerSetup } from './check-workers.js';

const setup = workerData as CheckWorkerSetup;
setLang(setup.lang);
const checker = new SubmissionChecker(setup.repo, { today: setup.today, cwd: setup.cwd, jobs: 1 });
const port = parentPort!;

// One batch at a time: the parent sends the next one when this one is answered.
port.on('message', (batch: CheckBatch) => {
  void (async () => {
    const results: CheckedFile[] = [];
    for (const file of batch.files) results.push(await checker.check(file));
    const answer: CheckedBatch = { id: batch.id, results };
    port.postMessage(answer);
  })();
});
