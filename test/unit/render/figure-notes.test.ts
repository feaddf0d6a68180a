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
    expect(figureNotes(run('2024Q2'))).toEqual(['Ghi chú:', OUTSIDE]);
  });

  it('says nothing when every figure is whole and every reporter planned', () => {
    const c = run('2024Q2');
    const planned = c.indicators.map((i) => ({ ...i, figure: { ...i.figure, outside: [] } }));
    expect(figureNotes({ indicators: planned, units: c.units })).toEqual([]);
  });

  it(`names at most ${NOTED_UNITS} units and counts the rest`, () => {
    const c = run('2024S1');
    const a = c.units.find((u) => u.unit === 'xa-a')!;
    const many: UnitResult[] = Array.from({ length: NOTED_UNITS + 3 }, (_, i) => ({ ...a, unit: `xa-${i}`, name: `Xã Số ${i + 1}` }));
    const indicators = c.indicators.map((i) => ({ ...i, figure: { ...i.figure, outside: [], partial: i.figure.partial.length ? many.map((u) => u.unit) : [] } }));
    const lines = figureNotes({ indicators, units: many });
    expect(lines).toHaveLength(2 + NOTED_UNITS + 1);
    expect(lines.at(-2)).toMatch(/^\+ Xã Số 15: /);
    expect(lines.at(-1)).toBe('+ Và 3 đơn vị khác (chi tiết tại các trang "Đơn vị" của tệp Excel kèm theo).');
  });
});
