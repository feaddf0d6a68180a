/**
 * Figures over time on test/fixtures/over-time, checked against numbers worked
 * out by hand from the submission files (never from the code under test).
 *
 * Units (units.yaml), in canonical order (kind family, then Vietnamese name):
 *   noi-vu  Phòng Nội vụ           department, leads to-chuc (expected for kt-*)
 *   vp      Văn phòng HĐND và UBND  department, leads tthc (reports kt-* anyway: outside the plan's reporters)
 *   ttyt    Trung tâm Y tế          public service unit (gq, dh only)
 *   xa-a    Xã An Bình              commune
 *   xa-b    Xã Bình Minh            commune
 *   xa-c    Xã Cẩm La               commune
 *   xa-cu   Xã Cũ                   commune, valid to 25/06/2024
 *   xa-moi  Xã Mới Lập              commune, valid from 25/06/2024
 *
 * cchc.yaml: due quarter day 12, half day 15, year day 10; cut-off day 14.
 * Q2 window 15/03–14/06, due 12/06; Q3 window 15/06–14/09, due 12/09; S1 due 15/06.
 *
 * Submitted figures (gq = hs-giai-quyet, dh = hs-dung-han, kq = kq-so-hoa, ts = tthc-tong-so,
 * ck = tthc-cong-khai, tg = tg-cho, kt = kt-truc-thuoc / kt-da-kiem-tra; "—" = no report, null = left empty):
 *
 *            Q1                           Q2                             Q3                        Q4
 *   vp       200 190 100 50 50 10 kt10/1  220 215 120 52 52 11 kt10/0    210 205 130 55 55 10 kt10/2  230 228 150 56 56 9 kt10/1
 *   noi-vu   dv 19 bc 280 kt 38/2         dv 18 bc 275 kt 38/3           dv 18 bc 272 kt 38/4       dv 17 bc 270 kt 40/6
 *   ttyt     gq 40 dh 40                  gq 45 dh 44                    gq 50 dh 49                gq 55 dh 55
 *   xa-a     295 290 150 120 120 12       315 300 null 120 118 13 (14/06) 300 296 160 122 122 11    310 305 170 124 124 10
 *   xa-b     600 590 380 110 105 14       640 630 395 null 110 16        —                          620 610 400 112 112 12
 *   xa-c     486 470 320 100 100 11 (20/03, late)  513 500 310 100 100 12 (11/06)  500 490 330 101 101 10  520 515 350 101 101 9
 *   xa-cu    gq 50 dh 45 ts 90 ck 90 tg 20  gq 60 dh 58 ts 90 ck 90 tg 18  (ended 25/06)            —
 *   xa-moi   (created 25/06)              —                              30 27 6 80 75 18           40 38 12 80 80 15
 * Every report is dated the 10th of the quarter's last month unless shown.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput } from '../../../src/consolidate/input.js';
import type { Consolidation, IndicatorResult } from '../../../src/consolidate/types.js';
import { unitNote } from '../../../src/render/reports/report-text.js';

const ROOT = fileURLToPath(new URL('../../fixtures/over-time/', import.meta.url));
let input: ConsolidationInput;

beforeAll(async () => {
  ({ input } = await loadConsolidation(ROOT, '2024Q2', 'vi', { cwd: ROOT, today: '2025-01-31' }));
});

const run = (period: string, config: Partial<ConsolidationInput['config']> = {}): Consolidation =>
  consolidate({ ...input, period, config: { ...input.config, ...config } });
const statusRows = (c: Consolidation) => c.completeness.units.map((u) => [u.unit, u.status]);
const ind = (c: Consolidation, id: string): IndicatorResult => {
  const r = c.indicators.find((i) => i.id === id);
  if (!r) throw new Error(`no indicator ${id}`);
  return r;
};
const level = (c: Consolidation, id: string) => c.levels.find((g) => g.id === id)!;
const unit = (c: Consolidation, id: string) => c.units.find((u) => u.unit === id)!;

describe('fixture', () => {
  it('is valid', () => {
    expect(input.submissions.filter((s) => !s.valid)).toEqual([]);
    expect(input.submissions).toHaveLength(27);
  });
});

describe('a rate’s counts are paired per report (issue 13 reproduction)', () => {
  it('leaves a report giving one count of two out of the quarter’s rate', () => {
    const c = run('2024Q2');
    // xa-a left kq empty: out of both sums. Communes: kq 395 + 310 = 705 over gq 640 + 513 = 1153 = 61.14 %.
    const commune = level(c, 'commune').indicators['ty-le-so-hoa']!;
    expect(commune.figure).toMatchObject({ numerator: 705, denominator: 1153 });
    expect(commune.figure.value).toBeCloseTo((100 * 705) / 1153, 10);
    expect(commune.status).toBe('met');
    expect(unit(c, 'xa-a').values['ty-le-so-hoa']).toMatchObject({ value: null, numerator: null, denominator: null, partial: false });
  });

  it('keeps a half-year rate between its quarters: the Q1 counts paired, the unpaired Q2 in neither sum', () => {
    const q1 = level(run('2024Q1'), 'commune').indicators['ty-le-so-hoa']!.figure;
    // Q1 communes: kq 150 + 380 + 320 = 850 over gq 295 + 600 + 486 = 1381 = 61.55 %.
    expect(q1).toMatchObject({ numerator: 850, denominator: 1381 });
    const c = run('2024S1');
    // S1 communes: kq 150 (xa-a Q1) + 775 (xa-b) + 630 (xa-c) = 1555 over gq 295 (xa-a Q1 only) + 1240 + 999 = 2534
    // = 61.37 % ≥ 55 → met. Summing xa-a's Q2 denominator too would give 1555 / 2849 = 54.58 %, not met.
    const commune = level(c, 'commune').indicators['ty-le-so-hoa']!;
    expect(commune.figure).toMatchObject({ numerator: 1555, denominator: 2534, partial: ['xa-a'] });
    expect(commune.figure.value).toBeCloseTo((100 * 1555) / 2534, 10);
    expect(commune.figure.value).toBeGreaterThan((100 * 705) / 1153);
    expect(commune.figure.value).toBeLessThan((100 * 850) / 1381);
    expect(commune.status).toBe('met');
    // All units add vp's 100 + 120 = 220 over 200 + 220 = 420: 1775 / 2954.
    expect(ind(c, 'ty-le-so-hoa').figure).toMatchObject({ numerator: 1775, denominator: 2954, reporting: 4 });
    // xa-a's own half: its Q1 pair, 150 / 295, partial for its unpaired Q2.
    expect(unit(c, 'xa-a').values['ty-le-so-hoa']).toMatchObject({
      numerator: 150,
      denominator: 295,
      partial: true,
      gaps: [{ period: '2024Q2', reason: 'unpaired' }],
    });
    // Its dossiers resolved are complete (610); its digitised results lack Q2.
    expect(unit(c, 'xa-a').values['hs-giai-quyet']).toMatchObject({ value: 610, partial: false, status: 'no-target' });
    expect(unit(c, 'xa-a').values['hs-giai-quyet']!.gaps).toBeUndefined();
    expect(unit(c, 'xa-a').values['kq-so-hoa']).toMatchObject({ value: 150, partial: true, gaps: [{ period: '2024Q2', reason: 'no-value' }] });
    expect(ind(c, 'kq-so-hoa').figure.partial).toEqual(['xa-a']);
  });

  it('pairs end-of-period counts from the same report, the stock carried forward and said so', () => {
    const c = run('2024S1');
    // xa-b left ts empty in Q2: ts carried from Q1 (110); its ck is Q2's 110; its rate pair is Q1's 105 / 110.
    const b = unit(c, 'xa-b').values;
    expect(b['tthc-tong-so']).toMatchObject({ value: 110, partial: true, carriedFrom: '2024Q1', gaps: [{ period: '2024Q2', reason: 'no-value' }] });
    expect(b['tthc-cong-khai']).toMatchObject({ value: 110, partial: false, status: 'no-target' });
    expect(b['ty-le-cong-khai']).toMatchObject({ numerator: 105, denominator: 110, partial: true, carriedFrom: '2024Q1' });
    // All units: ck 52 + 118 + 105 + 100 + 90 = 465 over ts 52 + 120 + 110 + 100 + 90 = 472 = 98.52 % < 100.
    const r = ind(c, 'ty-le-cong-khai');
    expect(r.figure).toMatchObject({ numerator: 465, denominator: 472, partial: ['xa-b'] });
    expect(r.status).toBe('not-met');
  });

  it('takes an end-of-period value from the last report giving it: an earlier report without it lacks nothing', () => {
    const c = run('2024');
    // xa-b: Q1 ts 110 ck 105; Q2 ts empty, ck 110; no Q3 report; Q4 ts 112 ck 112. The year's stocks are Q4's.
    const b = unit(c, 'xa-b').values;
    expect(b['tthc-tong-so']).toMatchObject({ value: 112, partial: false });
    expect([b['tthc-tong-so']!.gaps, b['tthc-tong-so']!.carriedFrom]).toEqual([undefined, undefined]);
    expect(b['ty-le-cong-khai']).toMatchObject({ numerator: 112, denominator: 112, value: 100, partial: false });
    expect(ind(c, 'tthc-tong-so').figure.partial).not.toContain('xa-b');
    // A sum still lacks the missing quarter: gq 600 + 640 + 620 = 1860.
    expect(b['hs-giai-quyet']).toMatchObject({ value: 1860, partial: true, gaps: [{ period: '2024Q3', reason: 'missing' }] });
    // The ts left empty in Q2 is no gap of the year: nothing to say in the reporting status.
    expect(c.completeness.units.find((u) => u.unit === 'xa-b')!.emptyValues).toEqual([]);
  });

  it('sums fully paired rates as before', () => {
    const c = run('2024S1');
    // dh 405 + 84 + 590 + 1220 + 970 + 103 = 3372 over gq 420 + 85 + 610 + 1240 + 999 + 110 = 3464.
    expect(ind(c, 'ty-le-dung-han').figure).toMatchObject({ numerator: 3372, denominator: 3464, partial: [] });
    // Inspections: noi-vu 2 + 3 = 5 over 38 (last), vp 1 + 0 = 1 over 10 → 6 / 48 = 12.5 %.
    expect(ind(c, 'ty-le-kiem-tra').figure).toMatchObject({ value: 12.5, numerator: 6, denominator: 48 });
  });

  it('says what every partial value lacks', () => {
    const c = run('2024S1');
    // In the reporting status: the reports whose values were left empty, like a missing report.
    const row = (id: string) => c.completeness.units.find((u) => u.unit === id)!;
    expect(row('xa-a').emptyValues).toEqual([{ period: '2024Q2', indicators: ['kq-so-hoa'] }]);
    expect(row('xa-b').emptyValues).toEqual([{ period: '2024Q2', indicators: ['tthc-tong-so'] }]);
    expect(row('xa-c').emptyValues).toEqual([]);
    expect(unitNote(row('xa-a'))).toBe('Để trống 1 chỉ tiêu Quý II/2024');
    const gaps = c.notes.filter((n) => ['value-gap', 'value-carried', 'rate-unpaired'].includes(n.code));
    expect(gaps.map((n) => [n.code, n.unit, n.indicator])).toEqual([
      ['value-gap', 'xa-a', 'kq-so-hoa'],
      ['rate-unpaired', 'xa-a', 'ty-le-so-hoa'],
      ['value-carried', 'xa-b', 'tthc-tong-so'],
      ['rate-unpaired', 'xa-b', 'ty-le-cong-khai'],
    ]);
    expect(gaps[0]!.message).toBe(
      'Xã An Bình không báo cáo chỉ tiêu "Số kết quả được số hóa" (kq-so-hoa) trong quý II năm 2024; số liệu 6 tháng đầu năm 2024 của đơn vị chỉ gồm các kỳ có số liệu, kỳ thiếu không được tính là 0.',
    );
    expect(gaps[2]!.message).toBe(
      'Xã Bình Minh: số liệu quý II năm 2024 của chỉ tiêu "Số TTHC thuộc thẩm quyền" (tthc-tong-so) chưa báo cáo; giá trị cuối kỳ 6 tháng đầu năm 2024 của đơn vị lấy theo số liệu quý I năm 2024.',
    );
  });
});

describe('year to date ("lũy kế từ đầu năm")', () => {
  it('says what the year to date of each quarter is', () => {
    expect(run('2024Q3').yearToDate).toEqual({
      id: '2024Q1-Q3',
      parts: ['2024S1', '2024Q3'],
      label: '9 tháng năm 2024',
      shortLabel: '9 tháng/2024',
      window: { from: '2023-12-15', to: '2024-09-14' },
      wholeYear: false,
    });
    expect(run('2024Q2').yearToDate).toMatchObject({ id: '2024S1', parts: ['2024S1'], label: '6 tháng đầu năm 2024' });
    expect(run('2024Q4').yearToDate).toMatchObject({ id: '2024', parts: ['2024'], wholeYear: true, window: { from: '2023-12-15', to: '2024-12-14' } });
    expect(run('2024Q1').yearToDate).toMatchObject({ id: '2024Q1', parts: ['2024Q1'] });
    expect(run('2024').yearToDate).toBeNull();
    expect(ind(run('2024'), 'kq-so-hoa').yearToDate).toBeUndefined();
  });

  it('rolls nine months up from the half and Q3, with the same pairing and gaps', () => {
    const c = run('2024Q3');
    // kq (read year to date by the plan): vp 100 + 120 + 130 = 350; xa-a 150 + 160 = 310 (Q2 empty);
    // xa-b 380 + 395 = 775 (Q3 missing); xa-c 320 + 310 + 330 = 960; xa-moi 6 → 2401. Q3 alone: 130 + 160 + 330 + 6 = 626.
    const kq = ind(c, 'kq-so-hoa');
    expect(kq.window).toBe('year-to-date');
    expect(kq.figure.value).toBe(626);
    expect(kq.yearToDate!.figure).toMatchObject({ value: 2401, reporting: 5 });
    expect(kq.yearToDate!.figure.partial).toEqual(expect.arrayContaining(['xa-a', 'xa-b']));
    expect(unit(c, 'xa-a').values['kq-so-hoa']!.yearToDate).toMatchObject({
      value: 310,
      partial: true,
      gaps: [{ period: '2024Q2', reason: 'no-value' }],
    });
    // xa-b has no Q3 report: its Q3 value is empty, its nine months are its half (partial).
    expect(unit(c, 'xa-b').values['kq-so-hoa']).toMatchObject({ value: null, yearToDate: { value: 775, partial: true, gaps: [{ period: '2024Q3', reason: 'missing' }] } });
    // ty-le-so-hoa, communes: xa-a 150/295 + 160/300 (Q2 unpaired), xa-b 775/1240, xa-c 960/1499, xa-moi 6/30
    // = 2051 / 3364 = 60.97 % ≥ 55 → met; district vp 350 / 630 = 55.56 % < 60 → not met.
    const rate = ind(c, 'ty-le-so-hoa');
    expect(rate.window).toBe('period');
    expect(level(c, 'commune').indicators['ty-le-so-hoa']!.yearToDate!.figure).toMatchObject({ numerator: 2051, denominator: 3364 });
    expect(rate.yearToDate!.figure).toMatchObject({ numerator: 2401, denominator: 3994 });
    expect(rate.yearToDate!.targets.map((t) => [t.scope, t.status, t.window])).toEqual([
      ['district', 'not-met', 'year-to-date'],
      ['commune', 'met', 'year-to-date'],
    ]);
    // Its own targets stay on the quarter: communes xa-a 160/300 + xa-c 330/500 + xa-moi 6/30 = 496/830 = 59.76 %.
    expect(level(c, 'commune').indicators['ty-le-so-hoa']!.figure).toMatchObject({ numerator: 496, denominator: 830 });
    expect(rate.targets.map((t) => t.window)).toEqual(['period', 'period']);
    expect(rate.yearToDate!.lastYear).toEqual({ period: '2023Q1-Q3', label: '9 tháng năm 2023', value: null });
  });

  it('judges a yearly target of an indicator read year to date on the year so far, and on the year in Q4', () => {
    // ty-le-kiem-tra (evaluate: year, so read year to date). Q3: noi-vu 2 + 3 + 4 = 9 / 38, vp 1 + 0 + 2 = 3 / 10
    // → 12 / 48 = 25 %: not due yet, 5 points short. The quarter alone: 6 / 48 = 12.5 %.
    const q3 = ind(run('2024Q3'), 'ty-le-kiem-tra');
    expect(q3.window).toBe('year-to-date');
    expect(q3.figure).toMatchObject({ value: 12.5, numerator: 6, denominator: 48 });
    expect(q3.targets[0]).toMatchObject({ value: 25, status: 'not-due', reason: 'year-only', gap: -5, window: 'year-to-date' });
    expect(q3.yearToDate!.figure).toMatchObject({ value: 25, numerator: 12, denominator: 48 });
    // Q4: the year to date is the year: noi-vu 15 / 40, vp 4 / 10 → 19 / 50 = 38 % ≥ 30 → met, short of the 40 % stretch.
    const q4 = ind(run('2024Q4'), 'ty-le-kiem-tra');
    expect(q4.figure).toMatchObject({ value: 14, numerator: 7, denominator: 50 });
    expect(q4.targets[0]).toMatchObject({ value: 38, status: 'met', reason: null, gap: 8, stretchMet: false, window: 'year-to-date' });
    expect(q4.status).toBe('met');
    // The year report says the same, on its own figure.
    const year = ind(run('2024'), 'ty-le-kiem-tra');
    expect(year.targets[0]).toMatchObject({ value: 38, status: 'met', window: 'period' });
    // A unit too: noi-vu 15 / 40 = 37.5 % in Q4.
    expect(unit(run('2024Q4'), 'noi-vu').values['ty-le-kiem-tra']).toMatchObject({ value: 15, status: 'met', yearToDate: { value: 37.5 } });
  });

  it('gives in Q2 the half year’s figures, in Q4 the year’s, for every scope', () => {
    for (const [quarter, whole] of [
      ['2024Q2', '2024S1'],
      ['2024Q4', '2024'],
    ] as const) {
      const q = run(quarter);
      const w = run(whole);
      for (const i of q.indicators) {
        if (!i.yearToDate) continue;
        expect(i.yearToDate.figure, `${quarter} ${i.id}`).toEqual(ind(w, i.id).figure);
        for (const g of [...q.levels, ...q.kinds]) {
          const other = [...w.levels, ...w.kinds].find((x) => x.id === g.id && x.type === g.type)!;
          expect(g.indicators[i.id]?.yearToDate?.figure).toEqual(other.indicators[i.id]?.figure);
        }
        for (const u of q.units) {
          const other = w.units.find((x) => x.unit === u.unit)!.values[i.id];
          if (!u.values[i.id]) continue;
          const { yearToDate: _own, ...theirs } = other!;
          const { status: _s, ...ytd } = u.values[i.id]!.yearToDate!;
          const { status: _t, ...rest } = theirs;
          expect(ytd, `${quarter} ${u.unit} ${i.id}`).toEqual(rest);
        }
      }
    }
  });

  it('has a year to date for every indicator that combines over time, and the quarter’s own in Q1', () => {
    const q1 = run('2024Q1');
    for (const i of q1.indicators) expect(i.yearToDate?.figure).toEqual(i.figure);
    expect(q1.indicators.filter((i) => !i.yearToDate)).toEqual([]);
  });

  it('notes only the gaps of the earlier quarters, worded for the year to date', () => {
    const c = run('2024Q3');
    const ytd = c.notes.filter((n) => n.period === '2024Q1-Q3');
    expect(ytd.map((n) => [n.code, n.unit, n.indicator])).toEqual([
      ['value-gap', 'xa-a', 'kq-so-hoa'],
      ['rate-unpaired', 'xa-a', 'ty-le-so-hoa'],
      ['value-carried', 'xa-b', 'tthc-tong-so'],
      ['rate-unpaired', 'xa-b', 'ty-le-cong-khai'],
    ]);
    expect(ytd[0]!.message).toContain('số liệu 9 tháng năm 2024 của đơn vị chỉ gồm các kỳ có số liệu');
  });
});

describe('who owes a report: the data window and the due date', () => {
  it('does not expect the Q2 or S1 report of a unit created on 25/06, after the Q2 cut-off and due date', () => {
    for (const period of ['2024Q2', '2024S1']) {
      // noi-vu, vp, ttyt, xa-a, xa-b, xa-c and xa-cu (ending 25/06, after the cut-off of 14/06); not xa-moi.
      expect(run(period).completeness.units.map((u) => u.unit), period).toEqual(['noi-vu', 'vp', 'ttyt', 'xa-a', 'xa-b', 'xa-c', 'xa-cu']);
    }
    // Q3: xa-moi owes its first quarter (25/06–14/09); xa-cu's 15/06–25/06 are its final days, not owed by default.
    const q3 = run('2024Q3');
    expect(statusRows(q3)).toEqual([
      ['noi-vu', 'on-time'],
      ['vp', 'on-time'],
      ['ttyt', 'on-time'],
      ['xa-a', 'on-time'],
      ['xa-b', 'missing'],
      ['xa-c', 'on-time'],
      ['xa-moi', 'on-time'],
    ]);
    expect(q3.completeness).toMatchObject({ expected: 7, submitted: 6, missing: 1 });
    // The year: xa-moi owes only its second half, which it gave in full; xa-cu only its first.
    const year = run('2024');
    expect(statusRows(year)).toEqual([
      ['noi-vu', 'on-time'],
      ['vp', 'on-time'],
      ['ttyt', 'on-time'],
      ['xa-a', 'late'],
      ['xa-b', 'partial'],
      ['xa-c', 'late'],
      ['xa-cu', 'on-time'],
      ['xa-moi', 'on-time'],
    ]);
    expect(year.completeness).toMatchObject({ expected: 8, submitted: 7, onTime: 5, late: 2, partial: 1, missing: 0 });
  });

  it('expects the final days of a unit that ended before the cut-off when cchc.yaml says finalDays', () => {
    const q3 = run('2024Q3', { finalDays: true });
    expect(q3.completeness.units.find((u) => u.unit === 'xa-cu')!.status).toBe('missing');
    expect(q3.completeness).toMatchObject({ expected: 8, missing: 2 });
    // Its year then lacks the second half (Q3; Q4's window starts after it ended).
    const cu = run('2024', { finalDays: true }).completeness.units.find((u) => u.unit === 'xa-cu')!;
    expect([cu.status, cu.missingParts]).toEqual(['partial', ['2024S2']]);
  });
});

describe('lateness of a half or a year built from quarters', () => {
  it('judges each quarter against its own due date by default', () => {
    const s1 = run('2024S1');
    // xa-a: Q2 on 14/06, due 12/06 → 2 days; xa-c: Q1 on 20/03, due 12/03 → 8 days.
    const row = (id: string) => s1.completeness.units.find((u) => u.unit === id)!;
    expect([row('xa-a').status, row('xa-a').daysLate]).toEqual(['late', 2]);
    expect([row('xa-c').status, row('xa-c').daysLate]).toEqual(['late', 8]);
    expect(row('xa-c').parts.map((p) => [p.period, p.status, p.due])).toEqual([
      ['2024Q1', 'late', '2024-03-12'],
      ['2024Q2', 'on-time', '2024-06-12'],
    ]);
    expect(s1.completeness).toMatchObject({ onTime: 5, late: 2 });
  });

  it('judges every part against the half’s or year’s due date with lateness: period', () => {
    const s1 = run('2024S1', { lateness: 'period' });
    // S1 due 15/06: xa-a's 14/06 and xa-c's 20/03 and 11/06 are all on time.
    const c = s1.completeness.units.find((u) => u.unit === 'xa-c')!;
    expect([c.status, c.daysLate]).toEqual(['on-time', 0]);
    expect(c.parts.map((p) => [p.period, p.status, p.due])).toEqual([
      ['2024Q1', 'on-time', '2024-06-15'],
      ['2024Q2', 'on-time', '2024-06-15'],
    ]);
    expect(s1.completeness).toMatchObject({ onTime: 7, late: 0 });
    // The year (due 10/12): every part, Q4's of 10/12 included, is on time; xa-b still lacks Q3.
    expect(run('2024', { lateness: 'period' }).completeness).toMatchObject({ onTime: 7, late: 0, partial: 1 });
    // A quarter is judged against its own due date either way.
    expect(run('2024Q1', { lateness: 'period' }).completeness).toMatchObject({ late: 1 });
  });
});

describe('expected reporters: a unit outside the plan’s reporters that reports anyway', () => {
  it('counts it, names it and says how the count changes', () => {
    const c = run('2024Q2');
    // kt-*: the plan expects the unit leading to-chuc (noi-vu); vp reports them too → 2 of 2, vp outside.
    const kt = ind(c, 'kt-da-kiem-tra').figure;
    expect([kt.value, kt.reporting, kt.expected, kt.outside]).toEqual([3, 2, 2, ['vp']]);
    expect(ind(c, 'ty-le-kiem-tra').figure).toMatchObject({ numerator: 3, denominator: 48, reporting: 2, expected: 2, outside: ['vp'] });
    expect(ind(c, 'hs-giai-quyet').figure.outside).toEqual([]);
    const notes = c.notes.filter((n) => n.code === 'outside-reporters');
    expect(notes.map((n) => n.indicator)).toEqual(['kt-truc-thuoc', 'kt-da-kiem-tra', 'ty-le-kiem-tra']);
    expect(notes[1]!.message).toBe(
      'Chỉ tiêu "Số đơn vị được kiểm tra" (kt-da-kiem-tra) theo Kế hoạch do 1 đơn vị báo cáo; 1 đơn vị khác cũng báo cáo (Văn phòng HĐND và UBND) và được cộng vào số tổng hợp, nên số liệu là của 2/2 đơn vị (kể cả các đơn vị đó).',
    );
  });
});
