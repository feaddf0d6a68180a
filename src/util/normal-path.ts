import { sep } from 'node:path';

const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

/** An absolute POSIX path that path.resolve would give back unchanged: no ".", "..", "//" or final "/". */
export function isNormalAbsolute(path: string): boolean {
  return sep === '/' && path.length > 1 && path[0] === '/' && !path.endsWith('/') && !path.includes('//') && !DOT_SEGMENT.test(path);
}

/**
 * `path` relative to `base` when both are normalised absolute paths and `path`
 * lies below `base`: what path.relative gives then, without its work (it
 * resolves both paths). Null otherwise: ask path.relative.
 */
export function pathBelow(base: string, path: string): string | null {
  if (path.length > base.length + 1 && path[base.length] === '/' && path.startsWith(base) && isNormalAbsolute(base) && isNormalAbsolute(path)) {
    return path.slice(base.length + 1);
  }
  return null;
}
