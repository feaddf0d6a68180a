import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, changedScope, defaultBase, dependentFiles, explainDependents, restrictToFiles } from '../../../src/repo/changed.js';
import { comparingPeriods } from '../../../src/validate/compared-periods.js';
import { periodOf } from '../../../src/consolidate/period.js';
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

describe('dependentFiles: what a change can change in unchanged files', () => {
  it('periods compared with a period: the next one of its kind, and the half and year holding a quarter', () => {
    const ids = (id: string) => comparingPeriods(periodOf(id)).map((p) => p.id);
    expect(ids('2024Q1')).toEqual(['2024Q2', '2024S1', '2024']);
    expect(ids('2024Q4')).toEqual(['2025Q1', '2024S2', '2024']);
    expect(ids('2024S1')).toEqual(['2024S2']); // a year is compared with its quarters, not its halves
    expect(ids('2024S2')).toEqual(['2025S1']);
    expect(ids('2024')).toEqual(['2025']);
  });

  it('finds the files of the same unit compared with a changed one, and files of another format beside it', () => {
    const root = mkdtempSync(join(tmpdir(), 'cchc-dependents-'));
    const f = (rel: string) => join(root, 'submissions', rel);
    const files = [
      '2024Q1/xa-a.yaml',
      '2024Q2/xa-a.yaml',
      '2024Q2/xa-a.xlsx',
      '2024Q2/xa-b.yaml',
      '2024Q3/xa-a.yaml',
      '2024S1/xa-a.yaml',
      '2024/xa-a.yaml',
      '2024S2/xa-a.yaml',
      '2024h1/xa-a.yaml',
    ].map(f);
    for (const file of files) {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, '');
    }
    try {
      const deps = dependentFiles(root, [f('2024Q2/xa-a.yaml')], files);
      expect([...deps.entries()].map(([k, v]) => [k.slice(root.length + 1), v.map((x) => x.slice(root.length + 1))])).toEqual([
        ['submissions/2024Q3/xa-a.yaml', ['submissions/2024Q2/xa-a.yaml']],
        ['submissions/2024S1/xa-a.yaml', ['submissions/2024Q2/xa-a.yaml']],
        ['submissions/2024/xa-a.yaml', ['submissions/2024Q2/xa-a.yaml']],
        ['submissions/2024Q2/xa-a.xlsx', ['submissions/2024Q2/xa-a.yaml']],
      ]);
      // Two changed files: a file compared with both names both; changed files are never dependents.
      const two = dependentFiles(root, [f('2024Q1/xa-a.yaml'), f('2024Q2/xa-a.yaml')], files);
      expect(two.get(f('2024S1/xa-a.yaml'))).toEqual([f('2024Q1/xa-a.yaml'), f('2024Q2/xa-a.yaml')]);
      expect(two.has(f('2024Q2/xa-a.yaml'))).toBe(false);
      // A file outside its canonical period folder is where no rule looks for it.
      expect(dependentFiles(root, [f('2024h1/xa-a.yaml')], files).size).toBe(0);
      // Only files of the run are listed (a path argument may narrow it).
      expect(dependentFiles(root, [f('2024Q2/xa-a.yaml')], [f('2024Q2/xa-a.yaml'), f('2024Q3/xa-a.yaml')]).size).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reports only the comparing findings of a dependent file, saying why it was checked', () => {
    const d = (file: string, code: string) => ({ severity: 'warning' as const, code, message: 'm.', file, line: 1, column: 1, cell: null, path: '' });
    const result = { files: 2, fileList: ['q1.yaml', 'q2.yaml'], diagnostics: [d('q1.yaml', 'missing-value'), d('q2.yaml', 'value-jump'), d('q2.yaml', 'missing-value')] };
    const out = explainDependents(result, [{ abs: '/r/q1.yaml', file: 'q1.yaml' }, { abs: '/r/q2.yaml', file: 'q2.yaml' }], new Map([['/r/q2.yaml', ['/r/q1.yaml']]]), (a) => a.slice(3), new Set(['value-jump']));
    expect(out.diagnostics.map((x) => [x.file, x.code, x.message])).toEqual([
      ['q1.yaml', 'missing-value', 'm.'],
      ['q2.yaml', 'value-jump', 'm. (This file did not change; it was checked again because q1.yaml changed.)'],
    ]);
    expect(out.dependents).toEqual([{ file: 'q2.yaml', changed: ['q1.yaml'] }]);
    expect(explainDependents(result, [], new Map(), (a) => a, new Set())).toBe(result);
  });
});
