import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachBatch, recoverInterruptedWrites, writeFilesAtomic } from '../../../src/util/atomic-write.js';

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

describe('a journal in the output folder (the folder may be committed: anyone may have put one there)', () => {
  const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
  /** A process id no process has (the journal's run is dead, so its journal is acted on). */
  const DEAD = 4_194_303;
  const journalName = `.cchc-${host}-${DEAD}-1.journal`;

  function setUp() {
    dir = mkdtempSync(join(tmpdir(), 'cchc-journal-'));
    const out = join(dir, 'bao-cao');
    mkdirSync(out);
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    writeFileSync(join(dir, 'cchc.yaml'), 'body: {}\n');
    return out;
  }
  const write = (out: string) => writeFilesAtomic([{ path: join(out, 'a.docx'), data: 'new a' }, { path: join(out, 'a.xlsx'), data: 'new b' }]);

  it.each([
    ['a temporary elsewhere', { temp: '../secret.txt', target: 'stolen.txt', backup: '../cchc.yaml' }],
    // (Never a system file here: with the defect this test guards against, it would be moved.)
    ['an absolute temporary', { temp: '<dir>/secret.txt', target: 'stolen.txt', backup: '<dir>/cchc.yaml' }],
    ['a target elsewhere', { temp: `.x.cchc-${host}-${DEAD}-1.tmp`, target: '../cchc.yaml', backup: null }],
    ['a temporary of another run', { temp: `.stolen.txt.cchc-${host}-1-1.tmp`, target: 'stolen.txt', backup: null }],
    ['a kept file elsewhere', { temp: `.stolen.txt.cchc-${host}-${DEAD}-1.tmp`, target: 'stolen.txt', backup: '../cchc.yaml' }],
  ])('one naming %s is left alone and moves or removes nothing', (_, named) => {
    const out = setUp();
    const entry = JSON.parse(JSON.stringify(named).replace(/<dir>/g, dir!)) as typeof named;
    writeFileSync(join(out, `.stolen.txt.cchc-${host}-1-1.tmp`), 'x');
    writeFileSync(join(out, journalName), JSON.stringify({ files: [entry] }));
    expect(write(out)).toEqual([]);
    expect(readFileSync(join(dir!, 'secret.txt'), 'utf8')).toBe('secret');
    expect(readFileSync(join(dir!, 'cchc.yaml'), 'utf8')).toBe('body: {}\n');
    expect(existsSync(join(out, 'stolen.txt'))).toBe(false);
    expect(readFileSync(join(out, journalName), 'utf8')).toBe(JSON.stringify({ files: [entry] }));
    expect(readFileSync(join(out, 'a.docx'), 'utf8')).toBe('new a');
  });

  it('a journal that is a named pipe, a link or too large is not read (no hang)', () => {
    const out = setUp();
    expect(spawnSync('mkfifo', [join(out, journalName)]).status).toBe(0);
    symlinkSync(join(dir!, 'secret.txt'), join(out, `.cchc-${host}-${DEAD}-2.journal`));
    writeFileSync(join(out, `.cchc-${host}-${DEAD}-3.journal`), `{"files":[${' '.repeat(70 * 1024)}]}`);
    expect(write(out)).toEqual([]);
    expect(readFileSync(join(dir!, 'secret.txt'), 'utf8')).toBe('secret');
  });

  it('one a killed run of cchc wrote is still completed, and one cut short removed', () => {
    const out = setUp();
    const temp = `.a.docx.cchc-${host}-${DEAD}-7.tmp`;
    const backup = `.a.docx.cchc-${host}-${DEAD}-9.old.tmp`;
    writeFileSync(join(out, 'a.docx'), 'old a');
    writeFileSync(join(out, temp), 'killed run a');
    linkSync(join(out, 'a.docx'), join(out, backup));
    writeFileSync(join(out, journalName), JSON.stringify({ files: [{ temp, target: 'a.docx', backup }] }));
    writeFileSync(join(out, `.cchc-${host}-${DEAD}-2.journal`), '{"files":[{"te');
    expect(recoverInterruptedWrites(out)).toEqual([join(out, 'a.docx')]);
    expect(readFileSync(join(out, 'a.docx'), 'utf8')).toBe('killed run a');
    expect(readdirSync(out)).toEqual(['a.docx']);
  });
});
