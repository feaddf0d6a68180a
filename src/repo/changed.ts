import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { ciMessages as m } from '../i18n/ci.js';
import type { ValidationResult } from '../render/formatters/types.js';

interface GitFailure {
  code?: string;
  status?: number | null;
  stderr?: Buffer | string;
}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as GitFailure;
    if (e.code === 'ENOENT') throw new UsageError(m.t('error.gitMissing'));
    const detail = String(e.stderr ?? '').trim().split('\n')[0] ?? '';
    throw Object.assign(new Error(detail || `git ${args[0]} exited ${e.status}`), { gitStatus: e.status ?? null });
  }
}

function gitOr<T>(fn: () => T, toUsage: (detail: string) => UsageError): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw toUsage(err instanceof Error ? err.message : String(err));
  }
}

/** Absolute, symlinks resolved: git reports real paths, users may pass symlinked ones. */
function canonical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

function nulSeparated(text: string): string[] {
  return text.split('\0').filter((p) => p !== '');
}

/** The base used when `--changed` is given without `--base`: origin/HEAD when it exists, else HEAD. */
export function defaultBase(dir: string): string {
  try {
    git(dir, ['rev-parse', '--verify', '--quiet', 'origin/HEAD^{commit}']);
    return 'origin/HEAD';
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return 'HEAD';
  }
}

/**
 * Files changed since `base` as git sees them from `dir`: committed on this
 * branch since it left `base` (`git diff base...HEAD`), plus staged, unstaged
 * and untracked (not ignored) changes. Deleted files are left out. Returns
 * absolute paths. A missing git, a folder outside a repository, an unknown ref
 * or unrelated histories are usage errors (exit 2).
 */
export function changedFiles(dir: string, base: string): string[] {
  const top = gitOr(
    () => git(dir, ['rev-parse', '--show-toplevel']).trim(),
    () => new UsageError(m.t('error.notGitRepo', { dir: resolve(dir) })),
  );
  gitOr(
    () => git(top, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]),
    () => new UsageError(m.t('error.unknownRef', { ref: base })),
  );
  gitOr(
    () => git(top, ['merge-base', base, 'HEAD']),
    () => new UsageError(m.t('error.noMergeBase', { ref: base })),
  );
  const fail = (detail: string) => new UsageError(m.t('error.gitFailed', { detail }));
  const committed = gitOr(() => git(top, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', `${base}...HEAD`]), fail);
  const uncommitted = gitOr(() => git(top, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', 'HEAD']), fail);
  const untracked = gitOr(() => git(top, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']), fail);
  const files = new Set<string>();
  for (const rel of [...nulSeparated(committed), ...nulSeparated(uncommitted), ...nulSeparated(untracked)]) {
    const abs = resolve(top, rel);
    if (existsSync(abs) && statSync(abs).isFile()) files.add(canonical(abs));
  }
  return [...files].sort();
}

/**
 * Which submissions `--changed` reports on. When a file that every check reads
 * changed (cchc.yaml, units.yaml, the plan), every submission may be affected:
 * null means "report on all of them".
 */
export function changedScope(changed: readonly string[], contextFiles: readonly string[]): ReadonlySet<string> | null {
  const context = new Set(contextFiles.map(canonical));
  if (changed.some((f) => context.has(canonical(f)))) return null;
  return new Set(changed.map(canonical));
}

/**
 * Keeps only the files in `scope` and the findings about them. The checks ran
 * on the whole repository first, so rules that compare a unit with its other
 * periods or with the registry still did their work.
 */
export function restrictToFiles(result: ValidationResult, scope: ReadonlySet<string> | null): ValidationResult {
  if (scope === null) return result;
  const fileList = result.fileList.filter((f) => scope.has(canonical(f)));
  return {
    files: fileList.length,
    fileList,
    diagnostics: result.diagnostics.filter((d) => scope.has(canonical(d.file))),
  };
}

/** The files of `files` that are in `scope` (all of them when the scope is null). */
export function inScope(files: readonly string[], scope: ReadonlySet<string> | null): string[] {
  return scope === null ? [...files] : files.filter((f) => scope.has(canonical(f)));
}
