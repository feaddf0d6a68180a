import { readFileSync } from 'node:fs';

export interface PackageInfo {
  name: string;
  version: string;
  /** Where users learn about cchc (package.json `homepage`), when the package says. */
  homepage: string | null;
  /** The git URL of cchc's source repository (package.json `repository`), when the package says. */
  repository: string | null;
}

let cached: PackageInfo | null = null;

/** cchc's own name, version and home page, read once from its package.json. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    name?: unknown;
    version?: unknown;
    homepage?: unknown;
    repository?: unknown;
  };
  const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository as { url?: unknown } | undefined)?.url;
  cached = {
    name: typeof pkg.name === 'string' ? pkg.name : 'cchc',
    version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
    homepage: typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : null,
    repository: typeof repo === 'string' && repo !== '' ? repo : null,
  };
  return cached;
}
