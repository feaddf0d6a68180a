import { existsSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';
import { isWithin } from '../util/read-input.js';
import { readRepoFile } from './read-repo-file.js';

/** A release tarball of cchc (`npm pack`) is about 1.3 MB; anything far larger is not one. */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

/** An install source that names a file on disk rather than a git URL, a registry name or a URL. */
export function isLocalPackage(source: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) return false; // git+https:, github:, file: …
  return /^(\.{1,2}[\\/]|[\\/]|~[\\/])/.test(source) || /\.(tgz|tar\.gz)$/i.test(source);
}

/** What a tarball holds: the name and version of its package/package.json, or null when it is no npm package. */
export async function packageOf(bytes: Uint8Array): Promise<{ name: string; version: string } | null> {
  const { extract } = await import('tar-stream');
  return new Promise((done) => {
    let found: { name: string; version: string } | null = null;
    const tar = extract();
    tar.on('entry', (header, stream, next) => {
      if (header.name !== 'package/package.json' || found) {
        stream.on('end', () => next());
        stream.resume();
        return;
      }
      const parts: Buffer[] = [];
      stream.on('data', (c: Buffer) => parts.push(c));
      stream.on('end', () => {
        try {
          const json = JSON.parse(Buffer.concat(parts).toString('utf8')) as { name?: unknown; version?: unknown };
          if (typeof json.name === 'string' && typeof json.version === 'string') found = { name: json.name, version: json.version };
        } catch {
          // not JSON: not a package
        }
        next();
      });
    });
    tar.on('finish', () => done(found));
    tar.on('error', () => done(null));
    const gunzip = createGunzip();
    gunzip.on('error', () => done(null));
    Readable.from([Buffer.from(bytes)]).pipe(gunzip).pipe(tar);
  });
}

export type PackagePlacement =
  | { kind: 'remote' }
  | { kind: 'in-repository'; source: string; version: string }
  | { kind: 'copy'; from: string; path: string; source: string; version: string; bytes: Buffer }
  | { kind: 'missing'; file: string }
  | { kind: 'not-cchc'; file: string };

/**
 * Where CI gets a local `--cchc-source` from. A path inside the new repository
 * (how CI will name it) must be a cchc tarball already there; a file elsewhere
 * (relative to the working folder, or absolute) is checked and copied to
 * tools/, and CI installs `./tools/<name>`: a path that exists only on this
 * machine would fail the first CI run with "npm error enoent".
 */
export async function placePackage(source: string, repoDir: string, cwd: string): Promise<PackagePlacement> {
  if (!isLocalPackage(source)) return { kind: 'remote' };
  const inRepo = isAbsolute(source) ? null : resolve(repoDir, source);
  const candidates = [...(inRepo && isWithin(repoDir, inRepo) ? [inRepo] : []), resolve(cwd, source)];
  const file = candidates.find((f) => existsSync(f));
  if (file === undefined) return { kind: 'missing', file: source };
  // A file that cannot be read (a folder, a FIFO, too large) is a UsageError naming it, as for any input.
  const bytes = readRepoFile(file, source, { maxBytes: MAX_PACKAGE_BYTES });
  const pkg = await packageOf(bytes);
  if (pkg === null || pkg.name !== 'cchc') return { kind: 'not-cchc', file: source };
  if (file === inRepo) return { kind: 'in-repository', source: `./${relative(repoDir, file).split('\\').join('/')}`, version: pkg.version };
  const path = `tools/${basename(file)}`;
  return { kind: 'copy', from: file, path, source: `./${path}`, version: pkg.version, bytes };
}
