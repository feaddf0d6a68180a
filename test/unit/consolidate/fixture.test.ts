/**
 * Every consolidated figure of test/fixtures/consolidate, checked against
 * numbers worked out by hand from the submission files.
 *
 * Units (units.yaml), in canonical order (kind family, then Vietnamese name):
 *   noi-vu  Phòng Nội vụ            department (district level)
 *   vp      Văn phòng HĐND và UBND   department (district level)
 *   ttyt    Trung tâm Y tế           public service unit (district level)
 *   tt-tk   Thị trấn Trung Tâm       town (commune level)
 *   xa-an   Xã An Bình               commune
 *   xa-cu   Xã Cũ                    commune, valid to 30/06/2024
 *   xa-dong Xã Đông Hòa              commune
 *   xa-moi  Xã Mới Lập               commune, valid from 01/07/2024
 *
 * Due dates (cchc.yaml): quarter day 12, half day 15, year day 10 of the last month.
 *
 * Submitted figures (gq = hs-giai-quyet, dh = hs-dung-han, kq = kq-so-hoa,
 * ts = tthc-tong-so, ck = tthc-cong-khai, tg = tg-cho, iso = iso-9001):
 *
 *            Q1 (10/03)                 Q2 (10/06)                  Q3 (10/09)                 Q4 (10/12)
 *   vp       200 190 100 50 50 10 T     220 215 120 52 52 11 T      210 205 130 55 55 10 T     230 228 150 56 56 9 T
 *   ttyt     gq 40 dh 40                gq 45 dh 44                 gq 50 dh 49                gq 55 dh 55
 *   xa-an    100 98 30 120 120 12 T     110 104 40 120 118 13 T     120 118 50 122 122 11 T    130 127 60 124 124 10 T
 *   xa-dong  80 76 20 110 105 14 T      90 90 30 110 110 16 T (20/06, late)  100 95 35 112 112 13 T   95 94 40 112 111 12 T
 *   tt-tk    150 147 60 125 125 9 T     — missing —                 160 158 80 126 126 8 T     170 170 90 126 126 7 T
 *   xa-cu    50 45 10 100 100 20 F      60 70 … INVALID (dh > gq)   (not valid)                (not valid)
 *   xa-moi   (not valid)                (not valid)                 30 27 6 90 85 18 F         — missing —
 *   noi-vu   dv 19 bc 280 kt 30/4 iso T  dv 18 bc 275 kt 30/5 T      dv 18 bc 272 kt 30/3 T     dv 17 bc 270 kt 32/2 T
 *
 *   xa-an 2024S1 (14/06): 212 202 70 120 118 13 T — its own half-year report (gq 212 ≠ Q1+Q2 = 210).
 *   noi-vu 2024 (09/12): dv 17 bc 270 kt 32/14 iso T; noi-vu 2021 (09/12/2021): dv 22 bc 300 kt 30/10.
 *   cchc.yaml baselines: 2021 dv-sncl = 20 (wins over the 2021 data, 22).
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadConsolidation } from '../../../src/cli/load-consolidation.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput } from '../../../src/consolidate/input.js';
import type { Consolidation, IndicatorResult } from '../../../src/consolidate/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/consolidate/', import.meta.url));
let input: ConsolidationInput;

beforeAll(async () => {
  ({ input } = await loadConsolidation(ROOT, '2024Q2', 'vi', { cwd: ROOT, today: '2025-01-31' }));
});

const run = (period: string): Consolidation => consolidate({ ...input, period });
const ind = (c: Consolidation, id: string): IndicatorResult => {
  const r = c.indicators.find((i) => i.id === id);
  if (!r) throw new Error(`no indicator ${id}`);
  return r;
};
const level = (c: Consolidation, id: string) => c.levels.find((g) => g.id === id)!;
const kind = (c: Consolidation, id: string) => c.kinds.find((g) => g.id === id)!;
const statusRows = (c: Consolidation) => c.completeness.units.map((u) => [u.unit, u.status]);

describe('fixture validity', () => {
  it('has exactly one invalid file, xa-cu 2024Q2', () => {
    expect(input.submissions.filter((s) => !s.valid).map((s) => s.file)).toEqual(['submissions/2024Q2/xa-cu.yaml']);
    expect(input.submissions).toHaveLength(29);
  });
});

describe('2024Q2', () => {
  let c: Consolidation;
  beforeAll(() => {
    c = run('2024Q2');
  });

  it('has the period data', () => {
    expect(c.period).toEqual({
      id: '2024Q2',
      kind: 'quarter',
      year: 2024,
      label: 'quý II năm 2024',
      shortLabel: 'Quý II/2024',
      window: { from: '2024-03-15', to: '2024-06-14' },
      span: { from: '2024-04-01', to: '2024-06-30' },
      due: '2024-06-12',
    });
  });

  it('counts who reported', () => {
    // Expected: 7 (xa-moi starts 01/07). On time: noi-vu, vp, ttyt, xa-an. Late: xa-dong (20/06 > 12/06, 8 days).
    // Missing: tt-tk. Invalid: xa-cu.
    expect(statusRows(c)).toEqual([
      ['noi-vu', 'on-time'],
      ['vp', 'on-time'],
      ['ttyt', 'on-time'],
      ['tt-tk', 'missing'],
      ['xa-an', 'on-time'],
      ['xa-cu', 'invalid'],
      ['xa-dong', 'late'],
    ]);
    const { units, ...counts } = c.completeness;
    // Reporting rate 100 × 5 / 7 = 71.428571…; on-time rate 100 × 4 / 7 = 57.142857….
    expect(counts).toEqual({
      expected: 7,
      submitted: 5,
      onTime: 4,
      late: 1,
      partial: 0,
      missing: 1,
      invalid: 1,
      reportingRate: expect.closeTo(71.4285714, 6),
      onTimeRate: expect.closeTo(57.1428571, 6),
    });
    const dong = units.find((u) => u.unit === 'xa-dong')!;
    expect([dong.submitted, dong.daysLate, dong.files]).toEqual(['2024-06-20', 8, ['submissions/2024Q2/xa-dong.yaml']]);
    const cu = units.find((u) => u.unit === 'xa-cu')!;
    expect(cu.errors).toBe(1);
    expect(cu.files).toEqual(['submissions/2024Q2/xa-cu.yaml']);
  });

  it('sums counts over the units that reported', () => {
    // gq: vp 220 + ttyt 45 + xa-an 110 + xa-dong 90 = 465 (tt-tk missing, xa-cu excluded, noi-vu does not report it).
    expect(ind(c, 'hs-giai-quyet').figure).toEqual({ value: 465, reporting: 4, expected: 7, outside: [], partial: [] });
    // dh: 215 + 44 + 104 + 90 = 453.
    expect(ind(c, 'hs-dung-han').figure.value).toBe(453);
    // kq: vp 120 + xa-an 40 + xa-dong 30 = 190; expected = departments, communes and the town = 6.
    expect(ind(c, 'kq-so-hoa').figure).toEqual({ value: 190, reporting: 3, expected: 6, outside: [], partial: [] });
  });

  it('recomputes rates from summed counts and judges them', () => {
    // 100 × 453 / 465 = 97.419354…; target 95–100 → met; gap = min(97.419 − 95, 100 − 97.419) = 2.419354….
    const r = ind(c, 'ty-le-dung-han');
    expect(r.figure).toMatchObject({ numerator: 453, denominator: 465, reporting: 4, expected: 7 });
    expect(r.figure.value).toBeCloseTo((100 * 453) / 465, 10);
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ scope: 'all', min: 95, max: 100, status: 'met', reason: null });
    expect(r.targets[0]!.gap).toBeCloseTo(97.4193548 - 95, 6);
    expect(r.status).toBe('met');
    // Averaging the four units' rates would give (97.73 + 97.78 + 94.55 + 100) / 4 = 97.51 — not what we report.
    expect(r.figure.value).not.toBeCloseTo(((215 / 220 + 44 / 45 + 104 / 110 + 90 / 90) / 4) * 100, 2);
  });

  it('judges level-specific ramps on each level’s own figure', () => {
    // All units: 190 / (220 + 110 + 90) = 190 / 420 = 45.238…%.
    const r = ind(c, 'ty-le-so-hoa');
    expect(r.figure).toMatchObject({ numerator: 190, denominator: 420 });
    // District (vp only reports both counts; ttyt reports no kq): 100 × 120 / 220 = 54.545…% vs ramp
    // 20 + 20 × (2024 − 2022) = 60 → not met, gap −5.4545…
    // Commune: (40 + 30) / (110 + 90) = 70 / 200 = 35 % vs 15 + 20 × 2 = 55 → not met, gap −20.
    expect(r.targets.map((t) => [t.scope, t.min, t.status])).toEqual([
      ['district', 60, 'not-met'],
      ['commune', 55, 'not-met'],
    ]);
    expect(r.targets[0]!.value).toBeCloseTo((100 * 120) / 220, 10);
    expect(r.targets[0]!.gap).toBeCloseTo((100 * 120) / 220 - 60, 10);
    expect(r.targets[1]!.value).toBe(35);
    expect(r.targets[1]!.gap).toBe(-20);
    expect(level(c, 'district').indicators['ty-le-so-hoa']!.targets.map((t) => t.level)).toEqual(['district']);
    expect(level(c, 'commune').indicators['ty-le-so-hoa']!.figure.value).toBe(35);
  });

  it('takes last values, maxima, booleans and relative targets', () => {
    // ts 52 + 120 + 110 = 282; ck 52 + 118 + 110 = 280; 100 × 280 / 282 = 99.29 < 100 → not met.
    const ck = ind(c, 'ty-le-cong-khai');
    expect(ck.figure).toMatchObject({ numerator: 280, denominator: 282 });
    expect(ck.status).toBe('not-met');
    // Max waiting time: max(11, 13, 16) = 16; "by 2025" → not due in 2024, gap 15 − 16 = −1.
    const tg = ind(c, 'tg-cho');
    expect(tg.figure.value).toBe(16);
    expect(tg.targets[0]).toMatchObject({ max: 15, status: 'not-due', reason: 'by-year', gap: -1 });
    // ISO: vp, noi-vu, xa-an, xa-dong all true → all = true, met.
    expect(ind(c, 'iso-9001').figure).toMatchObject({ value: true, yes: 4, no: 0, reporting: 4, expected: 6 });
    expect(ind(c, 'iso-9001').status).toBe('met');
    // dv-sncl 18 vs baseline 20 (cchc.yaml) × 90 / 100 = 18 → met, gap 0.
    expect(ind(c, 'dv-sncl').targets[0]).toMatchObject({
      max: 18,
      status: 'met',
      gap: 0,
      baseline: { year: 2021, value: 20, source: 'config' },
    });
    // bc-sncl 275 vs 2021 data 300 × 90 / 100 = 270 → not met, gap −5.
    expect(ind(c, 'bc-sncl').targets[0]).toMatchObject({
      max: 270,
      status: 'not-met',
      gap: -5,
      baseline: { year: 2021, value: 300, source: 'data' },
    });
    // Inspections 5 / 30 = 16.67 %: a yearly target, not judged on a quarter.
    expect(ind(c, 'ty-le-kiem-tra').targets[0]).toMatchObject({ status: 'not-due', reason: 'year-only' });
  });

  it('gives groups by level and by kind family', () => {
    expect(c.levels.map((g) => [g.id, g.name, g.units])).toEqual([
      ['district', 'cấp huyện', ['noi-vu', 'vp', 'ttyt']],
      ['commune', 'cấp xã', ['tt-tk', 'xa-an', 'xa-cu', 'xa-dong']],
    ]);
    expect(c.kinds.map((g) => [g.id, g.name, g.level, g.units])).toEqual([
      ['department', 'Các phòng chuyên môn', 'district', ['noi-vu', 'vp']],
      ['public-service-unit', 'Các đơn vị sự nghiệp công lập', 'district', ['ttyt']],
      ['commune', 'UBND các xã, thị trấn', 'commune', ['tt-tk', 'xa-an', 'xa-cu', 'xa-dong']],
    ]);
    // District dh / gq: (215 + 44) / (220 + 45) = 259 / 265; communes: (104 + 90) / (110 + 90) = 194 / 200 = 97 %.
    expect(level(c, 'district').indicators['ty-le-dung-han']!.figure).toMatchObject({ numerator: 259, denominator: 265 });
    expect(level(c, 'commune').indicators['ty-le-dung-han']!.figure.value).toBe(97);
    // Departments only: 215 / 220; the public service unit: 44 / 45.
    expect(kind(c, 'department').indicators['ty-le-dung-han']!.figure).toMatchObject({ numerator: 215, denominator: 220 });
    expect(kind(c, 'public-service-unit').indicators['ty-le-dung-han']!.figure).toMatchObject({ numerator: 44, denominator: 45 });
    // A PSU reports no kq, so its family has no digitisation rate at all.
    expect(kind(c, 'public-service-unit').indicators['ty-le-so-hoa']).toBeUndefined();
  });

  it('gives every unit its own values', () => {
    const dong = c.units.find((u) => u.unit === 'xa-dong')!;
    // 90 / 90 = 100 % on time; commune ramp 55 vs 30 / 90 = 33.3 % → not met.
    expect(dong.values['ty-le-dung-han']).toMatchObject({ value: 100, numerator: 90, denominator: 90, status: 'met' });
    expect(dong.values['ty-le-so-hoa']!.status).toBe('not-met');
    const tk = c.units.find((u) => u.unit === 'tt-tk')!;
    // Missing the quarter, it still has its year to date: Q1's 150 dossiers, partial.
    expect(tk.values['hs-giai-quyet']).toEqual({
      value: null,
      partial: false,
      status: 'no-target',
      yearToDate: { value: 150, partial: true, gaps: [{ period: '2024Q2', reason: 'missing' }], status: 'no-target' },
    });
    expect(tk.values['ty-le-dung-han']!.status).toBe('no-data');
  });

  it('tallies task statuses', () => {
    // tt-01 (departments, communes, town: 6 expected): vp done, xa-an in progress, xa-dong not started;
    // noi-vu gave none, tt-tk missing, xa-cu invalid → 3 not reported.
    expect(c.tasks.find((t) => t.id === 'tt-01')).toMatchObject({ expected: 6, done: 1, inProgress: 1, notStarted: 1, notReported: 3 });
  });

  it('compares with the previous quarter and draws the trend', () => {
    // Q1: dh 190 + 40 + 98 + 76 + 147 + 45 = 596; gq 200 + 40 + 100 + 80 + 150 + 50 = 620.
    const r = ind(c, 'ty-le-dung-han');
    expect(r.previous.period).toBe('2024Q1');
    expect(r.previous.value).toBeCloseTo((100 * 596) / 620, 10);
    expect(r.lastYear).toEqual({ period: '2023Q2', label: 'quý II năm 2023', value: null });
    // No data in 2023: the trend starts at 2024Q1.
    expect(c.trend.periods.map((p) => p.id)).toEqual(['2024Q1', '2024Q2']);
    expect(c.trend.series[0]!.targets).toEqual([95, 95]);
  });

  it('draws a rate whose targets are set per level as one line per level, against that level\'s target', () => {
    const lines = c.trend.series.filter((s) => s.indicator === 'ty-le-so-hoa');
    expect(lines.map((s) => [s.level, s.shortName])).toEqual([
      ['district', 'Số hóa kết quả, cấp huyện'],
      ['commune', 'Số hóa kết quả, cấp xã'],
    ]);
    // 2024 on the ramps: district 20 + 2 × 20, commune 15 + 2 × 20.
    expect(lines.map((s) => s.targets)).toEqual([
      [60, 60],
      [55, 55],
    ]);
    // The period's point is the level group's figure.
    for (const s of lines) {
      const group = c.levels.find((l) => l.id === s.level)!;
      expect(typeof s.values.at(-1)).toBe('number');
      expect(s.values.at(-1)).toBe(group.indicators['ty-le-so-hoa']!.figure.value);
    }
    // A rate with a target for all units stays one line.
    expect(c.trend.series.filter((s) => s.indicator === 'ty-le-dung-han').map((s) => s.level)).toEqual([null]);
  });

  it('puts the lead unit’s narrative first', () => {
    const tthc = c.narratives.find((n) => n.area === 'tthc')!;
    expect(tthc.entries.map((e) => [e.unit, e.lead])).toEqual([
      ['vp', true],
      ['noi-vu', false],
      ['ttyt', false],
      ['xa-an', false],
      ['xa-dong', false],
    ]);
  });

  it('has no notes for a plain quarter', () => {
    expect(c.notes).toEqual([]);
  });
});

describe('2024S1 (rolled up from quarters)', () => {
  let c: Consolidation;
  beforeAll(() => {
    c = run('2024S1');
  });

  it('counts who reported, from the quarters', () => {
    // vp, noi-vu, ttyt: Q1 and Q2 on time. xa-an: own S1 (14/06 ≤ 15/06). xa-dong: Q2 late.
    // tt-tk: Q2 missing → partial. xa-cu: Q2 invalid → partial.
    expect(statusRows(c)).toEqual([
      ['noi-vu', 'on-time'],
      ['vp', 'on-time'],
      ['ttyt', 'on-time'],
      ['tt-tk', 'partial'],
      ['xa-an', 'on-time'],
      ['xa-cu', 'partial'],
      ['xa-dong', 'late'],
    ]);
    expect(c.completeness).toMatchObject({ expected: 7, submitted: 5, onTime: 4, late: 1, partial: 2, missing: 0, invalid: 0 });
    const tk = c.completeness.units.find((u) => u.unit === 'tt-tk')!;
    expect(tk.missingParts).toEqual(['2024Q2']);
    expect(tk.source).toBe('sub-periods');
    const an = c.completeness.units.find((u) => u.unit === 'xa-an')!;
    expect([an.source, an.parts.map((p) => p.period)]).toEqual(['period', ['2024S1']]);
  });

  it('sums quarters, never counting a missing quarter as zero silently', () => {
    // gq: vp 200+220=420, ttyt 40+45=85, xa-an own 212, xa-dong 80+90=170, tt-tk 150 (Q1 only), xa-cu 50 (Q1 only)
    //     = 420 + 85 + 212 + 170 + 150 + 50 = 1087.
    expect(ind(c, 'hs-giai-quyet').figure).toEqual({ value: 1087, reporting: 6, expected: 7, outside: [], partial: ['tt-tk', 'xa-cu'] });
    // dh: 405 + 84 + 202 + 166 + 147 + 45 = 1049; rate 100 × 1049 / 1087 = 96.50…% → met.
    const r = ind(c, 'ty-le-dung-han');
    expect(r.figure).toMatchObject({ numerator: 1049, denominator: 1087 });
    expect(r.figure.value).toBeCloseTo((100 * 1049) / 1087, 10);
    expect(r.status).toBe('met');
    // kq: vp 220 + xa-an 70 + xa-dong 50 + tt-tk 60 + xa-cu 10 = 410 over gq 420 + 212 + 170 + 150 + 50 = 1002.
    expect(ind(c, 'ty-le-so-hoa').figure).toMatchObject({ numerator: 410, denominator: 1002 });
    // District 220 / 420 = 52.38 < 60; communes (70 + 50 + 60 + 10) / (212 + 170 + 150 + 50) = 190 / 582.
    expect(level(c, 'commune').indicators['ty-le-so-hoa']!.figure).toMatchObject({ numerator: 190, denominator: 582 });
  });

  it('takes the last value within the half for stocks', () => {
    // ts (last): vp 52 (Q2), xa-an 120 (S1), xa-dong 110 (Q2), tt-tk 125 (Q1, last available), xa-cu 100 (Q1) = 507;
    // ck: 52 + 118 + 110 + 125 + 100 = 505.
    expect(ind(c, 'ty-le-cong-khai').figure).toMatchObject({ numerator: 505, denominator: 507 });
    // tg (max): vp 11, xa-an 13, xa-dong 16, tt-tk 9, xa-cu 20 → 20.
    expect(ind(c, 'tg-cho').figure.value).toBe(20);
    // iso (all): xa-cu said no in Q1 → false; 5 yes, 1 no → target not met.
    expect(ind(c, 'iso-9001').figure).toMatchObject({ value: false, yes: 5, no: 1 });
    expect(ind(c, 'iso-9001').status).toBe('not-met');
    // Inspections: checked 4 + 5 = 9 (sum), subordinate units 30 (last) → 30 %, but only judged on a year.
    expect(ind(c, 'ty-le-kiem-tra').figure).toMatchObject({ value: 30, numerator: 9, denominator: 30 });
    expect(ind(c, 'ty-le-kiem-tra').status).toBe('not-due');
  });

  it('tallies the latest task status of each unit', () => {
    // vp done (Q2), xa-an done (S1), xa-dong not started (Q2), tt-tk in progress (Q1), xa-cu in progress (Q1);
    // noi-vu gave none.
    expect(c.tasks.find((t) => t.id === 'tt-01')).toMatchObject({ expected: 6, done: 2, inProgress: 2, notStarted: 1, notReported: 1 });
  });

  it('notes the missing, invalid and inconsistent parts', () => {
    expect(c.notes.map((n) => [n.severity, n.code, n.unit, n.indicator])).toEqual([
      ['info', 'missing-sub-period', 'tt-tk', null],
      ['info', 'values-carried', 'tt-tk', null],
      ['warning', 'sub-period-mismatch', 'xa-an', 'hs-giai-quyet'],
      ['warning', 'invalid-sub-period', 'xa-cu', null],
      ['info', 'values-carried', 'xa-cu', null],
    ]);
    // The stocks of a missing quarter are carried forward from the last one reported, and said so.
    expect(c.notes[1]!.message).toBe(
      'Thị trấn Trung Tâm chưa có số liệu quý II năm 2024 được tổng hợp; giá trị cuối kỳ 6 tháng đầu năm 2024 của 3 chỉ tiêu lấy theo số liệu quý I năm 2024: "Số TTHC thuộc thẩm quyền", "Số TTHC được công khai", "Tỷ lệ TTHC được công khai".',
    );
    expect(c.units.find((u) => u.unit === 'tt-tk')!.values['tthc-tong-so']).toMatchObject({
      value: 125,
      partial: true,
      gaps: [{ period: '2024Q2', reason: 'missing' }],
      carriedFrom: '2024Q1',
      status: 'no-target',
    });
    expect(c.notes[2]!.message).toBe(
      'Báo cáo 6 tháng đầu năm 2024 của Xã An Bình: chỉ tiêu "Số hồ sơ đã giải quyết" (hs-giai-quyet) ghi 212, khác số liệu tính từ quý I năm 2024, quý II năm 2024 là 210.',
    );
    expect(c.notes[0]!.message).toContain('Thị trấn Trung Tâm chưa có báo cáo quý II năm 2024');
  });
});

describe('2024 (the year)', () => {
  let c: Consolidation;
  beforeAll(() => {
    c = run('2024');
  });

  it('counts who reported over the year', () => {
    // Expected 8: xa-cu (to 30/06) and xa-moi (from 01/07) each owe only their half.
    // noi-vu: own year report; xa-an: S1 + Q3 + Q4; xa-dong late (Q2); tt-tk partial (Q2 missing);
    // xa-cu partial (Q2 invalid; S2 not owed); xa-moi partial (Q4 missing; S1 not owed).
    expect(statusRows(c)).toEqual([
      ['noi-vu', 'on-time'],
      ['vp', 'on-time'],
      ['ttyt', 'on-time'],
      ['tt-tk', 'partial'],
      ['xa-an', 'on-time'],
      ['xa-cu', 'partial'],
      ['xa-dong', 'late'],
      ['xa-moi', 'partial'],
    ]);
    // 100 × 5 / 8 = 62.5; 100 × 4 / 8 = 50.
    expect(c.completeness).toMatchObject({ expected: 8, submitted: 5, onTime: 4, late: 1, partial: 3, reportingRate: 62.5, onTimeRate: 50 });
    const an = c.completeness.units.find((u) => u.unit === 'xa-an')!;
    expect(an.parts.map((p) => `${p.period}:${p.status}`)).toEqual(['2024S1:on-time', '2024Q3:on-time', '2024Q4:on-time']);
    const cu = c.completeness.units.find((u) => u.unit === 'xa-cu')!;
    expect(cu.parts.map((p) => `${p.period}:${p.status}`)).toEqual(['2024Q1:on-time', '2024Q2:invalid']);
    const moi = c.completeness.units.find((u) => u.unit === 'xa-moi')!;
    expect(moi.missingParts).toEqual(['2024Q4']);
  });

  it('sums the year', () => {
    // gq: vp 200+220+210+230 = 860; ttyt 40+45+50+55 = 190; xa-an 212+120+130 = 462; xa-dong 80+90+100+95 = 365;
    //     tt-tk 150+160+170 = 480; xa-cu 50; xa-moi 30 → 860+190+462+365+480+50+30 = 2437.
    // dh: 838 + 188 + 447 + 355 + 475 + 45 + 27 = 2375 → 97.46 % met.
    const r = ind(c, 'ty-le-dung-han');
    expect(r.figure).toMatchObject({ numerator: 2375, denominator: 2437, reporting: 7, expected: 8 });
    expect(r.figure.partial).toEqual(['tt-tk', 'xa-cu', 'xa-moi']);
    expect(r.status).toBe('met');
    // kq: vp 500 + xa-an 180 + xa-dong 125 + tt-tk 230 + xa-cu 10 + xa-moi 6 = 1051 over 860+462+365+480+50+30 = 2247.
    const s = ind(c, 'ty-le-so-hoa');
    expect(s.figure).toMatchObject({ numerator: 1051, denominator: 2247 });
    // District 500 / 860 = 58.14 < 60; communes 551 / 1387 = 39.73 < 55.
    expect(level(c, 'district').indicators['ty-le-so-hoa']!.figure).toMatchObject({ numerator: 500, denominator: 860 });
    expect(level(c, 'commune').indicators['ty-le-so-hoa']!.figure).toMatchObject({ numerator: 551, denominator: 1387 });
    expect(s.targets.map((t) => t.status)).toEqual(['not-met', 'not-met']);
  });

  it('takes year-end stocks and judges yearly targets', () => {
    // ts: vp 56 + xa-an 124 + xa-dong 112 + tt-tk 126 + xa-cu 100 + xa-moi 90 = 608;
    // ck: 56 + 124 + 111 + 126 + 100 + 85 = 602.
    expect(ind(c, 'ty-le-cong-khai').figure).toMatchObject({ numerator: 602, denominator: 608 });
    // iso: xa-cu and xa-moi said no → 5 yes, 2 no.
    expect(ind(c, 'iso-9001').figure).toMatchObject({ value: false, yes: 5, no: 2 });
    // noi-vu's own year report: 14 / 32 = 43.75 % ≥ 30 → met, above the 40 % stretch, gap 13.75.
    expect(ind(c, 'ty-le-kiem-tra').targets[0]).toMatchObject({
      value: 43.75,
      status: 'met',
      reason: null,
      gap: 13.75,
      stretch: 40,
      stretchMet: true,
    });
    // dv 17 ≤ 18 (gap 1); bc 270 ≤ 270 (gap 0).
    expect(ind(c, 'dv-sncl').targets[0]).toMatchObject({ status: 'met', gap: 1 });
    expect(ind(c, 'bc-sncl').targets[0]).toMatchObject({ status: 'met', gap: 0 });
  });

  it('tallies tasks over the year', () => {
    // vp done (Q4), xa-an done (Q4), tt-tk done (Q3), xa-cu in progress (Q1), xa-dong not started (Q2),
    // xa-moi not started (Q3); noi-vu none → 7 expected.
    expect(c.tasks.find((t) => t.id === 'tt-01')).toMatchObject({ expected: 7, done: 3, inProgress: 1, notStarted: 2, notReported: 1 });
  });

  it('notes every gap once, including the half-year mismatch inside the year', () => {
    expect(c.notes.map((n) => [n.code, n.unit])).toEqual([
      ['missing-sub-period', 'tt-tk'],
      ['sub-period-mismatch', 'xa-an'],
      ['invalid-sub-period', 'xa-cu'],
      ['values-carried', 'xa-cu'],
      ['missing-sub-period', 'xa-moi'],
      ['values-carried', 'xa-moi'],
    ]);
  });

  it('draws four quarters with their targets', () => {
    // Q3: dh 205+49+118+95+158+27 = 652 over gq 210+50+120+100+160+30 = 670;
    // Q4: 228+55+127+94+170 = 674 over 230+55+130+95+170 = 680.
    const s = c.trend.series[0]!;
    expect(c.trend.periods.map((p) => p.label)).toEqual(['Quý I/2024', 'Quý II/2024', 'Quý III/2024', 'Quý IV/2024']);
    expect(s.values[2]).toBeCloseTo((100 * 652) / 670, 10);
    expect(s.values[3]).toBeCloseTo((100 * 674) / 680, 10);
  });
});

describe('English', () => {
  it('labels the period and the notes in English', () => {
    const c = consolidate({ ...input, period: '2024H1', lang: 'en' });
    expect(c.period.id).toBe('2024S1');
    expect(c.period.label).toBe('first half of 2024');
    expect(c.kinds.at(-1)!.name).toBe("Commune, town People's Committees");
    expect(c.notes[0]!.message).toContain('Thị trấn Trung Tâm has not submitted second quarter of 2024');
  });
});
