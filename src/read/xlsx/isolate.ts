import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { XlsxLimits } from './guard.js';
import type { FormReading } from './form-reader.js';
import { unreadableWorkbook } from './unreadable-workbook.js';

/** Memory for the reader's worker: a hostile workbook exhausts this, not the process. */
const WORKER_HEAP_MB = 1536;

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  resolve(reading: FormReading): void;
  timer: NodeJS.Timeout;
  worker: Worker;
}

/**
 * Reads workbooks in a worker thread with a time budget and a memory limit,
 * so that no file can hang or exhaust the CLI: on timeout the worker is
 * terminated and the next file gets a fresh one. The worker is reused between
 * files and never keeps the process alive when idle.
 */
class WorkbookIsolate {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on('message', (msg: { id: number; reading: FormReading }) => this.settle(msg.id, msg.reading));
    worker.on('error', (err: Error & { code?: string }) => {
      const code = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'xlsx-too-complex' : 'xlsx-unreadable';
      this.failAll(worker, unreadableWorkbook(code, { detail: err.message }));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(worker, unreadableWorkbook('xlsx-too-complex'));
    });
    worker.unref();
    return worker;
  }

  private settle(id: number, reading: FormReading): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (![...this.pending.values()].some((q) => q.worker === p.worker)) p.worker.unref();
    p.resolve(reading);
  }

  private failAll(worker: Worker, reading: FormReading): void {
    for (const [id, p] of [...this.pending.entries()]) if (p.worker === worker) this.settle(id, reading);
  }

  read(bytes: Uint8Array, limits: XlsxLimits): Promise<FormReading> {
    this.worker ??= this.spawn();
    const worker = this.worker;
    worker.ref();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.worker === worker) this.worker = null;
        this.failAll(worker, unreadableWorkbook('xlsx-timeout', { seconds: Math.ceil(limits.timeBudgetMs / 1000) }));
        void worker.terminate();
      }, limits.timeBudgetMs);
      this.pending.set(id, { resolve, timer, worker });
      worker.postMessage({ id, bytes, limits });
    });
  }
}

let isolate: WorkbookIsolate | null = null;

/** True when the compiled worker is there (not when running from TypeScript sources, as in unit tests). */
export function workerAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

/** Reads a workbook in the worker thread when available, else in this thread. */
export async function readWorkbookIsolated(bytes: Uint8Array, limits: XlsxLimits): Promise<FormReading> {
  if (workerAvailable()) {
    isolate ??= new WorkbookIsolate();
    return isolate.read(bytes, limits);
  }
  const { readWorkbook } = await import('./read-workbook.js');
  return readWorkbook(bytes, limits);
}
