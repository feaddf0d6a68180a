import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { EnvironmentError, isFsError, shownPath } from '../cli/environment-error.js';
import { environmentMessages as m } from '../i18n/environment.js';
import { readInputFile } from './read-input.js';

/**
 * Writing outputs so that a reader, a crash or a full disk never sees half of
 * them: each file goes to a temporary file beside it and is renamed over the
 * old one; a set of files that belong together (a report's .docx, .xlsx and
 * .json) is renamed together, with a journal that lets the next run finish a
 * set whose renames were cut short (SIGKILL, power loss). Temporaries left by
 * a killed run are removed by the next run that writes to the folder.
 */

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
    forEachBatch(chunks, (text) => writeAll(fd, Buffer.from(text, 'utf8')));
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

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes `data` to a new file at `path` and makes it durable (fsync) before it is renamed anywhere. */
function writeDurably(path: string, data: FileContent): void {
  const fd = openSync(path, 'wx');
  try {
    if (typeof data === 'string') writeAll(fd, Buffer.from(data, 'utf8'));
    else if (data instanceof Uint8Array) writeAll(fd, data);
    else forEachBatch(data, (text) => writeAll(fd, Buffer.from(text, 'utf8')));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

let host: string | null = null;
/** This machine, in the names of temporaries: a process id means something only on the machine that ran it. (Made on first use: crypto and os cost start-up time.) */
function thisHost(): string {
  host ??= createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
  return host;
}
let sequence = 0;

/** `.bao-cao-cchc-2024Q2.docx.cchc-1a2b3c4d-4242-1.tmp` (and `….old.tmp` for the kept previous file). */
const TEMP = /^\..+\.cchc-([0-9a-f]{8})-(\d+)-\d+(?:\.old)?\.tmp$/;
const JOURNAL = /^\.cchc-([0-9a-f]{8})-(\d+)-\d+\.journal$/;
/** The temporaries of cchc before the journal: `.name.<pid>.<ms>.tmp`. */
const OLD_TEMP = /^\..+\.(\d+)\.\d{10,}\.tmp$/;

function tempPathFor(path: string, suffix = ''): string {
  return join(dirname(path), `.${basename(path)}.cchc-${thisHost()}-${process.pid}-${++sequence}${suffix}.tmp`);
}

/** Whether a process of this machine still runs (a live one may be another cchc writing: its files are left alone). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Journal {
  /** Paths relative to the journal's folder. */
  files: { temp: string; target: string; backup: string | null }[];
}

/**
 * Finishes or clears what a killed run left in `dir`: a set whose journal
 * survives was fully written before its renames began, so the renames are
 * completed (the folder then holds that run's whole set); temporaries and
 * kept previous files without a journal are removed. Only files of runs of
 * this machine that no longer run are touched. Returns the files completed.
 */
export function recoverInterruptedWrites(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // a folder not there yet, or not listable: the write itself says so
  }
  const dead = (host: string, pid: string) => host === thisHost() && !alive(Number(pid));
  const completed: string[] = [];
  const kept = new Set<string>();
  for (const name of names) {
    const j = JOURNAL.exec(name);
    if (!j || !dead(j[1]!, j[2]!)) continue;
    const path = join(dir, name);
    const journal = journalOf(dir, name, j[1]!, j[2]!);
    if (journal === 'torn') {
      rmSync(path, { force: true }); // cut short: it was being written when the run died, before any rename
      continue;
    }
    if (journal === null) continue; // not one cchc wrote: nothing it names is touched, and it stays
    for (const f of journal.files) {
      const temp = join(dir, f.temp);
      const target = join(dir, f.target);
      if (isPlainFile(temp)) {
        renameSync(temp, target);
        completed.push(target);
      }
      if (f.backup !== null) rmSync(join(dir, f.backup), { force: true });
    }
    rmSync(path, { force: true });
    kept.add(name);
  }
  for (const name of names) {
    if (kept.has(name)) continue;
    const t = TEMP.exec(name);
    const old = t ? null : OLD_TEMP.exec(name);
    if ((t && dead(t[1]!, t[2]!)) || (old && !alive(Number(old[1])))) rmSync(join(dir, name), { force: true });
  }
  return completed;
}

/** A journal names the few files of one set; a larger file is not one cchc wrote. */
const MAX_JOURNAL_BYTES = 64 * 1024;

/** A name of a file in the journal's own folder: no folder part, nothing to climb out with. */
function plainName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/**
 * The journal `name` of `dir`, if it is one cchc wrote: read through the
 * guarded reader (a regular file of the folder, small, never a pipe), and each
 * of its entries a file of this folder whose temporary and kept previous file
 * are named as this module names them for that run
 * (`.<target>.cchc-<host>-<pid>-<n>.tmp`, `….old.tmp`). The report folder may
 * be committed to the repository, so a journal there may come from anyone: it
 * must not make cchc move a file from elsewhere into the folder, or remove
 * one. 'torn' for what a run killed while writing its journal leaves (not
 * JSON: cut short), null for anything else.
 */
function journalOf(dir: string, name: string, host: string, pid: string): Journal | 'torn' | null {
  const read = readInputFile(join(dir, name), { root: dir, maxBytes: MAX_JOURNAL_BYTES });
  if ('refusal' in read) return null;
  let data: unknown;
  try {
    data = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return read.bytes.length < MAX_JOURNAL_BYTES ? 'torn' : null;
  }
  const files = data !== null && typeof data === 'object' ? (data as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return null;
  const ofRun = (temp: unknown, target: string, old: boolean): temp is string => {
    const prefix = `.${target}.cchc-${host}-${pid}-`;
    return plainName(temp) && temp.startsWith(prefix) && (old ? /^\d+\.old\.tmp$/ : /^\d+\.tmp$/).test(temp.slice(prefix.length));
  };
  const out: Journal['files'] = [];
  for (const f of files as unknown[]) {
    if (f === null || typeof f !== 'object') return null;
    const { temp, target, backup } = f as Record<string, unknown>;
    if (!plainName(target) || !ofRun(temp, target, false)) return null;
    if (backup !== null && !ofRun(backup, target, true)) return null;
    out.push({ temp, target, backup });
  }
  return { files: out };
}

/** A regular file, not a link (a temporary cchc wrote is one). */
function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * mkdir -p that reports the real reason when it fails: Node's recursive
 * mkdir says ENOENT where the disk is read-only (EROFS) or a path component
 * is a file (ENOTDIR).
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      if (!statSync(d).isDirectory()) throw new EnvironmentError(Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }), d, 'write');
      break;
    } catch (err) {
      if (err instanceof EnvironmentError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw new EnvironmentError(err as NodeJS.ErrnoException, d, 'write');
      missing.push(d);
      const parent = dirname(d);
      if (parent === d) break;
      d = parent;
    }
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new EnvironmentError(err as NodeJS.ErrnoException, m, 'write');
    }
  }
}

/** A failure while writing `path`, as the user is told of it (the machine's, not cchc's). */
function failure(err: unknown, path: string, note?: string): unknown {
  if (err instanceof EnvironmentError) return err;
  if (!isFsError(err)) return err;
  const e = new EnvironmentError(err, path, 'write');
  if (note) e.message = `${e.message} ${note}`;
  return e;
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
 * Writes several files that belong together (a report's .docx and .xlsx) as a
 * set: nothing is renamed before every new file is written in full and on
 * disk; then a journal names the renames, the previous files are kept (hard
 * links), and all are renamed in one synchronous run. A failure before or
 * during the renames leaves the previous set as it was (renames done are
 * undone) and no temporary; a run killed during the renames is completed by
 * the next one (recoverInterruptedWrites). A signal cannot fall between the
 * renames (see hookSignals). Failures of the machine (full disk, read-only
 * folder, permissions, a folder where a file should be) are EnvironmentErrors
 * naming the file. Returns files of an interrupted earlier set that were
 * completed first.
 */
export function writeFilesAtomic(files: readonly { path: string; data: FileContent }[]): string[] {
  if (files.length === 0) return [];
  hookSignals();
  const completed: string[] = [];
  for (const dir of new Set(files.map((f) => dirname(resolve(f.path))))) {
    try {
      completed.push(...recoverInterruptedWrites(dir));
    } catch {
      // what cannot be cleared now is left for a later run; it is never read
    }
  }
  // What would make a rename fail is found before anything is written.
  for (const f of files) {
    makeDirs(dirname(resolve(f.path)));
    let st;
    try {
      st = lstatSync(f.path);
    } catch {
      continue;
    }
    if (st.isDirectory()) throw new EnvironmentError(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), f.path, 'write');
  }

  const temps: string[] = [];
  const dropTemps = () => {
    for (const tmp of temps) {
      rmSync(tmp, { force: true });
      pending.delete(tmp);
    }
  };
  for (const f of files) {
    const tmp = tempPathFor(f.path);
    pending.add(tmp);
    temps.push(tmp);
    try {
      writeDurably(tmp, f.data);
    } catch (err) {
      dropTemps();
      throw failure(err, f.path);
    }
  }
  if (files.length === 1) {
    try {
      renameSync(temps[0]!, files[0]!.path);
      pending.delete(temps[0]!);
    } catch (err) {
      dropTemps();
      throw failure(err, files[0]!.path);
    }
    return completed;
  }
  renameSet(files.map((f, i) => ({ path: resolve(f.path), temp: temps[i]! })), dropTemps);
  return completed;
}

/** The renames of a set, journalled, with the previous files kept until all are done. */
function renameSet(set: { path: string; temp: string }[], dropTemps: () => void): void {
  const dir = dirname(set[0]!.path);
  const backups: (string | null)[] = [];
  const existed: boolean[] = [];
  const journalPath = join(dir, `.cchc-${thisHost()}-${process.pid}-${++sequence}.journal`);
  const dropBackups = () => {
    for (const b of backups) if (b !== null) rmSync(b, { force: true });
  };
  try {
    for (const f of set) {
      let backup: string | null = null;
      existed.push(exists(f.path));
      if (existed.at(-1)) {
        backup = tempPathFor(f.path, '.old');
        try {
          linkSync(f.path, backup);
        } catch {
          backup = null; // a disk without hard links: no way back, said if a rename fails
        }
      }
      backups.push(backup);
    }
    const journal: Journal = {
      files: set.map((f, i) => ({ temp: relative(dir, f.temp), target: relative(dir, f.path), backup: backups[i] ? relative(dir, backups[i]!) : null })),
    };
    pending.add(journalPath);
    writeDurably(journalPath, JSON.stringify(journal));
  } catch (err) {
    dropTemps();
    dropBackups();
    rmSync(journalPath, { force: true });
    pending.delete(journalPath);
    throw failure(err, set[0]!.path);
  }

  let done = 0;
  try {
    for (; done < set.length; done++) {
      renameSync(set[done]!.temp, set[done]!.path);
      pending.delete(set[done]!.temp);
    }
  } catch (err) {
    // Put the previous files back: the set stays what it was.
    const mixed: string[] = [];
    for (let i = done - 1; i >= 0; i--) {
      const f = set[i]!;
      try {
        const backup = backups[i];
        if (backup) renameSync(backup, f.path);
        else if (!existed[i]) rmSync(f.path, { force: true });
        else mixed.push(f.path);
      } catch {
        mixed.push(f.path);
      }
    }
    dropTemps();
    dropBackups();
    rmSync(journalPath, { force: true });
    pending.delete(journalPath);
    const note = mixed.length
      ? m.t('set.mixed', { written: mixed.map((p) => basename(p)).join(', ') })
      : m.t('set.unchanged', { dir: shownPath(dir) });
    throw failure(err, set[done]!.path, note);
  }
  rmSync(journalPath, { force: true });
  pending.delete(journalPath);
  dropBackups();
}
