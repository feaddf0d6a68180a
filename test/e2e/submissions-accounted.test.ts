/**
 * Every file a unit puts under submissions/ is accounted for: a submission,
 * or an error saying what to do with it. A clerk saves the form as .xls, a
 * town sends its LibreOffice .ods, a department uploads its Word report; CI
 * must fail on them, and status must not call those units "not submitted".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { BASE_REPO, tempRepo } from '../helpers/fixture-repo.js';

interface Found {
  file: string;
  code: string;
  message: string;
}

const Q2 = readFileSync(join(BASE_REPO, 'submissions/2024Q2/xa-an-binh.yaml'), 'utf8');
const Q3 = Q2.replace('period: 2024Q2', 'period: 2024Q3').replace('submitted: "2024-06-10"', 'submitted: "2024-09-10"');

function sent(): string {
  return tempRepo({
    // What units sent for 2024Q3: a good report, an .xls, an .ods and a Word file.
    'submissions/2024Q3/xa-an-binh.xls': Q3,
    'submissions/2024Q3/tt-trung-tam.ods': 'PK\u0003\u0004 (LibreOffice)',
    'submissions/2024Q3/phong-noi-vu.docx': 'PK\u0003\u0004 (Word)',
    // Not anyone's report: left alone.
    'submissions/README.md': '# Thư mục báo cáo\n',
    'submissions/2024Q3/~$xa-an-binh.xlsx': 'lock',
    'submissions/2024Q3/Thumbs.db': 'x',
  });
}

describe('files under submissions/', () => {
  it('a file cchc cannot read is an error saying what to do, by its kind', () => {
    const repo = sent();
    const r = cchc(['validate', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { files: number; diagnostics: Found[] }).diagnostics;
    expect(found.map((d) => [d.file, d.code])).toEqual([
      ['submissions/2024Q3/phong-noi-vu.docx', 'unsupported-file-type'],
      ['submissions/2024Q3/tt-trung-tam.ods', 'unsupported-file-type'],
      ['submissions/2024Q3/xa-an-binh.xls', 'unsupported-file-type'],
    ]);
    const advice = new Map(found.map((d) => [d.file, d.message]));
    expect(advice.get('submissions/2024Q3/xa-an-binh.xls')).toBe(
      'cchc không đọc được tệp ".xls": báo cáo phải là .xlsx (biểu mẫu Excel) hoặc .yaml. Lưu lại tệp dưới dạng .xlsx: trong Excel chọn Tệp → Lưu thành → Sổ làm việc Excel (*.xlsx), rồi xóa tệp cũ.',
    );
    expect(advice.get('submissions/2024Q3/tt-trung-tam.ods')).toContain('trong LibreOffice Calc chọn Tệp → Lưu thành → Excel 2007-365 (.xlsx)');
    expect(advice.get('submissions/2024Q3/phong-noi-vu.docx')).toContain('Văn bản (Word, PDF) không chứa số liệu cchc đọc được');
    // The summary counts them: nothing is passed over in silence.
    const text = cchc(['validate'], { cwd: repo }).stdout;
    expect(text).toContain('3 vấn đề (3 lỗi, 0 cảnh báo, 0 thông tin) trong 5 tệp');
    const en = cchc(['validate', '--lang', 'en'], { cwd: repo }).stdout;
    expect(en).toContain('Save it again as .xlsx: in Excel, File → Save As → Excel Workbook (*.xlsx), then delete the old file.');
  });

  it('status shows those units as sent with errors, not as missing', () => {
    const r = cchc(['status', '--period', '2024Q3', '--format', 'json'], { cwd: sent() });
    const units = (JSON.parse(r.stdout) as { completeness: { units: { unit: string; status: string }[] } }).completeness.units;
    const status = new Map(units.map((u) => [u.unit, u.status]));
    expect(status.get('xa-an-binh')).toBe('invalid');
    expect(status.get('tt-trung-tam')).toBe('invalid');
    expect(status.get('phong-noi-vu')).toBe('invalid');
  });

  it('validate --changed in a pull request fails on an .xls that was added', () => {
    const repo = tempRepo();
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=a@b', '-c', 'user.name=A', 'add', '.');
    git('-c', 'user.email=a@b', '-c', 'user.name=A', 'commit', '-qm', 'base');
    const withXls = sent();
    for (const f of ['submissions/2024Q3/xa-an-binh.xls']) {
      spawnSync('mkdir', ['-p', join(repo, 'submissions/2024Q3')]);
      spawnSync('cp', [join(withXls, f), join(repo, f)]);
    }
    const r = cchc(['validate', '--changed', '--base', 'main'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('submissions/2024Q3/xa-an-binh.xls');
    expect(r.stdout).toContain('trong 1 tệp');
  });
});
