import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

const pending = new Set<string>();
let hooked = false;

function cleanupPending(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // best effort on the way out
    }
  }
  pending.clear();
}

/** Exit codes after a signal, as shells report them (128 + signal number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * From the first write on, Ctrl-C and friends are handled in JavaScript: the
 * handler only runs between synchronous steps, so a write-and-rename is never
 * cut in half, and temporary files still pending are removed before exiting.
 */
function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const sig of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.once(sig, () => {
      cleanupPending();
      process.exit(SIGNAL_EXIT[sig]);
    });
  }
  process.once('exit', cleanupPending);
}

/** What a file is written from: its text, its bytes, or its text in pieces made as they are written. */
export type FileContent = string | Uint8Array | Iterable<string>;

/** Pieces are gathered into writes of about this many UTF-16 units. */
const WRITE_BATCH = 1 << 20;

/** Writes text given in pieces, holding about one batch in memory at a time. */
export function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    forEachBatch(chunks, (text) => writeAll(fd, text));
  } finally {
    closeSync(fd);
  }
}

/** Calls `write` with the pieces joined into batches of about WRITE_BATCH units. */
export function forEachBatch(chunks: Iterable<string>, write: (text: string) => void): void {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH) {
      write(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  if (size > 0) write(batch.join(''));
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/**
 * Writes `data` to `path` through a temporary file in the same folder and a
 * rename, so readers see either the old file or the whole new one, never a
 * half-written file, even on Ctrl-C.
 */
export function writeFileAtomic(path: string, data: FileContent): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several files that belong together (a report's .docx and .xlsx):
 * every one to its temporary file first, then all renamed in one synchronous
 * run. A failure before the renames leaves every previous file as it was; a
 * signal cannot fall between the renames (see hookSignals).
 */
export function writeFilesAtomic(files: readonly { path: string; data: FileContent }[]): void {
  hookSignals();
  const temps: string[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = tempPathFor(f.path);
      pending.add(tmp);
      temps.push(tmp);
      if (typeof f.data === 'string' || f.data instanceof Uint8Array) writeFileSync(tmp, f.data);
      else writeChunks(tmp, f.data);
    }
    files.forEach((f, i) => {
      renameSync(temps[i]!, f.path);
      pending.delete(temps[i]!);
    });
  } catch (err) {
    for (const tmp of temps) {
      rmSync(tmp, { force: true });
      pending.delete(tmp);
    }
    throw err;
  }
}
