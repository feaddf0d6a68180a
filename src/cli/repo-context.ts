import { resolve } from 'node:path';
import { findRepositoryRoot, loadRepository, type Repository } from '../repo/load.js';
import { UsageError } from './errors.js';
import { repoMessages as m } from '../i18n/repo.js';

/**
 * The repository a command works on: --repo if given, else the nearest folder
 * with a cchc.yaml above the first path argument or the working folder.
 */
export async function openRepository(repoOption: string | undefined, hintPaths: readonly string[] = []): Promise<Repository> {
  const cwd = process.cwd();
  if (repoOption) return loadRepository(resolve(cwd, repoOption));
  const starts = [...hintPaths.map((p) => resolve(cwd, p)), cwd];
  for (const s of starts) {
    const root = findRepositoryRoot(s);
    if (root) return loadRepository(root);
  }
  throw new UsageError(m.t('no-repo', { dir: cwd }));
}
