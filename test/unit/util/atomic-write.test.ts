import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachBatch, writeFilesAtomic } from '../../../src/util/atomic-write.js';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('writeFilesAtomic with text in pieces', () => {
  it('writes pieces made on demand as one UTF-8 file, next to bytes and text', () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
    function* pieces(): Generator<string> {
      for (let i = 0; i < 50_000; i++) yield `Đơn vị ${i}: “Hành chính” ✓\n`;
    }
    const expected = [...pieces()].join('');
    writeFilesAtomic([
      { path: join(dir, 'a.json'), data: pieces() },
      { path: join(dir, 'b.bin'), data: new Uint8Array([1, 2, 3]) },
      { path: join(dir, 'c.txt'), data: 'xin chào' },
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(expected);
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('xin chào');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.bin', 'c.txt']);
  });

  it('leaves the previous file and no temporary when making a piece fails', () => {
    dir = mkdtempSync(join(tmpdir(), 'cchc-atomic-'));
    writeFileSync(join(dir, 'a.json'), 'old');
    function* failing(): Generator<string> {
      yield 'new start';
      throw new Error('boom');
    }
    expect(() => writeFilesAtomic([{ path: join(dir!, 'a.json'), data: failing() }])).toThrow('boom');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('batches small pieces into large writes without losing or reordering any', () => {
    const batches: string[] = [];
    const pieces = Array.from({ length: 300_000 }, (_, i) => `${i},`);
    forEachBatch(pieces, (t) => batches.push(t));
    expect(batches.join('')).toBe(pieces.join(''));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.length).toBeLessThan(10);
  });
});
