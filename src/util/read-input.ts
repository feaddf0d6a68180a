import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathBelow } from './normal-path.js';
import { fsReason } from '../cli/environment-error.js';

/** Why an input file was not read; `code` is a diagnostic code. */
export type InputRefusal =
  | { code: 'file-outside-repository'; params: { target: string } }
  | { code: 'file-not-regular'; params: Record<string, never> }
  | { code: 'file-too-large'; params: { size: number; limit: number } }
  | { code: 'file-unreadable'; params: { detail: string; errno: string } };

export type InputRead = { bytes: Buffer } | { refusal: InputRefusal };

/** True when `path` is `root` or lies under it (compared as written, links not followed). */
export function isWithin(root: string, path: string): boolean {
  if (pathBelow(root, path) !== null) return true;
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const realRoots = new Map<string, string>();

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) {
    try {
      real = realpathSync(root);
    } catch {
      real = resolve(root);
    }
    realRoots.set(root, real);
  }
  return real;
}

/**
 * Where a path inside the repository really leads, when a symbolic link takes
 * it outside the repository (null when it stays inside or is not inside to begin with).
 */
export function escapesRepository(root: string, path: string): string | null {
  if (!isWithin(root, path)) return null;
  let real: string;
  try {
    real = realPathOf(path);
  } catch {
    return null; // missing: reading it reports that
  }
  return isWithin(realRoot(root), real) ? null : real;
}

const realDirs = new Map<string, string>();

/** A folder's real path, remembered: a batch of thousands of files lies in a few folders. */
function realDirOf(dir: string): string {
  let realDir = realDirs.get(dir);
  if (realDir === undefined) {
    realDir = realpathSync(dir);
    realDirs.set(dir, realDir);
  }
  return realDir;
}

/** realpathSync, with the folders' real paths remembered: one lstat per file. */
function realPathOf(path: string): string {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return realpathSync(path);
  return join(realDirOf(dirname(resolve(path))), basename(path));
}

/** A file the system would not let us read: its errno, and what that means for the user in their language. */
function unreadable(err: unknown): InputRead {
  const e = err as NodeJS.ErrnoException;
  return { refusal: { code: 'file-unreadable', params: { detail: fsReason(e, 'read'), errno: e.code ?? 'EIO' } } };
}

// Opening a named pipe for reading would wait for a writer: never block.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file inside the repository whose folder really is inside it, unless
 * the file itself is a link (the open fails then): no lstat needed. Null when
 * this shortcut does not apply (no O_NOFOLLOW here, a folder that leads
 * elsewhere or cannot be resolved, a link); escapesRepository decides then.
 */
function openUnlinked(root: string, path: string): number | null {
  if (constants.O_NOFOLLOW === undefined) return null;
  let realDir: string;
  try {
    realDir = realDirOf(dirname(resolve(path)));
  } catch {
    return null;
  }
  if (!isWithin(realRoot(root), join(realDir, basename(path)))) return null;
  try {
    return openSync(path, OPEN_FLAGS | constants.O_NOFOLLOW);
  } catch {
    return null; // a link (ELOOP), or an error the ordinary open reports as it always does
  }
}

/**
 * Reads an input file with the protections every input needs: inside the
 * repository `root`, a link leading outside it is refused unread; only regular
 * files are read (not pipes or devices, which could block or never end); the
 * size limit is checked on the open file and enforced while reading, so a file
 * growing meanwhile cannot exceed it. The file is opened read-only.
 */
export function readInputFile(path: string, options: { root?: string; maxBytes: number }): InputRead {
  let fd = options.root !== undefined && isWithin(options.root, path) ? openUnlinked(options.root, path) : null;
  if (fd === null) {
    if (options.root !== undefined) {
      const target = escapesRepository(options.root, path);
      if (target !== null) return { refusal: { code: 'file-outside-repository', params: { target } } };
    }
    try {
      fd = openSync(path, OPEN_FLAGS);
    } catch (err) {
      return unreadable(err);
    }
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refusal: { code: 'file-not-regular', params: {} } };
    if (stat.size > options.maxBytes) return { refusal: { code: 'file-too-large', params: { size: stat.size, limit: options.maxBytes } } };
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // Still more to read than the size said: the file is growing.
        if (length > options.maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, options.maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const wanted = buffer.length - length;
      const n = readSync(fd, buffer, length, wanted, null);
      length += n;
      // A regular file reads short only at its end.
      if (n < wanted) break;
    }
    if (length > options.maxBytes) return { refusal: { code: 'file-too-large', params: { size: length, limit: options.maxBytes } } };
    return { bytes: buffer.subarray(0, length) };
  } catch (err) {
    return unreadable(err);
  } finally {
    closeSync(fd);
  }
}
