import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { tempRepo } from '../helpers/fixture-repo.js';

/**
 * `validate --changed` on a pull request that edits an earlier quarter: the
 * consequences show in files the pull request does not touch (the next
 * quarter's value jump, the half year that no longer matches its quarters),
 * and must be reported there, saying which change caused them.
 */
let repo: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const Q1 = 'submissions/2024Q1/xa-an-binh.yaml';

interface JsonOutput {
  files: number;
  diagnostics: { code: string; file: string; message: string; severity: string }[];
  dependents?: { file: string; changed: string[] }[];
}

beforeAll(() => {
  repo = tempRepo({
    // The unit's half year: its figures agree with its two quarters (hscv-tong 300 + 300); required values left out.
    'submissions/2024S1/xa-an-binh.yaml': [
      'unit: xa-an-binh',
      'period: 2024S1',
      'submitted: "2024-06-12"',
      'areas:',
      '  chinh-quyen-so:',
      '    values: { hscv-tong: 600 }',
      '',
    ].join('\n'),
  });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'cntt@example.org');
  git('config', 'user.name', 'Cán bộ CNTT');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'sua-quy-1');
  // The pull request corrects quarter I: 300 files processed becomes 3 000.
  writeFileSync(join(repo, Q1), readFileSync(join(repo, Q1), 'utf8').replace('hscv-tong: 300', 'hscv-tong: 3000'));
  git('commit', '-qam', 'Sửa số liệu quý I');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('validate --changed and files that are compared with a changed one', () => {
  it('reports the value jump in the next quarter and the mismatch in the half year, saying they come from the change', () => {
    const r = cchc(['validate', '--changed', '--base', 'main', '--format', 'json'], { cwd: repo });
    const out = JSON.parse(r.stdout) as JsonOutput;
    expect(out.files).toBe(3);
    expect(out.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['submissions/2024Q2/xa-an-binh.yaml', 'value-jump'],
      ['submissions/2024S1/xa-an-binh.yaml', 'sub-period-mismatch'],
    ]);
    for (const d of out.diagnostics) expect(d.message).toMatch(/\(Tệp này không đổi nhưng được kiểm tra lại vì submissions\/2024Q1\/xa-an-binh\.yaml đã thay đổi\.\)$/);
    expect(out.dependents).toEqual([
      { file: 'submissions/2024Q2/xa-an-binh.yaml', changed: ['submissions/2024Q1/xa-an-binh.yaml'] },
      { file: 'submissions/2024S1/xa-an-binh.yaml', changed: ['submissions/2024Q1/xa-an-binh.yaml'] },
    ]);
    // Warnings only: the half year's own, older problems (its missing required values) are not this change's doing.
    expect(r.code).toBe(0);
    const whole = JSON.parse(cchc(['validate', '--format', 'json'], { cwd: repo }).stdout) as JsonOutput;
    expect(whole.diagnostics.some((d) => d.file === 'submissions/2024S1/xa-an-binh.yaml' && d.code === 'missing-value')).toBe(true);
  });

  it('says so for people and in CI annotations', () => {
    const stylish = cchc(['validate', '--changed', '--base', 'main'], { cwd: repo });
    expect(stylish.stdout).toContain(
      'Kiểm tra lại 2 tệp không đổi được so sánh với các tệp đã thay đổi (kỳ trước, các quý của kỳ):\n' +
        '  ./submissions/2024Q2/xa-an-binh.yaml  vì submissions/2024Q1/xa-an-binh.yaml đã thay đổi\n' +
        '  ./submissions/2024S1/xa-an-binh.yaml  vì submissions/2024Q1/xa-an-binh.yaml đã thay đổi\n',
    );
    expect(stylish.stdout).toMatch(/cảnh báo +.*thay đổi bất thường so với kỳ 2024Q1 \(3\.000 → 300.*đã thay đổi\.\) +value-jump/);
    const github = cchc(['validate', '--changed', '--base', 'main', '--format', 'github', '--lang', 'en'], { cwd: repo });
    expect(github.stdout).toMatch(/^::warning file=submissions\/2024Q2\/xa-an-binh\.yaml,line=\d+,col=\d+,title=value-jump::.*checked again because submissions\/2024Q1\/xa-an-binh\.yaml changed\.\)$/m);
  });

  it('a fix in the later quarter too: both files changed, nothing said about dependents', () => {
    const q2 = 'submissions/2024Q2/xa-an-binh.yaml';
    const before = readFileSync(join(repo, q2), 'utf8');
    writeFileSync(join(repo, q2), before.replace('hscv-tong: 300', 'hscv-tong: 2900'));
    try {
      const out = JSON.parse(cchc(['validate', '--changed', '--base', 'main', '--format', 'json'], { cwd: repo }).stdout) as JsonOutput;
      expect(out.dependents).toEqual([{ file: 'submissions/2024S1/xa-an-binh.yaml', changed: ['submissions/2024Q1/xa-an-binh.yaml', 'submissions/2024Q2/xa-an-binh.yaml'] }]);
      expect(out.diagnostics.map((d) => [d.file, d.code])).toEqual([['submissions/2024S1/xa-an-binh.yaml', 'sub-period-mismatch']]);
    } finally {
      writeFileSync(join(repo, q2), before);
    }
  });
});
