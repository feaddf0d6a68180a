import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { FIXTURES, tempRepo } from '../helpers/fixture-repo.js';
import { openDocx } from '../helpers/docx-xml.js';

const REPO = join(FIXTURES, 'consolidate');

function repoWith(files: Record<string, string>): string {
  const dir = tempRepo(files, REPO);
  return dir;
}

describe('cchc report (documents)', () => {
  it('refuses while a submission of the period has errors, and writes nothing', () => {
    const dir = repoWith({});
    const r = cchc(['report', '--period', '2024Q2'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/submissions\/2024Q2\/xa-cu\.yaml\n\s+9:20\s+lỗi/);
    expect(existsSync(join(dir, 'bao-cao'))).toBe(false);
  });

  it('writes the Word and Excel files into bao-cao/ by default, naming the excluded unit', () => {
    const dir = repoWith({});
    const r = cchc(['report', '--period', '2024Q2', '--skip-invalid'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Xã Cũ (2024Q2)');
    expect(readdirSync(join(dir, 'bao-cao')).sort()).toEqual(['bao-cao-cchc-2024Q2.docx', 'bao-cao-cchc-2024Q2.xlsx']);
    const doc = openDocx(readFileSync(join(dir, 'bao-cao', 'bao-cao-cchc-2024Q2.docx')));
    expect(doc.text).toMatch(/Báo cáo của 01 cơ quan, đơn vị có lỗi số liệu nên chưa được tổng hợp vào báo cáo này: Xã Cũ\./);
    expect(doc.text).toContain('Thử Nghiệm, ngày 20 tháng 6 năm 2024');
  });

  it('is byte-identical for the same inputs, and takes the date from --date', () => {
    const dir = repoWith({});
    const run = (out: string, extra: string[] = []) =>
      cchc(['report', '--period', '2024S1', '--skip-invalid', '--out', out, ...extra], { cwd: dir });
    expect(run('a').code).toBe(0);
    expect(run('b').code).toBe(0);
    for (const f of ['bao-cao-cchc-2024S1.docx', 'bao-cao-cchc-2024S1.xlsx']) {
      expect(readFileSync(join(dir, 'a', f)).equals(readFileSync(join(dir, 'b', f)))).toBe(true);
    }
    expect(run('c', ['--date', '2024-07-05']).code).toBe(0);
    expect(openDocx(readFileSync(join(dir, 'c', 'bao-cao-cchc-2024S1.docx'))).text).toContain('ngày 05 tháng 7 năm 2024');
  });

  it('uses the repository\'s own template and reports a broken one by file and line', () => {
    const good = repoWith({
      'cchc.yaml': `${readFileSync(join(REPO, 'cchc.yaml'), 'utf8')}templates: mau\n`,
      'mau/report/quy.yaml': 'subject: Tình hình cải cách hành chính {period}\nheadings:\n  proposals: KIẾN NGHỊ\n',
    });
    const r = cchc(['report', '--period', '2024Q2', '--skip-invalid', '--format', 'docx'], { cwd: good });
    expect(r.code).toBe(0);
    const doc = openDocx(readFileSync(join(good, 'bao-cao', 'bao-cao-cchc-2024Q2.docx')));
    expect(doc.text).toContain('Tình hình cải cách hành chính quý II năm 2024');
    expect(doc.text).toContain('V. KIẾN NGHỊ');

    const broken = repoWith({
      'cchc.yaml': `${readFileSync(join(REPO, 'cchc.yaml'), 'utf8')}templates: mau\n`,
      'mau/report/quy.yaml': 'documentType: BÁO CÁO\nsubject: Kết quả {periodd}\n',
    });
    const b = cchc(['report', '--period', '2024Q2', '--skip-invalid'], { cwd: broken });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('mau/report/quy.yaml:2:10: chỗ giữ chỗ {periodd} không dùng được trong "subject" (có phải "{period}"?)');
    expect(b.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(join(broken, 'bao-cao'))).toBe(false);
  });

  it('refuses bad options before reading anything (exit 2)', () => {
    expect(cchc(['report', '--period', '2024Q5'], { cwd: REPO }).code).toBe(2);
    const f = cchc(['report', '--period', '2024Q2', '--format', 'docx,pdf'], { cwd: REPO });
    expect([f.code, f.stderr.includes('"pdf"')]).toEqual([2, true]);
    const d = cchc(['report', '--period', '2024Q2', '--date', '20/06/2024'], { cwd: REPO });
    expect([d.code, d.stderr.trim().split('\n').length]).toEqual([2, 1]);
  });
});
