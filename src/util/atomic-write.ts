import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      cleanupPending();
      process.exit(130);
    });
  }
  process.once('exit', cleanupPending);
}

/**
 * Writes `data` to `path` through a temporary file in the same folder and a
 * rename, so readers see either the old file or the whole new one, never a
 * half-written file, even on Ctrl-C.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  hookSignals();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  pending.add(tmp);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
