import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { refuseDefaultFolderOutside } from './output-guard.js';

/**
 * Where cchc puts the files it makes for people to fill in or look at (forms
 * from `template`, conversions from `convert`): inside the repository, so they
 * are easy to find, but never under submissions/ (where a second copy of a
 * unit's report would be a duplicate submission) and never committed by
 * accident: the folder carries its own .gitignore (as pytest's cache does), so
 * it is ignored whatever the repository's .gitignore says.
 */
export const WORK_DIR = 'bieu-mau';

export function workDir(root: string, ...sub: string[]): string {
  return join(root, WORK_DIR, ...sub);
}

/**
 * Creates the folder (and its ignore-everything .gitignore) when cchc is
 * about to write into it; refuses (exit 2) a folder that is a link leading
 * outside the repository (it may be committed).
 */
export function ensureWorkDir(root: string): void {
  const dir = workDir(root);
  refuseDefaultFolderOutside(root, dir, WORK_DIR);
  const ignore = join(dir, '.gitignore');
  if (existsSync(ignore)) return;
  const fresh = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  // A folder the user made and committed keeps what it has; only a folder cchc creates is ignored whole.
  if (fresh) writeFileSync(ignore, '# Tệp do cchc tạo (biểu mẫu, bản chuyển đổi): không đưa vào kho.\n*\n');
}
