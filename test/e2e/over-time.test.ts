/**
 * Figures over time from the built CLI on test/fixtures/over-time (the
 * hand-computed figures are explained in test/unit/consolidate/over-time.test.ts).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cchc } from '../helpers/cli.js';
import { openDocx } from '../helpers/docx-xml.js';
import { workbookModel } from '../helpers/xlsx-model.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import type { Consolidation } from '../../src/consolidate/types.js';

const REPO = join(FIXTURES, 'over-time');

function report(period: string): Consolidation {
  const r = cchc(['report', '--period', period, '--format', 'json'], { cwd: REPO });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Consolidation;
}

describe('cchc report --format json over time', () => {
  it('pairs a rate’s counts per report: the issue 13 reproduction', () => {
    const c = report('2024S1');
    const commune = c.levels.find((l) => l.id === 'commune')!.indicators['ty-le-so-hoa']!;
    // 1555 / 2534 = 61.37 % (met), not 1555 / 2849 = 54.58 % (not met).
    expect([commune.figure.numerator, commune.figure.denominator, commune.figure.partial, commune.status]).toEqual([
      1555, 2534, ['xa-a'], 'met',
    ]);
    const a = c.units.find((u) => u.unit === 'xa-a')!.values['ty-le-so-hoa']!;
    expect(a).toMatchObject({ numerator: 150, denominator: 295, partial: true, gaps: [{ period: '2024Q2', reason: 'unpaired' }] });
    expect(c.notes.filter((n) => n.unit === 'xa-a').map((n) => n.code)).toEqual(['value-gap', 'rate-unpaired']);
  });

  it('gives a quarter its year to date: nine months in Q3, the year in Q4', () => {
    const q3 = report('2024Q3');
    expect(q3.yearToDate).toMatchObject({ id: '2024Q1-Q3', label: '9 tháng năm 2024', parts: ['2024S1', '2024Q3'] });
    const kq = q3.indicators.find((i) => i.id === 'kq-so-hoa')!;
    expect([kq.window, kq.figure.value, kq.yearToDate!.figure.value]).toEqual(['year-to-date', 626, 2401]);
    const kt3 = q3.indicators.find((i) => i.id === 'ty-le-kiem-tra')!;
    expect(kt3.targets[0]).toMatchObject({ value: 25, status: 'not-due', window: 'year-to-date' });
    const kt4 = report('2024Q4').indicators.find((i) => i.id === 'ty-le-kiem-tra')!;
    expect(kt4.targets[0]).toMatchObject({ value: 38, status: 'met', window: 'year-to-date' });
    expect(q3.units.find((u) => u.unit === 'xa-b')!.values['kq-so-hoa']!.yearToDate).toMatchObject({ value: 775, partial: true });
  });

  it('expects units by the data window: none of the unit created on 25/06 in Q2, its first quarter in Q3', () => {
    expect(report('2024Q2').completeness.units.map((u) => u.unit)).not.toContain('xa-moi');
    expect(report('2024Q3').completeness.units.map((u) => u.unit)).toEqual(['noi-vu', 'vp', 'ttyt', 'xa-a', 'xa-b', 'xa-c', 'xa-moi']);
  });

  it('says in the Word report which unit left values empty, which figures are partial and who reported outside the plan', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    const r = cchc(['report', '--period', '2024S1', '--format', 'docx', '--out', out], { cwd: REPO });
    expect(r.code).toBe(0);
    const doc = openDocx(readFileSync(join(out, 'bao-cao-cchc-2024S1.docx')));
    // Reporting appendix: the value left empty, like a missing report.
    expect(doc.text).toContain('Để trống 1 chỉ tiêu Quý II/2024');
    // Under the indicator table: the partial figures, the stock carried forward, the count with a unit outside the plan.
    const notes = doc.text.slice(doc.text.indexOf('Ghi chú:'));
    expect(notes).toMatch(/^Ghi chú:\s+- Số liệu của các đơn vị sau chưa đủ các kỳ \(kỳ thiếu không được tính là 0\):/);
    expect(notes).toContain('+ Xã An Bình: để trống Quý II/2024: Số kết quả được số hóa; chỉ có một trong hai số (tử số, mẫu số) Quý II/2024: Tỷ lệ số hóa kết quả.');
    expect(notes).toContain('lấy theo số liệu Quý I/2024: Số TTHC thuộc thẩm quyền, Tỷ lệ TTHC được công khai');
    expect(notes).toContain('theo Kế hoạch do 1 đơn vị báo cáo; Văn phòng HĐND và UBND cũng báo cáo và được cộng vào số tổng hợp, nên số liệu là của 2/2 đơn vị.');
    // The notes belong to the indicators appendix: they come before the reporting appendix.
    expect(doc.text.indexOf('Ghi chú:')).toBeLessThan(doc.text.indexOf('TÌNH HÌNH GỬI BÁO CÁO'));
  });

  it('shades the partial values in the workbook and says what they lack', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    const r = cchc(['report', '--period', '2024S1', '--format', 'xlsx', '--out', out], { cwd: REPO });
    expect(r.code).toBe(0);
    const model = workbookModel(readFileSync(join(out, 'bao-cao-cchc-2024S1.xlsx')));
    const rowOf = (sheet: string, needle: string) => model.sheets.find((x) => x.name === sheet)!.rows.find((row) => row.includes(needle)) ?? '';
    const units = model.sheets.find((x) => x.name.endsWith('Đơn vị') && x.rows.some((row) => row.includes('Số TTHC thuộc thẩm quyền')))!.name;
    expect(rowOf(units, 'Xã Bình Minh')).toContain('lấy theo số liệu Quý I/2024: Số TTHC thuộc thẩm quyền, Tỷ lệ TTHC được công khai');
    expect(rowOf('Tổng hợp', 'Tỷ lệ số hóa')).toContain('1: Xã An Bình');
    expect(rowOf('Tình hình báo cáo', 'Xã An Bình')).toContain('Để trống 1 chỉ tiêu Quý II/2024');
  });

  it('says in cchc status which unit left values empty, like a missing quarter', () => {
    const vi = cchc(['status', '--period', '2024S1'], { cwd: REPO });
    expect(vi.stdout.split('\n').find((l) => l.includes('Xã An Bình'))).toContain('để trống 1 chỉ tiêu Quý II/2024');
    expect(vi.stdout.split('\n').find((l) => l.includes('Xã Cẩm La'))).not.toContain('để trống');
    const en = cchc(['status', '--period', '2024S1', '--lang', 'en'], { cwd: REPO });
    expect(en.stdout.split('\n').find((l) => l.includes('Xã Bình Minh'))).toContain('left 1 indicator empty in Q2 2024');
  });

  it('makes forms for the units that owe the period only', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-forms-'));
    const r = cchc(['template', '--all', '--period', '2024Q2', '--format', 'yaml', '--out', out], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['noi-vu.yaml', 'ttyt.yaml', 'vp.yaml', 'xa-a.yaml', 'xa-b.yaml', 'xa-c.yaml', 'xa-cu.yaml']);
  });

  it('names the units reporting outside the plan’s reporters', () => {
    const c = report('2024Q2');
    expect(c.indicators.find((i) => i.id === 'kt-da-kiem-tra')!.figure).toMatchObject({ reporting: 2, expected: 2, outside: ['vp'] });
  });
});

describe('cchc.yaml: finalDays and lateness', () => {
  function repoWith(extra: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-over-time-'));
    cpSync(REPO, dir, { recursive: true });
    writeFileSync(join(dir, 'cchc.yaml'), readFileSync(join(REPO, 'cchc.yaml'), 'utf8') + extra);
    return dir;
  }
  const status = (cwd: string, period: string) => {
    const r = cchc(['status', '--period', period, '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as Pick<Consolidation, 'completeness'>).completeness;
  };

  it('judges a half’s quarters against its own due date with lateness: period', () => {
    expect(status(REPO, '2024S1')).toMatchObject({ onTime: 5, late: 2 });
    expect(status(repoWith('lateness: period\n'), '2024S1')).toMatchObject({ onTime: 7, late: 0 });
  });

  it('expects a unit’s final days with finalDays: true', () => {
    const q3 = status(repoWith('finalDays: true\n'), '2024Q3');
    expect(q3.units.find((u) => u.unit === 'xa-cu')!.status).toBe('missing');
  });

  it('refuses an unknown lateness, naming the line', () => {
    const r = cchc(['status', '--period', '2024S1'], { cwd: repoWith('lateness: quarter\n') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cchc\.yaml:14:11: "lateness" không nhận giá trị "quarter"; chọn một trong: parts, period\./);
  });
});
