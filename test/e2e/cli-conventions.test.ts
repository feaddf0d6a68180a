/**
 * The command line behaves as people expect of one: help when called bare,
 * a suggestion for a typo, -v, one meaning of -o, messages in the language
 * asked for with English plurals right, --quiet and --max-warnings as eslint
 * has them, and outputs that never land where they do harm.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc, ROOT } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The fixture's Q2 report for Q3 with one required value's line left out: warnings, no error. */
function repoWithOneWarning(): string {
  return tempRepo({
    'submissions/2024Q3/xa-an-binh.yaml': readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8')
      .replace('period: 2024Q2', 'period: 2024Q3')
      .replace('submitted: "2024-06-10"', 'submitted: "2024-09-10"')
      .replace(/\n\s+hs-qua-han: 4\n/, '\n'),
  });
}

describe('help, commands and version', () => {
  it('bare cchc prints the help on stdout and exits 0', () => {
    const r = cchc([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Cách dùng: cchc /);
    for (const command of ['validate', 'status', 'report', 'template', 'convert', 'schema', 'init']) expect(r.stdout).toContain(`  ${command} `);
    const en = cchc(['--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Usage: cchc /);
    expect(en.stdout).toContain('Commands:');
  });

  it('a mistyped command exits 2 with the closest command', () => {
    const r = cchc(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('cchc: Lệnh không tồn tại: valdate. Có phải "cchc validate"? Xem "cchc --help".\n');
    const en = cchc(['repot', '--period', '2024Q2'], { env: { CCHC_LANG: 'en' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('cchc: Unknown command: repot. Did you mean "cchc report"? See "cchc --help".\n');
    const far = cchc(['nosuch']);
    expect(far.stderr).toBe('cchc: Lệnh không tồn tại: nosuch. Xem "cchc --help".\n');
  });

  it('cchc help NAME shows the command, and an unknown NAME is an error', () => {
    const ok = cchc(['help', 'validate']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Cách dùng: cchc validate/);
    expect(ok.stdout).toContain('--max-warnings');
    const bad = cchc(['help', 'nosuch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('cchc: Lệnh không tồn tại: nosuch. Xem "cchc --help".\n');
    expect(cchc(['help', 'staus']).stderr).toContain('Có phải "cchc status"?');
  });

  it('-v and --version print the version', () => {
    for (const flag of ['-v', '--version']) {
      const r = cchc([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });
});

describe('language', () => {
  it('CCHC_LANG is checked as --lang is', () => {
    const env = cchc(['validate'], { cwd: BASE_REPO, env: { CCHC_LANG: 'fr' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('cchc: Biến môi trường CCHC_LANG=fr: ngôn ngữ không hỗ trợ (dùng vi hoặc en, hoặc bỏ biến này).\n');
    const flag = cchc(['validate', '--lang', 'fr'], { cwd: BASE_REPO });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('cchc: Ngôn ngữ không hỗ trợ: fr (dùng vi hoặc en).\n');
    // --lang wins over the variable, and an empty variable means the default.
    expect(cchc(['validate', '--lang', 'en'], { cwd: BASE_REPO, env: { CCHC_LANG: 'fr' } }).stdout).toBe('No problems in 2 files.\n');
    expect(cchc(['validate'], { cwd: BASE_REPO, env: { CCHC_LANG: 'EN' } }).stdout).toBe('No problems in 2 files.\n');
    expect(cchc(['validate'], { cwd: BASE_REPO, env: { CCHC_LANG: '' } }).stdout).toBe('Không có vấn đề nào trong 2 tệp.\n');
  });

  it('English counts take the singular for one', () => {
    const repo = tempRepo({ 'submissions/2024Q3/xa-an-binh.yaml': 'unit: xa-an-binh\nperiod: 2024Q3\nareas: {}\n' });
    const one = cchc(['validate', 'submissions/2024Q3/xa-an-binh.yaml', '--lang', 'en'], { cwd: repo });
    expect(one.stdout).toContain('1 problem (1 error, 0 warnings, 0 infos) in 1 file\n');
    const clean = cchc(['validate', 'submissions/2024Q2/xa-an-binh.yaml', '--lang', 'en'], { cwd: repo });
    expect(clean.stdout).toBe('No problems in 1 file.\n');
  });
});

describe('--quiet and --max-warnings', () => {
  it('--quiet shows errors only; the exit code is unchanged', () => {
    const repo = repoWithOneWarning();
    const all = cchc(['validate'], { cwd: repo });
    expect(all.stdout).toContain('cảnh báo');
    const quiet = cchc(['validate', '--quiet'], { cwd: repo });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('Không có vấn đề nào trong 3 tệp.\n');
    const json = JSON.parse(cchc(['validate', '-q', '--format', 'json'], { cwd: repo }).stdout) as { diagnostics: unknown[] };
    expect(json.diagnostics).toEqual([]);
  });

  it('--max-warnings N fails the run when there are more warnings than N', () => {
    const repo = repoWithOneWarning();
    const warnings = (JSON.parse(cchc(['validate', '--format', 'json'], { cwd: repo }).stdout) as { diagnostics: { severity: string }[] }).diagnostics.filter(
      (d) => d.severity === 'warning',
    ).length;
    expect(warnings).toBeGreaterThan(0);
    expect(cchc(['validate', '--max-warnings', String(warnings)], { cwd: repo }).code).toBe(0);
    const over = cchc(['validate', '--max-warnings', String(warnings - 1)], { cwd: repo });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(`cchc: Có ${warnings} cảnh báo, vượt mức tối đa --max-warnings ${warnings - 1}.\n`);
    const bad = cchc(['validate', '--max-warnings', 'nhiều'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-warnings không hợp lệ: nhiều');
  });
});

describe('-o is where the output goes, in every command', () => {
  it('validate -o FILE writes the last format there (and --output still works)', () => {
    const repo = tempRepo();
    expect(cchc(['validate', '-f', 'json', '-o', 'kq.json'], { cwd: repo }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'kq.json'), 'utf8'))).toHaveProperty('diagnostics');
    expect(cchc(['validate', '-f', 'json', '--output', 'kq2.json'], { cwd: repo }).code).toBe(0);
    expect(existsSync(join(repo, 'kq2.json'))).toBe(true);
    for (const command of ['validate', 'report', 'template', 'convert', 'schema']) {
      expect(cchc([command, '--help']).stdout, command).toMatch(/-o, --out </);
    }
  });
});

describe('schema works on a repository like every command', () => {
  it('outside a repository: exit 2 and nothing written; --plan FILE -o DIR needs none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-no-repo-'));
    const r = cchc(['schema'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cchc.yaml');
    expect(existsSync(join(dir, 'schemas'))).toBe(false);
    const plan = join(ROOT, 'plans', 'tu-ky-2021-2025.yaml');
    const needsOut = cchc(['schema', '--plan', plan], { cwd: dir });
    expect(needsOut.code).toBe(2);
    expect(needsOut.stderr).toContain('--out');
    const made = cchc(['schema', '--plan', plan, '-o', 'luoc-do'], { cwd: dir });
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'luoc-do', 'submission.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', 'submission.schema.json'), 'utf8'));
  });
});

describe('report never writes over a file or a report someone edited', () => {
  it('--out naming a file is a usage error, and no folder of that name is made', () => {
    const repo = tempRepo();
    writeFileSync(join(repo, 'ghi-chu.txt'), 'x');
    const existing = cchc(['report', '--period', '2024Q2', '--out', 'ghi-chu.txt'], { cwd: repo });
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain('--out ghi-chu.txt: --out là thư mục ghi báo cáo, không phải tên tệp');
    const named = cchc(['report', '--period', '2024Q2', '--out', 'bao-cao-quy-2.docx'], { cwd: repo });
    expect(named.code).toBe(2);
    expect(existsSync(join(repo, 'bao-cao-quy-2.docx'))).toBe(false);
  });

  it('replaces the reports it wrote when the figures change, but not one edited since; --force replaces it', () => {
    const repo = tempRepo();
    const args = ['report', '--period', '2024Q2', '--format', 'docx,json'];
    expect(cchc(args, { cwd: repo }).code).toBe(0);
    // New figures: the saved reports are cchc's own, so they are replaced.
    const submission = join(repo, 'submissions/2024Q2/xa-an-binh.yaml');
    writeFileSync(submission, readFileSync(submission, 'utf8').replace('Bộ phận Một cửa hoạt động ổn định.', 'Bộ phận Một cửa hoạt động rất ổn định.'));
    expect(cchc(args, { cwd: repo }).code).toBe(0);
    const json = join(repo, 'bao-cao', 'bao-cao-cchc-2024Q2.json');
    expect(readFileSync(json, 'utf8')).toContain('rất ổn định');
    // Someone edits the saved report: the next run stops and says which file.
    const edited = readFileSync(json, 'utf8').replace('"period"', '"period" ');
    writeFileSync(json, edited);
    const r = cchc(args, { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'cchc: Không ghi đè bao-cao/bao-cao-cchc-2024Q2.json: tệp đã được sửa sau lần cchc ghi gần nhất (hoặc không do cchc ghi trên máy này), có thể chứa phần sửa tay. ' +
        'Lưu bản đã sửa ở nơi khác nếu cần, rồi chạy lại với --force để ghi đè, hoặc dùng --out THƯ_MỤC khác.\n',
    );
    expect(readFileSync(json, 'utf8')).toBe(edited);
    const en = cchc([...args, '--lang', 'en'], { cwd: repo });
    expect(en.stderr).toContain('Not overwriting bao-cao/bao-cao-cchc-2024Q2.json: it has been changed since cchc last wrote it');
    expect(cchc([...args, '--force'], { cwd: repo }).code).toBe(0);
    expect(readFileSync(json, 'utf8')).not.toBe(edited);
    // What cchc wrote is remembered outside git's view.
    expect(readFileSync(join(repo, '.cchc-cache', '.gitignore'), 'utf8')).toBe('*\n');
  });
});

describe('progress', () => {
  it('never writes a progress line into piped or CI output', () => {
    const repo = tempRepo();
    mkdirSync(join(repo, 'out'));
    const r = cchc(['template', '--all', '--period', '2024Q3', '-o', 'out'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\r');
  });
});
