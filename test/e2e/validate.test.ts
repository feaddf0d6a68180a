import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';

describe('cchc validate (built CLI)', () => {
  it('passes a clean repository with exit 0 and a Vietnamese summary', () => {
    const r = cchc(['validate'], { cwd: BASE_REPO });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('trong 2 tệp');
  });

  it('reports injected errors with line and column, exit 1, in JSON', () => {
    const root = tempRepo();
    const file = join(root, 'submissions/2024Q2/xa-an-binh.yaml');
    const text = readFileSync(file, 'utf8')
      .replace('hs-dung-han: 396', 'hs-dung-han: 401') // part larger than its whole (hs-giai-quyet 400)
      .replace('hs-qua-han: 4', 'hs-qua-han: 4\n      hs-qua-han: 4') // duplicate key
      .replace('tthc-cong-khai: 120', 'tthc-cong-khia: 120'); // misspelled indicator
    writeFileSync(file, text);
    const r = cchc(['validate', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      version: number;
      files: number;
      diagnostics: { code: string; line: number; column: number; cell: null; file: string; path: string }[];
      summary: { errors: number };
    };
    expect(out.version).toBe(1);
    expect(out.files).toBe(2);
    const got = out.diagnostics.filter((d) => d.file.endsWith('2024Q2/xa-an-binh.yaml')).map((d) => [d.code, d.line, d.column]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['unknown-indicator', 9, 7],
        ['part-exceeds-whole', 14, 20],
        ['yaml-duplicate-key', 16, 7],
      ]),
    );
    const unknown = out.diagnostics.find((d) => d.code === 'unknown-indicator')!;
    expect(unknown.path).toBe('/areas/tthc/values/tthc-cong-khia');
    expect(unknown.cell).toBeNull();
  });

  it('flags a submission in the wrong period folder', () => {
    const root = tempRepo({
      'submissions/2024Q3/xa-an-binh.yaml': readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml')),
    });
    const r = cchc(['validate', 'submissions/2024Q3', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number }[] };
    expect(out.diagnostics.map((d) => [d.code, d.line])).toEqual([['period-folder-mismatch', 2]]);
  });

  it('speaks English with --lang en and with CCHC_LANG=en', () => {
    const root = tempRepo({ 'submissions/2024Q3/xa-an-binh.yaml': 'unit: xa-an-binh\n' });
    for (const r of [
      cchc(['validate', '--lang', 'en'], { cwd: root }),
      cchc(['validate'], { cwd: root, env: { CCHC_LANG: 'en' } }),
    ]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Required field "period" is missing');
      expect(r.stdout).toMatch(/\d+ problems? \(\d+ errors?/);
    }
  });

  it('--fail-on warning turns warnings into a failing exit code', () => {
    const root = tempRepo({
      'submissions/2024Q3/xa-an-binh.yaml': readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8')
        .replace('period: 2024Q2', 'period: 2024Q3')
        .replace('submitted: "2024-06-10"', 'submitted: "2024-09-10"')
        .replace(/\n\s+hs-qua-han: 4\n/, '\n'),
    });
    // hs-qua-han missing: a warning (required value), plus hs-giai-quyet = sum no longer checkable.
    expect(cchc(['validate'], { cwd: root }).code).toBe(0);
    const r = cchc(['validate', '--fail-on', 'warning'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('missing-value');
  });

  it('goes on after malformed files and never prints a stack trace', () => {
    const root = tempRepo({
      'submissions/2024Q3/binary.yaml': Buffer.from([0x00, 0x01, 0x02, 0xff]),
      'submissions/2024Q3/empty.yaml': '',
      'submissions/2024Q3/list.yaml': '- a\n- b\n',
      'submissions/2024Q3/deep.yaml': 'a: ' + '['.repeat(5000) + ']'.repeat(5000),
      'submissions/2024Q3/broken.yaml': 'unit: [\n',
    });
    const r = cchc(['validate', '-f', 'json'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { files: number; diagnostics: { code: string; file: string }[] };
    expect(out.files).toBe(7);
    const codes = Object.fromEntries(out.diagnostics.map((d) => [d.file.split('/').pop(), d.code]));
    expect(codes).toMatchObject({
      'binary.yaml': 'file-binary',
      'empty.yaml': 'file-empty',
      'list.yaml': 'not-an-object',
      'deep.yaml': 'yaml-too-deep',
      'broken.yaml': 'yaml-syntax',
    });
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('usage problems exit 2 with one localised line', () => {
    const bad = cchc(['validate', '--bogus'], { cwd: BASE_REPO });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('Tùy chọn không hợp lệ: --bogus');
    const missing = cchc(['validate', 'no/such/file.yaml'], { cwd: BASE_REPO });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy đường dẫn');
    const norepo = cchc(['validate'], { cwd: '/' });
    expect(norepo.code).toBe(2);
    expect(norepo.stderr).toContain('cchc.yaml');
    const badFormat = cchc(['validate', '-f', 'xml'], { cwd: BASE_REPO });
    expect(badFormat.code).toBe(2);
  });

  it('reports a wrong cchc.yaml with its line: a finding of validate (exit 1), a stop for the other commands (exit 2)', () => {
    const root = tempRepo({ 'cchc.yaml': 'body:\n  name: X\n  shortName: Y\n  place: Z\nsigner: { authority: A, title: B, name: C }\ndue: { quarter: 40 }\n' });
    const r = cchc(['validate'], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\.\/cchc\.yaml\n  6:\d+ /);
    const status = cchc(['status', '--period', '2024Q2'], { cwd: root });
    expect(status.code).toBe(2);
    expect(status.stderr).toMatch(/cchc\.yaml:6:\d+/);
  });

  it('has --help, per-command help and --version', () => {
    const help = cchc(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    const sub = cchc(['validate', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--fail-on');
    const version = cchc(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('does not modify input files', () => {
    const root = tempRepo();
    const file = join(root, 'submissions/2024Q2/xa-an-binh.yaml');
    const before = readFileSync(file);
    cchc(['validate', '-f', 'json'], { cwd: root });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
