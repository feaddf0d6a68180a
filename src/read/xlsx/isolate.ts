import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { XlsxLimits } from './guard.js';
import type { FormReading } from './form-reader.js';
import { unreadableWorkbook } from './unreadable-workbook.js';

/** Memory for the reader's process: a hostile workbook exhausts this, not the CLI. */
const READER_HEAP_MB = 1536;

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** The reader bundled with a parser of its own (scripts/bundle.mjs); the module build's worker.js when not built. */
const READER_BUNDLE_URL = new URL('../../xlsx-reader.cjs', import.meta.url);

function readerPath(): string {
  const bundled = fileURLToPath(READER_BUNDLE_URL);
  return existsSync(bundled) ? bundled : fileURLToPath(WORKER_URL);
}

interface Pending {
  resolve(reading: FormReading): void;
  timer: NodeJS.Timeout;
  child: ChildProcess;
}

/**
 * Reads workbooks in a child process with a time budget and a memory limit,
 * so that no file can hang or exhaust the CLI. A process, not a thread: when
 * the budget is spent the process is killed (SIGKILL) and the work ends at
 * once, whereas a thread busy inside a long native call of the parser could
 * only be asked to stop, and the CLI waited for it (a 30-second limit ended
 * the run after 63 s). The process is reused between files, started afresh
 * after a kill, and never keeps the CLI alive when idle; it ends when the CLI
 * does (its channel closes).
 */
class WorkbookIsolate {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private spawn(): ChildProcess {
    const child = fork(readerPath(), [], {
      // Not the CLI's own flags (a preloaded module, a debugger): only the memory bound.
      execArgv: [`--max-old-space-size=${READER_HEAP_MB}`],
      serialization: 'advanced',
      // The parser's warnings are not the user's business.
      stdio: ['ignore', 'ignore', process.env['CCHC_DEBUG'] ? 'inherit' : 'ignore', 'ipc'],
    });
    child.on('message', (msg: { id: number; reading: FormReading }) => this.settle(msg.id, msg.reading));
    child.on('error', (err) => this.failAll(child, unreadableWorkbook('xlsx-unreadable', { detail: err.message })));
    child.on('exit', () => {
      if (this.child === child) this.child = null;
      // Out of memory, or killed: what it was reading is too much for it.
      this.failAll(child, unreadableWorkbook('xlsx-too-complex'));
    });
    this.idle(child);
    return child;
  }

  /** An idle reader does not keep the CLI running. */
  private idle(child: ChildProcess): void {
    child.unref();
    child.channel?.unref();
  }

  private settle(id: number, reading: FormReading): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (![...this.pending.values()].some((q) => q.child === p.child)) this.idle(p.child);
    p.resolve(reading);
  }

  private failAll(child: ChildProcess, reading: FormReading): void {
    for (const [id, p] of [...this.pending.entries()]) if (p.child === child) this.settle(id, reading);
  }

  read(bytes: Uint8Array, limits: XlsxLimits): Promise<FormReading> {
    this.child ??= this.spawn();
    const child = this.child;
    child.ref();
    child.channel?.ref();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.child === child) this.child = null;
        this.failAll(child, unreadableWorkbook('xlsx-timeout', { seconds: Math.ceil(limits.timeBudgetMs / 1000) }));
        child.kill('SIGKILL');
      }, limits.timeBudgetMs);
      this.pending.set(id, { resolve, timer, child });
      child.send({ id, bytes, limits });
    });
  }
}

let isolate: WorkbookIsolate | null = null;

/** True when the compiled reader is there (not when running from TypeScript sources, as in unit tests). */
export function workerAvailable(): boolean {
  return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
}

/** Reads a workbook in the reader's process when available, else in this one. */
export async function readWorkbookIsolated(bytes: Uint8Array, limits: XlsxLimits): Promise<FormReading> {
  if (workerAvailable()) {
    isolate ??= new WorkbookIsolate();
    return isolate.read(bytes, limits);
  }
  const { readWorkbook } = await import('./read-workbook.js');
  return readWorkbook(bytes, limits);
}
