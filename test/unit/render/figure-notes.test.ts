/**
 * The notes under the Word report's indicator table (issue 13 items 2 and 4):
 * which units' figures are partial and what they lack, and which indicators
 * count units outside the plan's reporters. On test/fixtures/over-time (the
 * submitted figures are tabled in test/unit/consolidate/over-time.test.ts):
 * in Q2 xa-a left kq-so-hoa empty (its digitisation rate then has one count of
 * two) and xa-b left tthc-tong-so empty (a stock: its end-of-half value is Q1's,
 * and so are the public-disclosure rate's counts); vp reports the kt-* counts
 * that the plan asks of the unit leading to-chuc (noi-vu) only.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput } from '../../../src/consolidate/input.js';
import type { Consolidation, UnitResult } from '../../../src/consolidate/types.js';
import { figureNotes, NOTED_UNITS } from '../../../src/render/reports/figure-notes.js';

const ROOT = fileURLToPath(new URL('../../fixtures/over-time/', import.meta.url));
let input: ConsolidationInput;

beforeAll(async () => {
  ({ input } = await loadConsolidation(ROOT, '2024S1', 'vi', { cwd: ROOT, today: '2025-01-31' }));
});

const run = (period: string): Consolidation => consolidate({ ...input, period });
const OUTSIDE =
  '- Chỉ tiêu "Số đơn vị trực thuộc", "Số đơn vị được kiểm tra", "Tỷ lệ đơn vị được kiểm tra trong năm" theo Kế hoạch do 1 đơn vị báo cáo; ' +
  'Văn phòng HĐND và UBND cũng báo cáo và được cộng vào số tổng hợp, nên số liệu là của 2/2 đơn vị.';

describe('notes under the indicator table', () => {
  it('names the units whose half-year figures are partial, what they lack, and the stock carried forward', () => {
    expect(figureNotes(run('2024S1'))).toEqual([
      'Ghi chú:',
      '- Số liệu của các đơn vị sau chưa đủ các kỳ (kỳ thiếu không được tính là 0):',
      '+ Xã An Bình: để trống Quý II/2024: Số kết quả được số hóa; chỉ có một trong hai số (tử số, mẫu số) Quý II/2024: Tỷ lệ số hóa kết quả.',
      '+ Xã Bình Minh: để trống Quý II/2024: Số TTHC thuộc thẩm quyền; lấy theo số liệu Quý I/2024: Số TTHC thuộc thẩm quyền, ' +
        'Tỷ lệ TTHC được công khai; chỉ có một trong hai số (tử số, mẫu số) Quý II/2024: Tỷ lệ TTHC được công khai.',
      OUTSIDE,
    ]);
  });

  it('says a quarter missing from a year, and only the reporters outside the plan in a quarter', () => {
    // 2024: xa-b sent no Q3 report; its Q4 gives the stocks it left empty in Q2 (ts 112, ck 112), so those are whole.
    // xa-moi owes Q3 and Q4 only; xa-cu ended in June.
    const year = figureNotes(run('2024'));
    expect(year.find((l) => l.startsWith('+ Xã Bình Minh:'))).toBe('+ Xã Bình Minh: chưa có số liệu Quý III/2024.');
    expect(year.filter((l) => l.startsWith('+ ')).map((l) => l.slice(2, l.indexOf(':')))).toEqual(['Xã An Bình', 'Xã Bình Minh']);
  });

  it('says what the year to date of an indicator read so lacks, in a quarter', () => {
    // kq-so-hoa is read year to date (window: year-to-date). Q2's is the half: xa-a left it empty in Q2.
    expect(figureNotes(run('2024Q2'))).toEqual([
      'Ghi chú:',
      '- Số liệu của các đơn vị sau chưa đủ các kỳ (kỳ thiếu không được tính là 0; chỉ tiêu tính lũy kế từ đầu năm: số liệu 6 tháng đầu năm 2024):',
      '+ Xã An Bình: để trống Quý II/2024: Số kết quả được số hóa.',
      OUTSIDE,
    ]);
    // Q3's is nine months: xa-a's Q2 still lacks; xa-b sent no Q3 report, its 150 + … = 775 of Q1 and Q2 is partial.
    expect(figureNotes(run('2024Q3'))).toEqual([
      'Ghi chú:',
      '- Số liệu của các đơn vị sau chưa đủ các kỳ (kỳ thiếu không được tính là 0; chỉ tiêu tính lũy kế từ đầu năm: số liệu 9 tháng năm 2024):',
      '+ Xã An Bình: để trống Quý II/2024: Số kết quả được số hóa.',
      '+ Xã Bình Minh: chưa có số liệu Quý III/2024.',
      OUTSIDE,
    ]);
  });

  it('says nothing when every figure is whole and every reporter planned', () => {
    // Q1: a quarter, its own year to date; only the reporters outside the plan would be noted.
    const c = run('2024Q1');
    const planned = c.indicators.map((i) => ({ ...i, figure: { ...i.figure, outside: [] } }));
    expect(figureNotes({ ...c, indicators: planned })).toEqual([]);
  });

  it(`names at most ${NOTED_UNITS} units and counts the rest`, () => {
    const c = run('2024S1');
    const a = c.units.find((u) => u.unit === 'xa-a')!;
    const many: UnitResult[] = Array.from({ length: NOTED_UNITS + 3 }, (_, i) => ({ ...a, unit: `xa-${i}`, name: `Xã Số ${i + 1}` }));
    const indicators = c.indicators.map((i) => ({ ...i, figure: { ...i.figure, outside: [], partial: i.figure.partial.length ? many.map((u) => u.unit) : [] } }));
    const lines = figureNotes({ ...c, indicators, units: many });
    expect(lines).toHaveLength(2 + NOTED_UNITS + 1);
    expect(lines.at(-2)).toMatch(/^\+ Xã Số 15: /);
    expect(lines.at(-1)).toBe('+ Và 3 đơn vị khác (chi tiết tại các trang "Đơn vị" của tệp Excel kèm theo).');
  });
});
