import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithin, readInputFile } from '../../../src/util/read-input.js';
import { pathBelow } from '../../../src/util/normal-path.js';

const segment = fc.constantFrom('a', 'b', 'kho', '.', '..', '', '.git', '..x', 'x..', 'tệp');
const path = fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

describe('pathBelow', () => {
  it('answers as path.relative whenever it answers', () => {
    fc.assert(
      fc.property(path, path, (base, p) => {
        const below = pathBelow(base, p);
        if (below !== null) expect(below).toBe(relative(base, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for normalised paths below the base, and only for them', () => {
    expect(pathBelow('/kho', '/kho/submissions/2024Q1/xa.yaml')).toBe('submissions/2024Q1/xa.yaml');
    expect(pathBelow('/kho', '/kho')).toBeNull();
    expect(pathBelow('/kho', '/khotep/x.yaml')).toBeNull();
    expect(pathBelow('/kho', '/kho/../x.yaml')).toBeNull();
    expect(pathBelow('/kho/', '/kho/x.yaml')).toBeNull();
    expect(pathBelow('/kho', '/kho//x.yaml')).toBeNull();
    expect(pathBelow('/kho', '/kho/./x.yaml')).toBeNull();
  });
});

describe('isWithin', () => {
  it('agrees with comparing the resolved paths', () => {
    fc.assert(
      fc.property(path, path, (root, p) => {
        const rel = relative(resolve(root), resolve(p));
        expect(isWithin(root, p)).toBe(rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('/')));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readInputFile', () => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'cchc-read-input-')));
  const root = join(base, 'kho');
  const outside = join(base, 'ngoai');
  mkdirSync(join(root, 'submissions'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'submissions/a.yaml'), 'unit: a\n');
  writeFileSync(join(root, 'submissions/empty.yaml'), '');
  writeFileSync(join(outside, 'secret.yaml'), 'secret: 1\n');
  symlinkSync(join(root, 'submissions/a.yaml'), join(root, 'submissions/link-inside.yaml'));
  symlinkSync(join(outside, 'secret.yaml'), join(root, 'submissions/link-outside.yaml'));
  symlinkSync(join(root, 'submissions/missing.yaml'), join(root, 'submissions/dangling.yaml'));
  symlinkSync(outside, join(root, 'linked-folder'));
  const read = (p: string, maxBytes = 1000) => readInputFile(join(root, p), { root, maxBytes });

  it('reads regular files and links that stay inside the repository', () => {
    expect(read('submissions/a.yaml')).toEqual({ bytes: Buffer.from('unit: a\n') });
    expect(read('submissions/link-inside.yaml')).toEqual({ bytes: Buffer.from('unit: a\n') });
    expect(read('submissions/empty.yaml')).toEqual({ bytes: Buffer.alloc(0) });
  });

  it('refuses, unread, links and folders that lead outside it, naming where they lead', () => {
    const target = join(outside, 'secret.yaml');
    expect(read('submissions/link-outside.yaml')).toEqual({ refusal: { code: 'file-outside-repository', params: { target } } });
    expect(read('linked-folder/secret.yaml')).toEqual({ refusal: { code: 'file-outside-repository', params: { target } } });
  });

  it('says why a missing file or a dangling link cannot be read', () => {
    for (const p of ['submissions/missing.yaml', 'submissions/dangling.yaml', 'nowhere/x.yaml']) {
      const r = read(p);
      if (!('refusal' in r) || r.refusal.code !== 'file-unreadable') throw new Error(`${p} was read`);
      expect(r.refusal.params.errno).toBe('ENOENT');
    }
  });

  it('refuses what is not a regular file, and files over the limit', () => {
    expect(read('submissions')).toEqual({ refusal: { code: 'file-not-regular', params: {} } });
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [join(root, 'submissions/pipe.yaml')]);
      expect(read('submissions/pipe.yaml')).toEqual({ refusal: { code: 'file-not-regular', params: {} } });
    }
    expect(read('submissions/a.yaml', 4)).toEqual({ refusal: { code: 'file-too-large', params: { size: 8, limit: 4 } } });
    expect(read('submissions/a.yaml', 8)).toEqual({ bytes: Buffer.from('unit: a\n') });
  });
});
