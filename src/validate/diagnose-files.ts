import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Repository } from '../repo/load.js';
import { getLang, type Lang } from '../i18n/index.js';
import { startWorker } from '../util/start-worker.js';
import type { SubmissionChecker } from './pipeline.js';
import { UNIT_CHUNK_FILES, unitChunks } from './unit-chunks.js';

/** What a helper thread needs to check chunks exactly as the main thread does. */
export interface DiagnoseSetup {
  repo: Repository;
  today: string;
  cwd: string;
  lang: Lang;
  /** Files of each chunk (absolute paths). */
  chunks: string[][];
  /** One Int32: the next chunk to take, shared by every thread. */
  next: SharedArrayBuffer;
}

/** A helper's answer for one chunk: the findings of those of its files that have any. */
export interface DiagnosedChunk {
  chunk: number;
  found: [number, Diagnostic[]][];
}

/** One chunk's diagnostics, its files checked in order (SubmissionChecker.checkChunk). */
export async function diagnoseChunk(checker: SubmissionChecker, files: readonly string[]): Promise<Diagnostic[][]> {
  return (await checker.checkChunk(files)).map((c) => c.diagnostics);
}

const debug = (text: string): void => {
  if (process.env['CCHC_DEBUG']) process.stderr.write(`cchc: ${text}\n`);
};

/**
 * The diagnostics of every file (in the order of `files`) on `threads` threads:
 * this one and threads - 1 helpers, each with its own SubmissionChecker, taking
 * chunks of units from a shared counter until none is left. A file's
 * diagnostics depend only on the file and on the files it reads as context, so
 * the result is the same on any number of threads. A helper that fails or
 * cannot start costs only time: whatever it took and did not answer is checked
 * here.
 */
export async function diagnoseFiles(
  checker: SubmissionChecker,
  files: readonly string[],
  options: { repo: Repository; today: string; cwd: string; threads: number },
): Promise<Diagnostic[][]> {
  const threads = Math.max(1, Math.min(options.threads, Math.ceil(files.length / UNIT_CHUNK_FILES)));
  const chunks = unitChunks(files, UNIT_CHUNK_FILES);
  const chunkPaths = chunks.map((c) => c.map((i) => files[i]!));
  const answers = new Array<Diagnostic[][] | undefined>(chunks.length);
  let unanswered = chunks.length;
  const answer = (c: number, found: Diagnostic[][]) => {
    if (answers[c] !== undefined) return;
    answers[c] = found;
    unanswered--;
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const setup: DiagnoseSetup = {
    repo: options.repo,
    today: options.today,
    cwd: options.cwd,
    lang: getLang(),
    chunks: chunkPaths,
    next: next.buffer as SharedArrayBuffer,
  };
  const helpers = threads > 1 ? startHelpers(threads - 1, setup) : null;
  if (helpers) {
    debug(`checking ${files.length} files on ${threads} threads`);
    helpers.onAnswer = (msg) => {
      const found = chunks[msg.chunk]!.map((): Diagnostic[] => []);
      for (const [j, diagnostics] of msg.found) found[j] = diagnostics;
      answer(msg.chunk, found);
    };
  }
  let mine = 0;
  for (let c = Atomics.add(next, 0, 1); c < chunks.length; c = Atomics.add(next, 0, 1)) {
    answer(c, await diagnoseChunk(checker, chunkPaths[c]!));
    mine++;
  }
  if (helpers) {
    // The helpers' answers wait in their ports until this thread is done with its own chunks.
    await helpers.finished(() => unanswered === 0);
    debug(`this thread checked ${mine} of ${chunks.length} chunks`);
  }
  // Chunks a helper took but never answered (it failed): checked here.
  for (let c = 0; c < chunks.length; c++) {
    if (answers[c] === undefined) answer(c, await diagnoseChunk(checker, chunkPaths[c]!));
  }
  const out = new Array<Diagnostic[]>(files.length);
  chunks.forEach((chunk, c) => chunk.forEach((fileIndex, j) => (out[fileIndex] = answers[c]![j]!)));
  return out;
}

interface Helpers {
  onAnswer: (msg: DiagnosedChunk) => void;
  /** Resolves once `done()` holds or every helper has ended; then stops the helpers. */
  finished(done: () => boolean): Promise<void>;
}

function startHelpers(count: number, setup: DiagnoseSetup): Helpers {
  const workers: Worker[] = [];
  let running = 0;
  let check: (() => void) | null = null;
  const helpers: Helpers = {
    onAnswer: () => undefined,
    finished(done) {
      return new Promise<void>((resolve) => {
        check = () => {
          if (!done() && running > 0) return;
          check = null;
          for (const worker of workers) void worker.terminate();
          resolve();
        };
        check();
      });
    },
  };
  for (let k = 0; k < count; k++) {
    let worker: Worker;
    try {
      worker = startWorker('diagnose', setup);
    } catch (err) {
      debug(`no helper thread: ${(err as Error).message}`);
      break; // this thread does the work
    }
    workers.push(worker);
    running++;
    worker.on('message', (msg: DiagnosedChunk) => {
      helpers.onAnswer(msg);
      check?.();
    });
    worker.on('error', (err) => debug(`helper thread failed: ${err.message}`));
    worker.on('exit', () => {
      running--;
      check?.();
    });
  }
  return helpers;
}
