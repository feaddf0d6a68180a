import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, changedScope, defaultBase, restrictToFiles } from '../../../src/repo/changed.js';
import { UsageError } from '../../../src/cli/errors.js';
import { setLang } from '../../../src/i18n/index.js';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
const write = (rel: string, text: string) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

beforeAll(() => {
  setLang('en');
  dir = mkdtempSync(join(tmpdir(), 'cchc-changed-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'it@example.org');
  git('config', 'user.name', 'IT');
  write('cchc.yaml', 'a: 1\n');
  write('submissions/2024Q1/xa-a.yaml', 'unit: xa-a\n');
  write('submissions/2024Q1/xa-b.yaml', 'unit: xa-b\n');
  write('submissions/2024Q1/xa-gone.yaml', 'unit: xa-gone\n');
  write('.gitignore', 'out/\n');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'feature');
  write('submissions/2024Q1/xa-b.yaml', 'unit: xa-b\nperiod: 2024Q1\n');
  git('rm', '-q', 'submissions/2024Q1/xa-gone.yaml');
  git('commit', '-qam', 'change b, delete gone');
  write('submissions/2024Q2/xa-a.yaml', 'unit: xa-a\n'); // untracked
  write('out/ignored.yaml', 'x\n'); // ignored
});
afterAll(() => {
  setLang('vi');
  rmSync(dir, { recursive: true, force: true });
});

describe('changedFiles', () => {
  it('lists committed, uncommitted and untracked changes since the base, not deleted or ignored files', () => {
    expect(changedFiles(dir, 'main').map((f) => f.slice(dir.length + 1))).toEqual([
      'submissions/2024Q1/xa-b.yaml',
      'submissions/2024Q2/xa-a.yaml',
    ]);
    write('submissions/2024Q1/xa-a.yaml', 'unit: xa-a\nchanged: true\n'); // unstaged edit
    expect(changedFiles(join(dir, 'submissions'), 'main').map((f) => f.slice(dir.length + 1))).toEqual([
      'submissions/2024Q1/xa-a.yaml',
      'submissions/2024Q1/xa-b.yaml',
      'submissions/2024Q2/xa-a.yaml',
    ]);
    git('checkout', '-q', '--', 'submissions/2024Q1/xa-a.yaml');
  });

  it('with HEAD as the base sees only what is not committed', () => {
    expect(changedFiles(dir, 'HEAD').map((f) => f.slice(dir.length + 1))).toEqual(['submissions/2024Q2/xa-a.yaml']);
    expect(defaultBase(dir)).toBe('HEAD'); // no origin here
  });

  it('an unknown ref or a folder outside git is a usage error', () => {
    expect(() => changedFiles(dir, 'no-such-branch')).toThrow(UsageError);
    expect(() => changedFiles(dir, 'no-such-branch')).toThrow('Git reference "no-such-branch"');
    const outside = mkdtempSync(join(tmpdir(), 'cchc-nogit-'));
    try {
      expect(() => changedFiles(outside, 'main')).toThrow(/not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a missing git program is a usage error', () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      expect(() => changedFiles(dir, 'main')).toThrow(/git program was not found/);
    } finally {
      process.env['PATH'] = path;
    }
  });
});

describe('changedScope and restrictToFiles', () => {
  const d = (file: string) => ({ severity: 'error' as const, code: 'x', message: 'm', file, line: 1, column: 1, cell: null, path: '' });

  it('reports only on changed files, or on all when a context file changed', () => {
    const a = join(dir, 'submissions/2024Q1/xa-a.yaml');
    const b = join(dir, 'submissions/2024Q1/xa-b.yaml');
    const result = { files: 2, fileList: [a, b], diagnostics: [d(a), d(b), d(b)] };
    const scope = changedScope([b], [join(dir, 'cchc.yaml')]);
    expect(restrictToFiles(result, scope)).toEqual({ files: 1, fileList: [b], diagnostics: [d(b), d(b)] });
    expect(changedScope([b, join(dir, 'cchc.yaml')], [join(dir, 'cchc.yaml')])).toBeNull();
    expect(restrictToFiles(result, null)).toBe(result);
  });
});
