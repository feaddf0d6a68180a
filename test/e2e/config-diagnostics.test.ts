/**
 * The IT officer's mistakes in cchc.yaml, units.yaml and a plan, found as a
 * clerk's are in a submission: at the line and column of the value, with what
 * is allowed, in Vietnamese (English with --lang en); `cchc validate` reports
 * them in any format (exit 1), the other commands stop with the same list (exit 2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc, ROOT } from '../helpers/cli.js';
import { tempRepo } from '../helpers/fixture-repo.js';

interface Found {
  file: string;
  line: number | null;
  column: number | null;
  code: string;
  message: string;
  severity: string;
}

function findings(repo: string, args: string[] = []): { code: number; list: Found[] } {
  const r = cchc(['validate', '--format', 'json', ...args], { cwd: repo });
  return { code: r.code, list: (JSON.parse(r.stdout) as { diagnostics: Found[] }).diagnostics };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The fixture's units.yaml written one key a line, as a clerk copying the template's example would. */
const UNITS = `# yaml-language-server: $schema=./schemas/units.schema.json
units:
  - id: phong-noi-vu
    name: Phòng Nội vụ
    kind: department
    leads: [chi-dao, to-chuc, cong-vu]
  - id: xa-an-binh
    name: Xã An Bình
    kind: commune
    validTo: "2025-06-30"
  - id: tt-trung-tam
    name: Thị trấn Trung Tâm
    kind: town
`;

describe('units.yaml', () => {
  it('a kind typo is reported at its line, with the allowed kinds and the closest one', () => {
    const units = UNITS.replace('kind: town', 'kind: twon');
    const repo = tempRepo({ 'units.yaml': units });
    const { code, list } = findings(repo);
    expect(code).toBe(1);
    expect(list.map((d) => [d.file, d.line, d.column, d.code])).toEqual([['units.yaml', lineOf(units, 'twon'), 11, 'invalid-choice']]);
    expect(list[0]!.message).toBe(
      'kind của đơn vị "tt-trung-tam" không nhận giá trị "twon" (có phải "town"?); chọn một trong: department, public-service-unit, commune, ward, town.',
    );
    // Every other command stops before doing anything, with the same line (exit 2).
    const status = cchc(['status', '--period', '2024Q2'], { cwd: repo });
    expect(status.code).toBe(2);
    expect(status.stdout).toBe('');
    expect(status.stderr).toBe(
      `cchc: units.yaml có lỗi, cchc không thể chạy tiếp:\n  - units.yaml:${lineOf(units, 'twon')}:11: ${list[0]!.message}\n`,
    );
    const en = cchc(['validate', '--lang', 'en'], { cwd: repo });
    expect(en.stdout).toContain('kind of unit "tt-trung-tam" cannot be "twon" (did you mean "town"?); choose one of: department, public-service-unit, commune, ward, town.');
    expect(en.stdout).toContain('1 problem (1 error, 0 warnings, 0 infos) in 1 file');
  });

  it('dates must exist in the calendar and a unit must start before it ends', () => {
    const units = UNITS.replace('validTo: "2025-06-30"', 'validFrom: "2024-13-01"').replace(
      'kind: town\n',
      'kind: town\n    validFrom: "2025-07-01"\n    validTo: "2025-06-30"\n',
    );
    const repo = tempRepo({ 'units.yaml': units });
    const { code, list } = findings(repo);
    expect(code).toBe(1);
    expect(list.map((d) => [d.line, d.column, d.code])).toEqual([
      [lineOf(units, '2024-13-01'), 16, 'date-not-in-calendar'],
      [lineOf(units, 'validTo: "2025-06-30"'), 14, 'unit-dates-reversed'],
    ]);
    expect(list[0]!.message).toContain('Ngày "2024-13-01" không có trong lịch');
    expect(list[1]!.message).toBe(
      'Đơn vị "tt-trung-tam" thôi hoạt động (2025-06-30) trước ngày bắt đầu hoạt động (2025-07-01); validFrom phải trước hoặc bằng validTo.',
    );
  });

  it('a unit id used twice is reported at the second use, naming the line of the first', () => {
    const units = UNITS.replace('id: tt-trung-tam', 'id: xa-an-binh');
    const repo = tempRepo({ 'units.yaml': units });
    const { list } = findings(repo);
    const second = units.split('\n').findIndex((l, i) => l.includes('id: xa-an-binh') && i + 1 > lineOf(units, 'id: xa-an-binh')) + 1;
    expect(list.map((d) => [d.line, d.column, d.code])).toEqual([[second, 9, 'duplicate-unit-id']]);
    expect(list[0]!.message).toBe(
      `Mã đơn vị "xa-an-binh" đã dùng ở dòng ${lineOf(units, 'id: xa-an-binh')}; mỗi đơn vị một mã riêng (mã cũng là tên tệp báo cáo).`,
    );
  });

  it('an unknown area in leads lists the plan\'s area ids', () => {
    const units = UNITS.replace('leads: [chi-dao, to-chuc, cong-vu]', 'leads: [chi-dao, to-chuc, cong-vu, tai-chin]');
    const { list } = findings(tempRepo({ 'units.yaml': units }));
    expect(list.map((d) => [d.line, d.column, d.code])).toEqual([[lineOf(units, 'leads'), 40, 'invalid-choice']]);
    expect(list[0]!.message).toBe(
      'leads của đơn vị "phong-noi-vu" không nhận giá trị "tai-chin" (có phải "tai-chinh"?); chọn một trong: chi-dao, the-che, tthc, to-chuc, cong-vu, tai-chinh, chinh-quyen-so.',
    );
  });
});

describe('cchc.yaml', () => {
  it('a misspelt key is reported at its line with the known keys', () => {
    const config = readFileSync(join(ROOT, 'test/fixtures/base-repo/cchc.yaml'), 'utf8').replace('recipients:', 'recipient:');
    const { code, list } = findings(tempRepo({ 'cchc.yaml': config }));
    expect(code).toBe(1);
    expect(list.map((d) => [d.file, d.line, d.column, d.code])).toEqual([['cchc.yaml', lineOf(config, 'recipient:'), 1, 'unknown-config-field']]);
    expect(list[0]!.message).toMatch(/^Mục "recipient" không có trong tệp cấu hình \(có phải "recipients"\?\)\. Các mục được dùng: body, signer, recipients, /);
  });

  it('cchc validate cchc.yaml and units.yaml check them as what they are', () => {
    const repo = tempRepo();
    const r = cchc(['validate', 'cchc.yaml', 'units.yaml'], { cwd: repo });
    expect(r.stdout).toBe('Không có vấn đề nào trong 2 tệp.\n');
    expect(r.code).toBe(0);
    const one = cchc(['validate', 'cchc.yaml', '--lang', 'en'], { cwd: repo });
    expect(one.stdout).toBe('No problems in 1 file.\n');
  });
});

describe('the plan', () => {
  const plan = readFileSync(join(ROOT, 'plans/tu-ky-2021-2025.yaml'), 'utf8');

  it('a schema mistake in a plan is reported at its line, by validate on the plan file and by every command', () => {
    const broken = plan.replace(/(id: vb-ban-hanh\n(?:.*\n)*?\s+type:) count/, '$1 cuont');
    expect(broken).not.toBe(plan);
    const repo = tempRepo({ 'ke-hoach/ke-hoach.yaml': broken });
    writeFileSync(join(repo, 'cchc.yaml'), `${readFileSync(join(repo, 'cchc.yaml'), 'utf8')}plan: ke-hoach/ke-hoach.yaml\n`);
    const line = lineOf(broken, 'type: cuont');
    for (const args of [[], ['ke-hoach/ke-hoach.yaml']]) {
      const { code, list } = findings(repo, args);
      expect(code).toBe(1);
      expect(list.map((d) => [d.file, d.line, d.code])).toEqual([['ke-hoach/ke-hoach.yaml', line, 'plan-schema']]);
      expect(list[0]!.message).toMatch(/^type của chỉ tiêu "vb-ban-hanh" không nhận giá trị "cuont" \(có phải "count"\?\); chọn một trong: count, /);
    }
    const report = cchc(['report', '--period', '2024Q2'], { cwd: repo });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain(`ke-hoach/ke-hoach.yaml:${line}:`);
  });

  it('an indicator naming an area the plan has not is reported at the indicator', () => {
    const broken = plan.replace(/(id: vb-ban-hanh\n\s+area:) the-che/, '$1 phap-che');
    const repo = tempRepo({ 'ke-hoach.yaml': broken });
    const { code, list } = findings(repo, ['ke-hoach.yaml']);
    expect(code).toBe(1);
    expect(list.map((d) => [d.line, d.code])).toEqual([[lineOf(broken, 'area: phap-che'), 'plan-inconsistent']]);
    expect(list[0]!.message).toContain('vb-ban-hanh');
  });
});
