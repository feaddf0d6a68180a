import { isAbsolute, relative, sep } from 'node:path';
import { environmentMessages as m } from '../i18n/environment.js';
import { UsageError } from './errors.js';
import { visible } from '../render/terminal-text.js';

/** What cchc was doing with the path when the machine said no. */
export type FsAction = 'read' | 'write' | 'list';

/** A failure reported by the operating system (errno code), as Node gives it. */
export function isFsError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((err as NodeJS.ErrnoException).code!);
}

const REASONS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'EEXIST',
  'EISDIR',
  'ENOTDIR',
  'ENOENT',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'EIO',
  'EBUSY',
  'EXDEV',
]);

function adviceKey(code: string, action: FsAction): Parameters<typeof m.t>[0] {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'advice.space';
    case 'EROFS':
      return action === 'write' ? 'advice.readOnly' : 'advice.retry';
    case 'EACCES':
    case 'EPERM':
      return action === 'write' ? 'advice.writePermission' : 'advice.readPermission';
    case 'EEXIST':
      return 'advice.exists';
    case 'EISDIR':
      return action === 'write' ? 'advice.isDir' : 'advice.missing';
    case 'ENOTDIR':
      return 'advice.notDir';
    case 'ENOENT':
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return 'advice.missing';
    default:
      return 'advice.retry';
  }
}

/** "permission denied. Give the user running cchc…": what happened and what to do, for a message that names the path itself. */
export function fsReason(err: NodeJS.ErrnoException, action: FsAction): string {
  const code = err.code ?? 'EIO';
  const reason = REASONS.has(code) ? m.t(`reason.${code}` as Parameters<typeof m.t>[0]) : m.t('reason.other', { code });
  return `${reason}. ${m.t(adviceKey(code, action))}`;
}

/** A path as the user is shown it: relative to the working folder when inside it. */
export function shownPath(path: string, cwd = process.cwd()): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel;
}

/**
 * A failure of the machine (full disk, read-only folder, permissions, a file
 * in the way): exit code 2 with a message naming the path and what to do,
 * never "internal error".
 */
export class EnvironmentError extends UsageError {
  readonly code: string;
  constructor(err: NodeJS.ErrnoException, path: string, action: FsAction) {
    const code = err.code ?? 'EIO';
    const reason = REASONS.has(code) ? m.t(`reason.${code}` as Parameters<typeof m.t>[0]) : m.t('reason.other', { code });
    // The path may hold anything a repository's names hold (a line feed, an escape): shown safe for a terminal and a CI log.
    super(m.t(action, { path: visible(shownPath(path)), reason, advice: m.t(adviceKey(code, action)) }));
    this.name = 'EnvironmentError';
    this.code = code;
  }
}

/** What a system call was doing, from Node's error (the CLI's last resort, when no caller said). */
function actionOf(err: NodeJS.ErrnoException): FsAction {
  switch (err.syscall) {
    case 'scandir':
    case 'opendir':
      return 'list';
    case 'open':
    case 'read':
    case 'stat':
    case 'lstat':
    case 'realpath':
    case 'access':
      // An open that failed for lack of space or a read-only disk was an open for writing.
      return ['ENOSPC', 'EDQUOT', 'EROFS', 'EISDIR'].includes(err.code ?? '') ? 'write' : 'read';
    default:
      return 'write';
  }
}

/** The environment failure an error of the operating system stands for, or null when `err` is something else. */
export function asEnvironmentError(err: unknown): EnvironmentError | null {
  if (err instanceof EnvironmentError) return err;
  if (!isFsError(err) || typeof err.path !== 'string') return null;
  return new EnvironmentError(err, err.path, actionOf(err));
}
