import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Hash } from 'node:crypto';
import { readInputFile } from '../util/read-input.js';
import { writeFileAtomic, type FileContent } from '../util/atomic-write.js';
import { sameReport } from '../render/reports/same-report.js';
import { defaultFolderOutside } from '../repo/output-guard.js';

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * What `cchc report` last wrote, so that a report a person has edited since
 * (a Word file touched up before signing) is never overwritten without
 * --force, while a report cchc wrote is replaced freely when the figures
 * change. Kept per machine in the repository's .cchc-cache/ (ignored by git):
 * a file name and the SHA-256 of the bytes written.
 */
const CACHE_DIR = '.cchc-cache';
const RECORD = 'bao-cao-da-ghi.json';
const MAX_RECORD_BYTES = 4 * 1024 * 1024;

type Record = { [file: string]: string };

async function sha256(): Promise<Hash> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256');
}

function readRecord(root: string): Record {
  const file = join(root, CACHE_DIR, RECORD);
  if (!existsSync(file)) return {};
  const read = readInputFile(file, { root, maxBytes: MAX_RECORD_BYTES });
  if (!('bytes' in read)) return {};
  try {
    const data = JSON.parse(read.bytes.toString('utf8')) as unknown;
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record) : {};
  } catch {
    return {}; // a damaged record protects nothing: treated as none
  }
}

const keyOf = (root: string, path: string) => relative(root, path).split('\\').join('/');

/**
 * The saved reports among `outputs` that differ from what would be written and
 * are not what cchc last wrote there: edited by hand, or made elsewhere.
 * Files that are absent or not regular files (the writer reports those) pass.
 */
export async function editedReports(
  root: string,
  outputs: readonly { path: string }[],
  fresh: (path: string) => Uint8Array,
): Promise<string[]> {
  const record = readRecord(root);
  const edited: string[] = [];
  for (const { path } of outputs) {
    let regular = false;
    try {
      regular = lstatSync(path).isFile();
    } catch {
      continue; // absent
    }
    if (!regular) continue;
    const saved = readInputFile(path, { maxBytes: 2 ** 31 - 1 });
    if (!('bytes' in saved)) {
      edited.push(path);
      continue;
    }
    const hash = (await sha256()).update(saved.bytes).digest('hex');
    if (record[keyOf(root, path)] === hash) continue;
    if (!(await sameReport(path, fresh(path), saved.bytes))) edited.push(path);
  }
  return edited;
}

/**
 * Wraps the outputs so that their bytes are hashed as they are written, and
 * returns `remember()` to record the hashes once the set is in place.
 */
export async function recordingWrites<T extends { path: string; data: FileContent }>(
  root: string,
  outputs: readonly T[],
): Promise<{ outputs: T[]; remember(): void }> {
  const hashes = new Map<string, Hash>();
  const wrapped: T[] = [];
  for (const o of outputs) {
    const hash = await sha256();
    hashes.set(o.path, hash);
    if (typeof o.data === 'string' || o.data instanceof Uint8Array) {
      hash.update(o.data);
      wrapped.push(o);
    } else {
      const chunks = o.data;
      wrapped.push({
        ...o,
        data: (function* () {
          for (const chunk of chunks) {
            hash.update(chunk);
            yield chunk;
          }
        })(),
      });
    }
  }
  return {
    outputs: wrapped,
    remember() {
      const record = readRecord(root);
      for (const [path, hash] of hashes) record[keyOf(root, path)] = hash.digest('hex');
      const dir = join(root, CACHE_DIR);
      // This machine's folder of the repository, never a link (a committed one could lead anywhere): else nothing is remembered.
      if (isLink(dir) || defaultFolderOutside(root, dir) !== null) return;
      const fresh = !existsSync(dir);
      mkdirSync(dir, { recursive: true });
      // Ignored whatever the repository's .gitignore says: it describes this machine's files only.
      if (fresh) writeFileSync(join(dir, '.gitignore'), '*\n');
      try {
        writeFileAtomic(join(dir, RECORD), `${JSON.stringify(record, null, 2)}\n`);
      } catch {
        // Without the record the next run is only more careful (it asks for --force).
      }
    },
  };
}
