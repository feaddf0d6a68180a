import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { UsageError } from '../cli/errors.js';
import { ciMessages as m } from '../i18n/ci.js';
import type { ValidationResult } from '../render/formatters/types.js';
import { parsePeriod } from '../consolidate/period.js';
import { comparingPeriods } from '../validate/compared-periods.js';
import { periodFolderOf, submissionCandidates } from './files.js';

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

/**
 * The files of `files` whose findings a change to `changed` can change,
 * each with the changed files that make it so: the same unit's submissions
 * that are compared with a changed one (the next period's, for a value jump;
 * the half and the year holding a changed quarter, for their sums), and a file
 * of another format with the same name beside a changed one (one submission
 * per unit and period). Found from the paths, where the rules look
 * (submissions/<period>/<unit>.<ext>), so nothing is read. Files in
 * `changed` are not listed; paths are returned as `files` gives them.
 */
export function dependentFiles(root: string, changed: readonly string[], files: readonly string[]): Map<string, string[]> {
  const byCanonical = new Map(files.map((f) => [canonical(f), f]));
  const changedSet = new Set(changed.map(canonical));
  const top = canonical(root);
  // Same folder, same name, any format.
  const stemKey = (f: string) => `${dirname(f)}\0${basename(f, extname(f))}`;
  const byStem = new Map<string, string[]>();
  for (const f of byCanonical.keys()) {
    const key = stemKey(f);
    const same = byStem.get(key);
    if (same) same.push(f);
    else byStem.set(key, [f]);
  }
  const out = new Map<string, string[]>();
  const add = (candidate: string, because: string): void => {
    const c = canonical(candidate);
    const file = byCanonical.get(c);
    if (file === undefined || changedSet.has(c)) return;
    const list = out.get(file) ?? [];
    const shown = byCanonical.get(because) ?? because;
    if (!list.includes(shown)) list.push(shown);
    out.set(file, list);
  };
  for (const c of changedSet) {
    const unit = basename(c, extname(c));
    const folder = periodFolderOf(top, c);
    const period = folder === null ? null : parsePeriod(folder);
    // Other files are compared with this one only where the rules look for it: its canonical period folder.
    if (period && period.id === folder) {
      for (const p of comparingPeriods(period)) for (const candidate of submissionCandidates(top, p.id, unit)) add(candidate, c);
    }
    for (const sibling of byStem.get(stemKey(c)) ?? []) add(sibling, c);
  }
  return out;
}

/**
 * What `--changed` reports about files outside the change that were checked
 * because they are compared with a changed one: only the findings such a
 * comparison makes (`comparing`: a value jump against a changed previous
 * quarter, a half that no longer matches its quarters…), never the file's own
 * older problems; each ends with "checked because X changed", so every output
 * format says why, and the result lists those files with the changed ones.
 */
export function explainDependents(
  result: ValidationResult,
  checked: readonly { abs: string; file: string }[],
  dependents: ReadonlyMap<string, readonly string[]>,
  display: (abs: string) => string,
  comparing: ReadonlySet<string>,
): ValidationResult {
  if (dependents.size === 0) return result;
  const because = new Map<string, string>();
  const list: { file: string; changed: string[] }[] = [];
  for (const c of checked) {
    const changed = dependents.get(c.abs);
    if (!changed) continue;
    const shown = changed.map(display);
    list.push({ file: c.file, changed: shown });
    because.set(c.file, m.t('changed.because', { files: shown.join(', ') }));
  }
  return {
    ...result,
    diagnostics: result.diagnostics.flatMap((d) => {
      const note = because.get(d.file);
      if (note === undefined) return [d];
      return comparing.has(d.code) ? [{ ...d, message: `${d.message} ${note}` }] : [];
    }),
    dependents: list,
  };
}
