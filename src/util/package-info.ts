import { readFileSync } from 'node:fs';

export interface PackageInfo {
  name: string;
  version: string;
  /** Where users learn about cchc (package.json `homepage`), when the package says. */
  homepage: string | null;
}

let cached: PackageInfo | null = null;

/** cchc's own name, version and home page, read once from its package.json. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name?: unknown;
    version?: unknown;
    homepage?: unknown;
  };
  cached = {
    name: typeof pkg.name === 'string' ? pkg.name : 'cchc',
    version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    homepage: typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : null,
  };
  return cached;
}
