import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cchc } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import type { Consolidation } from '../../src/consolidate/types.js';

const REPO = join(FIXTURES, 'consolidate');

describe('cchc status', () => {
  it('lists every expected unit in Vietnamese collation with late, missing and invalid ones', () => {
    const r = cchc(['status', '--period', '2024Q2'], { cwd: REPO });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\s+\d+\s/.test(l));
    expect(rows.map((l) => l.trim().split(/\s{2,}/).slice(0, 4))).toEqual([
      ['1', 'Phòng Nội vụ', 'Phòng chuyên môn', 'Đúng hạn'],
      ['2', 'Thị trấn Trung Tâm', 'Thị trấn', 'Chưa gửi'],
      ['3', 'Trung tâm Y tế', 'Đơn vị sự nghiệp công lập', 'Đúng hạn'],
      ['4', 'Văn phòng HĐND và UBND', 'Phòng chuyên môn', 'Đúng hạn'],
      ['5', 'Xã An Bình', 'Xã', 'Đúng hạn'],
      ['6', 'Xã Cũ', 'Xã', 'Có lỗi, bị loại'],
      ['7', 'Xã Đông Hòa', 'Xã', 'Trễ hạn 8 ngày'],
    ]);
    expect(r.stdout).toContain('hạn gửi 12/06/2024, số liệu từ 15/03/2024 đến 14/06/2024');
    expect(r.stdout).toContain('Phải gửi: 7 · Đã gửi đủ: 5 (đúng hạn 4, trễ hạn 1) · Thiếu kỳ: 0 · Chưa gửi: 1 · Có lỗi: 1');
    expect(r.stdout).toContain('Tỷ lệ gửi báo cáo: 71,4% · Tỷ lệ gửi đúng hạn: 57,1%');
  });

  it('exits 1 with --strict when a unit is missing or lacks a quarter', () => {
    expect(cchc(['status', '--period', '2024Q2', '--strict'], { cwd: REPO }).code).toBe(1);
    expect(cchc(['status', '--period', '2024S1', '--strict'], { cwd: REPO }).code).toBe(1);
    expect(cchc(['status', '--period', '2024Q1', '--strict'], { cwd: REPO }).code).toBe(0);
  });

  it('prints JSON and English on request', () => {
    const r = cchc(['status', '-p', '2024H1', '--format', 'json', '--lang', 'en'], { cwd: REPO });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Pick<Consolidation, 'period' | 'completeness' | 'notes'>;
    expect(out.period.label).toBe('first half of 2024');
    expect(out.completeness.units.filter((u) => u.status === 'partial').map((u) => [u.unit, u.missingParts])).toEqual([
      ['tt-tk', ['2024Q2']],
      ['xa-cu', []],
    ]);
    expect(out.notes.map((n) => n.code)).toEqual(['missing-sub-period', 'values-carried', 'sub-period-mismatch', 'invalid-sub-period', 'values-carried']);
    const table = cchc(['status', '-p', '2024S1', '--lang', 'en'], { cwd: REPO });
    expect(table.stdout).toContain('Xã Đông Hòa');
    expect(table.stdout).toContain('8 days late');
  });

  it('refuses a bad period with a one-line message, exit 2', () => {
    const r = cchc(['status', '--period', '2024Q5'], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('Kỳ báo cáo không hợp lệ: "2024Q5"');
  });
});

describe('cchc report --format json', () => {
  it('refuses while a submission of the period has errors, listing them', () => {
    const r = cchc(['report', '--period', '2024S1', '--format', 'json'], { cwd: REPO });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('1 báo cáo thuộc 6 tháng đầu năm 2024 có lỗi');
    expect(r.stderr).toMatch(/submissions\/2024Q2\/xa-cu\.yaml\n\s+9:20\s+lỗi/);
  });

  it('consolidates a clean period to stdout', () => {
    const r = cchc(['report', '--period', '2024Q1', '--format', 'json'], { cwd: REPO });
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as Consolidation;
    expect(c.period.id).toBe('2024Q1');
    expect(c.completeness).toMatchObject({ expected: 7, onTime: 7 });
    // dh 190 + 40 + 98 + 76 + 147 + 45 = 596 over gq 200 + 40 + 100 + 80 + 150 + 50 = 620.
    const rate = c.indicators.find((i) => i.id === 'ty-le-dung-han')!;
    expect([rate.figure.numerator, rate.figure.denominator, rate.status]).toEqual([596, 620, 'met']);
  });

  it('with --skip-invalid writes the file atomically and names the excluded unit', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    const r = cchc(['report', '--period', '2024Q2', '--skip-invalid', '--format', 'json', '--out', out], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['bao-cao-cchc-2024Q2.json']);
    const c = JSON.parse(readFileSync(join(out, 'bao-cao-cchc-2024Q2.json'), 'utf8')) as Consolidation;
    expect(c.completeness.units.filter((u) => u.status === 'invalid').map((u) => u.name)).toEqual(['Xã Cũ']);
    expect(c.indicators.find((i) => i.id === 'hs-giai-quyet')!.figure.value).toBe(465);
  });

  it('refuses an unknown format before reading anything', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-report-'));
    const r = cchc(['report', '--period', '2024Q1', '--format', 'pdf', '--out', out], { cwd: REPO });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"pdf"');
    expect(existsSync(join(out, 'bao-cao-cchc-2024Q1.json'))).toBe(false);
  });
});

describe('a reader that stops early', () => {
  it('ends cchc quietly when the pipe closes (cchc report -f json | head)', async () => {
    const child = spawn(process.execPath, [BIN, 'report', '-p', '2024Q1', '-f', 'json'], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
