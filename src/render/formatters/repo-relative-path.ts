import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * A diagnostic's file as a forward-slash path relative to the repository root
 * (CI tools resolve paths against the checkout). `file` is as shown to the user:
 * absolute, or relative to the working folder. Null when it lies outside `root`.
 */
export function repoRelativePath(file: string, root: string): string | null {
  const absolute = isAbsolute(file) ? file : resolve(file);
  const rel = relative(resolve(root), absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}
