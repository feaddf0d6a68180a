import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { SUBMISSION_EXTENSIONS } from '../read/index.js';
import { UsageError } from '../cli/errors.js';
import { repoMessages as m } from '../i18n/repo.js';
import { SUBMISSIONS_DIR } from './load.js';
import { EnvironmentError } from '../cli/environment-error.js';
import { isNormalAbsolute } from '../util/normal-path.js';
import { visible } from '../render/terminal-text.js';

/**
 * Names in submissions/ that are no one's report: documentation, the lock
 * files office programs leave beside an open file, and the files operating
 * systems drop in folders. Every other file is checked, so a report saved in a
 * format cchc cannot read is an error with advice rather than a silent gap.
 */
const NOT_SUBMISSIONS = /^(readme(\..*)?|~\$.*|thumbs\.db|desktop\.ini)$/i;

/**
 * Submission files under `dir`. A folder that cannot be listed stops the
 * command (exit 2, naming it): reporting "0 of 38 units submitted" from a
 * folder cchc may not read would be a wrong report.
 */
function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // gone since it was listed
    throw new EnvironmentError(err as NodeJS.ErrnoException, dir, 'list');
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    // Anything else is listed: files of any kind (one cchc cannot read gets an error with advice), links
    // (reading refuses one leading outside the repository), and pipes or devices (refused as not regular files).
    else if (!NOT_SUBMISSIONS.test(e.name)) out.push(full);
  }
}

/**
 * Submission files named on the command line (files are taken as given,
 * folders searched for every file but the ones above), or all of `submissions/`.
 * Returns absolute paths, sorted, without duplicates.
 */
export function collectSubmissionFiles(root: string, paths: readonly string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  const targets = paths.length ? paths.map((p) => resolve(cwd, p)) : [join(root, SUBMISSIONS_DIR)];
  for (const t of targets) {
    if (!existsSync(t)) {
      if (!paths.length) continue; // a repository without submissions yet
      throw new UsageError(m.t('path-not-found', { path: visible(relative(cwd, t) || t) }));
    }
    if (statSync(t).isDirectory()) walk(t, out);
    else out.push(t);
  }
  return [...new Set(out)].sort();
}

/** Where a submission of `unit` for `period` would be, whatever its format. */
export function submissionCandidates(root: string, period: string, unit: string): string[] {
  return SUBMISSION_EXTENSIONS.map((ext) => join(root, SUBMISSIONS_DIR, period, unit + ext));
}

const submissionDirs = new Map<string, string>();

/** The period folder of a file under submissions/<period>/, or null. */
export function periodFolderOf(root: string, abs: string): string | null {
  let dir = submissionDirs.get(root);
  if (dir === undefined) {
    dir = resolve(root, SUBMISSIONS_DIR);
    submissionDirs.set(root, dir);
  }
  const parent = dirname(abs);
  const grandparent = dirname(parent);
  // A batch's paths are normalised already: resolve only what is not.
  return (isNormalAbsolute(grandparent) ? grandparent : resolve(grandparent)) === dir ? basename(parent) : null;
}
