/**
 * The kinds of target other CCHC plans use, judged on a small repository with
 * hand-computed expectations: a change against a baseline or the previous
 * year, a share of units meeting a threshold, ordinal ratings, dated and
 * yearly deadlines, totals since the plan began, conditional targets and a
 * rate broken down by sector.
 */
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput, SubmissionEntry } from '../../../src/consolidate/input.js';
import { planFromData } from '../../../src/plan/load.js';
import { planConsistency } from '../../../src/plan/consistency.js';
import type { Plan } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import type { Value } from '../../../src/model/submission.js';
import { formatJudged, formatThreshold, targetRemarks } from '../../../src/render/reports/report-text.js';
import { loadReportTemplate } from '../../../src/render/reports/template/load-report-template.js';
import { indicatorTargetText } from '../../../src/form/target-text.js';
import { submissionSchema } from '../../../src/schema/submission-schema.js';
import { periodOf } from '../../../src/consolidate/period.js';
import { setLang } from '../../../src/i18n/index.js';

const PLAN: Plan = planFromData({
  id: 'p',
  version: '1',
  title: 'Kế hoạch',
  issuer: 'UBND',
  fromYear: 2021,
  toYear: 2025,
  levels: { district: ['department'], commune: ['commune'] },
  levelNames: { district: 'cấp huyện', commune: 'cấp xã' },
  scales: {
    'xep-loai': [
      { id: 'trung-binh', name: 'Trung bình' },
      { id: 'kha', name: 'Khá' },
      { id: 'tot', name: 'Tốt' },
      { id: 'xuat-sac', name: 'Xuất sắc' },
    ],
  },
  sources: [{ id: 'nq76', title: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ' }],
  areas: [{ id: 'a', code: '2.1', title: 'Lĩnh vực', lead: 'Phòng Nội vụ' }],
  indicators: [
    {
      id: 'tg-xu-ly',
      area: 'a',
      name: 'Thời gian xử lý trung bình',
      unit: 'phút',
      type: 'number',
      reportedBy: ['department'],
      aggregation: { units: 'max', time: 'last' },
      targets: [
        {
          change: { against: 2021, direction: 'decrease', by: 30 },
          text: 'Giảm thời gian tiếp nhận, xử lý hồ sơ tối thiểu 30 phút/01 hồ sơ',
          note: 'so với năm 2021',
        },
      ],
    },
    {
      id: 'dvc',
      area: 'a',
      name: 'Số dịch vụ công trực tuyến',
      unit: 'dịch vụ',
      type: 'count',
      reportedBy: ['department'],
      aggregation: { units: 'sum', time: 'last' },
      targets: [{ change: { against: 'previous-year', direction: 'increase' }, text: 'năm sau cao hơn năm trước' }],
    },
    {
      id: 'par',
      area: 'a',
      name: 'Xếp loại Chỉ số CCHC',
      unit: 'loại',
      type: 'rating',
      scale: 'xep-loai',
      reportedBy: ['commune'],
      targets: [{ minRating: 'tot', share: { min: 100 }, text: 'UBND các xã được đánh giá chỉ số CCHC đạt từ loại tốt trở lên' }],
    },
    {
      id: 'kh-giai-doan',
      area: 'a',
      name: 'Ngày ban hành Kế hoạch CCHC giai đoạn',
      unit: 'ngày',
      type: 'date',
      reportedBy: ['department', 'commune'],
      targets: [{ deadline: '2024-12-31', text: 'Hoàn thành xong trước ngày 31/12/2024' }],
    },
    {
      id: 'doi-thoai',
      area: 'a',
      name: 'Ngày tổ chức hội nghị đối thoại',
      unit: 'ngày',
      type: 'date',
      reportedBy: ['commune'],
      targets: [{ deadline: '12-31', text: 'Định kỳ hàng năm tổ chức thực hiện hội nghị đối thoại' }],
    },
    {
      id: 'dao-tao',
      area: 'a',
      name: 'Số lượt cán bộ được đào tạo',
      unit: 'lượt',
      type: 'count',
      reportedBy: ['department'],
      targets: [{ cumulative: true, min: 100, by: 2025, text: 'Giai đoạn 2021-2025 đào tạo 100 lượt', cite: { source: 'nq76', at: 'Mục II' } }],
    },
    { id: 'dk', area: 'a', name: 'Số đơn vị đủ điều kiện chuyển đổi', unit: 'đơn vị', type: 'count', reportedBy: ['department'], aggregation: { units: 'sum', time: 'last' } },
    {
      id: 'cd',
      area: 'a',
      name: 'Số đơn vị đủ điều kiện đã chuyển đổi',
      unit: 'đơn vị',
      type: 'count',
      reportedBy: ['department'],
      aggregation: { units: 'sum', time: 'last' },
      notAbove: ['dk'],
    },
    {
      id: 'ty-le-cd',
      area: 'a',
      name: 'Tỷ lệ đơn vị đủ điều kiện đã chuyển đổi',
      unit: '%',
      type: 'percent',
      ratio: { numerator: 'cd', denominator: 'dk' },
      targets: [{ min: 100, when: { indicator: 'dk', text: 'khi có đủ điều kiện' }, text: 'khi có đủ điều kiện, hoàn thành việc chuyển đổi' }],
    },
    { id: 'hs', area: 'a', name: 'Số hồ sơ đã giải quyết', unit: 'hồ sơ', type: 'count', reportedBy: ['commune'] },
    { id: 'hs-dh', area: 'a', name: 'Số hồ sơ giải quyết đúng hạn', unit: 'hồ sơ', type: 'count', reportedBy: ['commune'], notAbove: ['hs'] },
    {
      id: 'ty-le-dh',
      area: 'a',
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      unit: '%',
      type: 'percent',
      ratio: { numerator: 'hs-dh', denominator: 'hs' },
      targets: [{ min: 95, text: '≥ 95%' }],
      breakdown: {
        name: 'lĩnh vực',
        items: [{ id: 'dat-dai', name: 'đất đai' }],
        targets: [{ min: 90, text: 'trong đó lĩnh vực đất đai ≥ 90%' }],
      },
    },
    {
      id: 'xep-hang',
      area: 'a',
      name: 'Xếp hạng Chỉ số CCHC',
      unit: 'hạng',
      type: 'number',
      rank: true,
      reportedBy: ['department'],
      aggregation: { units: 'min', time: 'last' },
      targets: [
        { change: { against: 'previous-year', direction: 'decrease', by: 2 }, text: 'Chỉ số CCHC mỗi năm tăng ít nhất 02 bậc' },
        { max: 3, by: 2025, text: 'Phấn đấu thuộc Top dẫn đầu' },
        { change: { against: 'previous-year', direction: 'decrease' }, text: 'năm sau xếp hạng cao hơn năm trước' },
      ],
    },
  ],
  tasks: [],
});

const UNITS: Unit[] = [
  { id: 'pnv', name: 'Phòng Nội vụ', kind: 'department', leads: ['a'] },
  { id: 'xa-a', name: 'UBND xã A', kind: 'commune', leads: [] },
  { id: 'xa-b', name: 'UBND xã B', kind: 'commune', leads: [] },
];

function entry(unit: string, period: string, values: Record<string, Value>): SubmissionEntry {
  return {
    file: `submissions/${period}/${unit}.yaml`,
    valid: true,
    errors: 0,
    warnings: 0,
    submission: { unit, period, submitted: `${period.slice(0, 4)}-06-01`, areas: { a: { values, tasks: {}, narrative: {} } } },
  };
}

function run(submissions: SubmissionEntry[], period: string, more: Partial<ConsolidationInput> = {}) {
  return consolidate({
    plan: PLAN,
    config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: { '2021': { 'tg-xu-ly': 60 } } },
    units: UNITS,
    submissions,
    period,
    ...more,
  });
}

const target = (c: ReturnType<typeof run>, id: string, i = 0) => c.indicators.find((x) => x.id === id)!.targets[i]!;

describe('target kinds', () => {
  it('the plan is consistent and makes the breakdown\'s indicators after their wholes', () => {
    expect(planConsistency(PLAN)).toEqual([]);
    expect(PLAN.indicators.map((i) => i.id).slice(-7, -1)).toEqual(['hs', 'hs.dat-dai', 'hs-dh', 'hs-dh.dat-dai', 'ty-le-dh', 'ty-le-dh.dat-dai']);
    expect(PLAN.indicators.find((i) => i.id === 'hs-dh.dat-dai')).toMatchObject({
      notAbove: ['hs-dh', 'hs.dat-dai'],
      reportedBy: ['commune'],
      name: 'Số hồ sơ giải quyết đúng hạn, trong đó lĩnh vực đất đai',
    });
    const schema = submissionSchema(PLAN) as { $defs: Record<string, { properties: { values: { properties: Record<string, unknown> } } }> };
    const values = schema.$defs['area-a']!.properties.values.properties;
    expect(Object.keys(values)).toContain('hs-dh.dat-dai');
    expect(values['par']).toMatchObject({ enum: ['trung-binh', 'kha', 'tot', 'xuat-sac', null] });
    expect(values['doi-thoai']).toMatchObject({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
  });

  it('a reduction of at least 30 minutes against the baseline year (cchc.yaml baselines)', () => {
    const c = run([entry('pnv', '2024Q2', { 'tg-xu-ly': 25 })], '2024Q2');
    expect(target(c, 'tg-xu-ly')).toMatchObject({
      max: 30,
      status: 'met',
      gap: 5,
      change: { against: 2021, direction: 'decrease', by: 30, reference: 60, delta: -35, period: '2021' },
      note: 'so với năm 2021',
    });
    const missed = run([entry('pnv', '2024Q2', { 'tg-xu-ly': 45 })], '2024Q2');
    expect(target(missed, 'tg-xu-ly')).toMatchObject({ status: 'not-met', gap: -15 });
    const t = loadReportTemplate('quarter');
    const ind = missed.indicators.find((x) => x.id === 'tg-xu-ly')!;
    expect(formatThreshold(target(missed, 'tg-xu-ly'), ind, t)).toBe('giảm ≥\u00a030 phút so với năm 2021 (≤\u00a030 phút)');
    expect(targetRemarks(target(missed, 'tg-xu-ly'), ind, t)).toEqual(['Cách hiểu: so với năm 2021', 'Số liệu năm 2021: 60.']);
  });

  it('"năm sau cao hơn năm trước": above the same period a year earlier, strictly', () => {
    const subs = [entry('pnv', '2023', { dvc: 40 }), entry('pnv', '2024', { dvc: 40 })];
    expect(target(run(subs, '2024'), 'dvc')).toMatchObject({ min: 40, strict: true, status: 'not-met', change: { reference: 40, delta: 0 } });
    expect(target(run([subs[0]!, entry('pnv', '2024', { dvc: 41 })], '2024'), 'dvc')).toMatchObject({ status: 'met' });
    expect(target(run([entry('pnv', '2024', { dvc: 41 })], '2024'), 'dvc')).toMatchObject({ status: 'no-data', reason: 'no-baseline' });
    const c = run(subs, '2024');
    expect(formatThreshold(target(c, 'dvc'), c.indicators.find((x) => x.id === 'dvc')!, loadReportTemplate('year'))).toBe(
      'cao hơn cùng kỳ năm 2023 (>\u00a040 dịch vụ)',
    );
  });

  it('a rank gain: the rank\'s number falls, worded as places climbed', () => {
    const subs = [entry('pnv', '2023', { 'xep-hang': 7 }), entry('pnv', '2024', { 'xep-hang': 5 })];
    const c = run(subs, '2024');
    expect(target(c, 'xep-hang')).toMatchObject({ max: 5, status: 'met', change: { direction: 'decrease', by: 2, reference: 7, delta: -2 } });
    expect(target(run([subs[0]!, entry('pnv', '2024', { 'xep-hang': 6 })], '2024'), 'xep-hang')).toMatchObject({ status: 'not-met' });
    const ind = c.indicators.find((x) => x.id === 'xep-hang')!;
    expect(ind.rank).toBe(true);
    const t = loadReportTemplate('year');
    expect(formatThreshold(target(c, 'xep-hang'), ind, t)).toBe('tăng ≥\u00a02 bậc so với cùng kỳ năm 2023 (trong 5 hạng đầu)');
    expect(formatThreshold(target(c, 'xep-hang', 1), ind, t)).toBe('đến năm 2025: trong 3 hạng đầu');
    expect(formatJudged(target(c, 'xep-hang', 1), ind, t)).toBe('hạng 5');
    expect(formatThreshold(target(c, 'xep-hang', 2), ind, t)).toBe('xếp hạng cao hơn cùng kỳ năm 2023 (<\u00a07 hạng)');
    expect(target(c, 'xep-hang', 2)).toMatchObject({ status: 'met' });
    // Not a rank: the same change is a fall ("giảm ≥ 30 phút"); the forms word it as the report does.
    expect(indicatorTargetText(PLAN.indicators.find((i) => i.id === 'xep-hang')!, PLAN, null, periodOf('2024'))).toContain('tăng ≥ 2 bậc so với');
  });

  it('every commune rated "tốt" or better: a share of units meeting a rating', () => {
    const c = run([entry('xa-a', '2024', { par: 'xuat-sac' }), entry('xa-b', '2024', { par: 'kha' })], '2024');
    const t = target(c, 'par');
    expect(t).toMatchObject({
      minRating: { id: 'tot', name: 'Tốt' },
      status: 'not-met',
      value: 50,
      gap: -50,
      share: { min: 100, of: 'xã', met: 1, total: 2, noValue: 0, notMet: ['UBND xã B'] },
    });
    // The figure of ratings: the lowest over units, with the count of each level.
    const par = c.indicators.find((x) => x.id === 'par')!;
    expect(par.figure).toMatchObject({ value: 'kha', ratings: { 'trung-binh': 0, kha: 1, tot: 0, 'xuat-sac': 1 } });
    expect(par.scale!.map((l) => l.name)).toEqual(['Trung bình', 'Khá', 'Tốt', 'Xuất sắc']);
    // Each unit is judged on its own rating.
    expect(c.units.find((u) => u.unit === 'xa-a')!.values['par']).toMatchObject({ value: 'xuat-sac', status: 'met' });
    expect(c.units.find((u) => u.unit === 'xa-b')!.values['par']).toMatchObject({ value: 'kha', status: 'not-met' });
    const tpl = loadReportTemplate('year');
    expect(formatThreshold(t, par, tpl)).toBe('Mọi xã: từ loại Tốt trở lên');
    expect(formatThreshold({ ...t, share: { ...t.share!, min: 80 } }, par, tpl)).toBe('80% số xã: từ loại Tốt trở lên');
    expect(formatJudged(t, par, tpl)).toBe('1/2 xã (50%)');
    expect(targetRemarks(t, par, tpl)).toEqual(['Chưa đạt: UBND xã B.']);
  });

  it('a plan done by a date: every unit by then, not due before it, overdue after', () => {
    const before = run([entry('pnv', '2024Q2', { 'kh-giai-doan': '2024-05-02' })], '2024Q2');
    expect(target(before, 'kh-giai-doan')).toMatchObject({ deadline: '2024-12-31', status: 'not-due', reason: 'before-deadline', share: { met: 1, total: 3 } });
    const after = run(
      [
        entry('pnv', '2024', { 'kh-giai-doan': '2024-05-02' }),
        entry('xa-a', '2024', { 'kh-giai-doan': '2024-12-01' }),
        entry('xa-b', '2024', { 'kh-giai-doan': null }),
      ],
      '2024',
    );
    // The year's data window ends on 14/12: the deadline of 31/12 has not passed yet.
    expect(target(after, 'kh-giai-doan')).toMatchObject({ status: 'not-due', share: { met: 2, total: 3, noValue: 1 } });
    const next = run([entry('xa-b', '2025', { 'kh-giai-doan': '2025-01-10' })], '2025');
    // A one-off deadline applies up to its year only.
    expect(next.indicators.find((x) => x.id === 'kh-giai-doan')!.targets).toEqual([]);
    const unitB = run([entry('xa-b', '2024', { 'kh-giai-doan': null })], '2024', { period: '2024', config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 31, baselines: {} } });
    expect(unitB.units.find((u) => u.unit === 'xa-b')!.values['kh-giai-doan']).toMatchObject({ status: 'not-met' });
  });

  it('a yearly event: a date in the period\'s year counts, last year\'s does not', () => {
    const c = run([entry('xa-a', '2024', { 'doi-thoai': '2024-09-10' }), entry('xa-b', '2024', { 'doi-thoai': '2023-10-01' })], '2024', {
      config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 31, baselines: {} },
    });
    expect(target(c, 'doi-thoai')).toMatchObject({ deadline: '2024-12-31', yearly: true, status: 'not-met', reason: 'overdue', share: { met: 1, total: 2 } });
    const ind = c.indicators.find((x) => x.id === 'doi-thoai')!;
    expect(formatThreshold(target(c, 'doi-thoai'), ind, loadReportTemplate('year'))).toBe('Mọi xã: hằng năm, trước ngày 31/12');
    expect(indicatorTargetText(PLAN.indicators.find((i) => i.id === 'doi-thoai')!, PLAN, 'commune', periodOf('2024Q3'))).toBe('hằng năm, trước ngày 31/12');
  });

  it('totals since the plan began, with the periods lacking data named', () => {
    const subs = [entry('pnv', '2022', { 'dao-tao': 40 }), entry('pnv', '2023', { 'dao-tao': 30 }), entry('pnv', '2024Q1', { 'dao-tao': 10 }), entry('pnv', '2024Q2', { 'dao-tao': 5 })];
    const t = target(run(subs, '2024Q2'), 'dao-tao');
    expect(t).toMatchObject({
      value: 85,
      status: 'not-due',
      reason: 'by-year',
      gap: -15,
      cumulative: { from: 2021, periods: ['2021', '2022', '2023', '2024Q1', '2024Q2'], missing: ['2021'] },
      cite: { source: 'nq76', title: 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ', at: 'Mục II' },
    });
    const c = run(subs, '2024Q2');
    const ind = c.indicators.find((x) => x.id === 'dao-tao')!;
    expect(formatThreshold(t, ind, loadReportTemplate('quarter'))).toBe('đến năm 2025: lũy kế từ năm 2021: ≥\u00a0100 lượt');
    expect(targetRemarks(t, ind, loadReportTemplate('quarter'))).toEqual(['Chưa có số liệu: Năm 2021.', 'Nguồn: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ, Mục II.']);
  });

  it('"khi có đủ điều kiện": not applicable while no unit is eligible, judged once one is', () => {
    const none = run([entry('pnv', '2024', { dk: 0, cd: 0 })], '2024');
    expect(target(none, 'ty-le-cd')).toMatchObject({ status: 'not-applicable', reason: 'condition-unmet', condition: { value: 0, holds: false } });
    expect(none.indicators.find((x) => x.id === 'ty-le-cd')!.status).toBe('not-applicable');
    const one = run([entry('pnv', '2024', { dk: 2, cd: 1 })], '2024');
    expect(target(one, 'ty-le-cd')).toMatchObject({ status: 'not-met', value: 50, condition: { value: 2, holds: true } });
    expect(target(run([], '2024'), 'ty-le-cd')).toMatchObject({ status: 'no-data', reason: 'no-condition' });
  });

  it('a rate by sector: the sector\'s own rate against its own target', () => {
    const c = run(
      [
        entry('xa-a', '2024Q2', { hs: 100, 'hs-dh': 98, 'hs.dat-dai': 20, 'hs-dh.dat-dai': 17 }),
        entry('xa-b', '2024Q2', { hs: 100, 'hs-dh': 97, 'hs.dat-dai': 10, 'hs-dh.dat-dai': 10 }),
      ],
      '2024Q2',
    );
    expect(target(c, 'ty-le-dh')).toMatchObject({ value: 97.5, status: 'met' });
    const sector = c.indicators.find((x) => x.id === 'ty-le-dh.dat-dai')!;
    expect(sector).toMatchObject({ breakdownOf: { indicator: 'ty-le-dh', item: 'dat-dai', label: 'lĩnh vực đất đai' }, figure: { numerator: 27, denominator: 30, value: 90 } });
    expect(sector.targets[0]).toMatchObject({ min: 90, status: 'met', text: 'trong đó lĩnh vực đất đai ≥ 90%' });
  });
});

describe('plan consistency of target kinds', () => {
  it('names the threshold that does not fit the indicator, and references to nothing', () => {
    const bad: Plan = {
      ...PLAN,
      indicators: PLAN.indicators.map((i) =>
        i.id === 'par'
          ? { ...i, rank: true, targets: [{ minRating: 'gioi', text: 'x' }, { min: 3, text: 'y' }] }
          : i.id === 'kh-giai-doan'
            ? { ...i, targets: [{ deadline: '2024-02-30', text: 'z' }] }
            : i.id === 'ty-le-cd'
              ? { ...i, targets: [{ min: 100, when: { indicator: 'nope', text: 'w' }, cite: { source: 'nq99' }, text: 'v' }] }
              : i,
      ),
    };
    expect(planConsistency(bad).map((p) => [p.message, p.path.join('.')])).toEqual([
      ['chỉ tiêu "par": rank chỉ dùng cho thứ hạng ghi bằng số (type: number), không dùng cho kiểu rating', 'indicators.2.rank'],
      ['chỉ tiêu "par", mục tiêu "x": minRating "gioi" không phải một mức của thang "xep-loai"', 'indicators.2.targets.0.minRating'],
      ['chỉ tiêu "par", mục tiêu "y": min, max, ramp, relative và change dùng cho chỉ tiêu số, không dùng cho kiểu rating', 'indicators.2.targets.1.min'],
      ['chỉ tiêu "kh-giai-doan", mục tiêu "z": hạn "2024-02-30" không phải ngày (YYYY-MM-DD hoặc MM-DD)', 'indicators.3.targets.0.deadline'],
      ['chỉ tiêu "ty-le-cd", mục tiêu "v": when: không có chỉ tiêu "nope"', 'indicators.8.targets.0.when.indicator'],
      ['chỉ tiêu "ty-le-cd", mục tiêu "v": cite: không có nguồn "nq99" trong sources', 'indicators.8.targets.0.cite.source'],
    ]);
    setLang('en');
    try {
      expect(planConsistency(bad).map((p) => p.message)).toEqual([
        'indicator "par": rank is for a place given as a number (type: number), not rating',
        'indicator "par", target "x": minRating "gioi" is not a level of scale "xep-loai"',
        'indicator "par", target "y": min, max, ramp, relative and change are for numbers, not rating',
        'indicator "kh-giai-doan", target "z": deadline "2024-02-30" is not a date (YYYY-MM-DD or MM-DD)',
        'indicator "ty-le-cd", target "v": when: unknown indicator "nope"',
        'indicator "ty-le-cd", target "v": cite: unknown source "nq99"',
      ]);
    } finally {
      setLang('vi');
    }
  });
});

describe('forms for dates and ratings', () => {
  it('an Excel form offers the scale by name and reads the picked level back as its id, dates as ISO', async () => {
    const { buildForm } = await import('../../../src/form/form.js');
    const { writeXlsxForm } = await import('../../../src/form/xlsx-form.js');
    const { readXlsx } = await import('../../../src/read/xlsx.js');
    const form = buildForm(PLAN, { id: 'xa-a', name: 'UBND xã A', kind: 'commune', leads: [] }, periodOf('2024'));
    const par = form.areas[0]!.indicators.find((i) => i.id === 'par')!;
    expect(par.choices!.map((c) => c.name)).toEqual(['Trung bình', 'Khá', 'Tốt', 'Xuất sắc']);
    expect(par.target).toBe('từ loại Tốt trở lên');
    const fill = {
      unit: 'xa-a',
      period: '2024',
      submitted: '2024-12-10',
      areas: { a: { values: { par: 'tot', 'doi-thoai': '2024-09-10', hs: 10, 'hs.dat-dai': 2 } } },
    };
    const read = await readXlsx(await writeXlsxForm(form, fill));
    expect(read.problems).toEqual([]);
    const values = (read.data as { areas: { a: { values: Record<string, unknown> } } }).areas.a.values;
    expect(values).toMatchObject({ par: 'tot', 'doi-thoai': '2024-09-10', hs: 10, 'hs.dat-dai': 2, 'kh-giai-doan': null });
  });
});
