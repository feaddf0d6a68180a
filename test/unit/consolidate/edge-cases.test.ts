import { describe, expect, it } from 'vitest';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { decimalSum } from '../../../src/consolidate/decimal-sum.js';
import { combineValues } from '../../../src/consolidate/combine-values.js';
import { applicableTargets, baselinesOnly, combineStatuses, evaluateTarget } from '../../../src/consolidate/targets.js';
import { periodOf } from '../../../src/consolidate/period.js';
import type { ConsolidationInput, SubmissionEntry } from '../../../src/consolidate/input.js';
import type { Indicator, Plan, Target } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import type { Value } from '../../../src/model/submission.js';
import { PLAN_DEFAULTS } from '../../helpers/plan.js';

const count = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  id,
  area: 'a',
  name: id,
  unit: 'đơn vị',
  type: 'count',
  reportedBy: ['department', 'commune'],
  aggregation: { units: 'sum', time: 'sum' },
  targets: [],
  ...extra,
});

const PLAN: Plan = {
  id: 'p',
  version: '1',
  title: 'Kế hoạch',
  issuer: 'UBND',
  fromYear: 2021,
  toYear: 2025,
  levels: { district: ['department', 'public-service-unit'], commune: ['commune', 'town', 'ward'] },
  levelNames: { district: 'cấp huyện', commune: 'cấp xã' },
  ...PLAN_DEFAULTS,
  areas: [{ id: 'a', code: '2.1', title: 'Lĩnh vực', lead: 'Phòng Nội vụ' }],
  indicators: [
    count('n'),
    count('d'),
    { ...count('r'), type: 'percent', reportedBy: [], ratio: { numerator: 'n', denominator: 'd' }, targets: [{ min: 50, text: '≥ 50%' }] },
    count('sn', { reportedBy: ['department'], aggregation: { units: 'sum', time: 'last' }, targets: [{ relative: { baselineYear: 2021, changePercent: -10, bound: 'max' }, text: '−10%' }] }),
    { ...count('txt'), type: 'text', aggregation: { units: 'none', time: 'none' } },
  ],
  tasks: [],
};

const UNITS: Unit[] = [
  { id: 'pnv', name: 'Phòng Nội vụ', kind: 'department', leads: ['a'] },
  { id: 'xa-a', name: 'Xã A', kind: 'commune', leads: [] },
  { id: 'xa-b', name: 'Xã B', kind: 'commune', leads: [] },
];

function entry(unit: string, period: string, values: Record<string, Value>, extra: Partial<SubmissionEntry> = {}): SubmissionEntry {
  return {
    file: `submissions/${period}/${unit}.yaml`,
    valid: true,
    errors: 0,
    warnings: 0,
    submission: { unit, period, submitted: '2024-06-01', areas: { a: { values, tasks: {}, narrative: {} } } },
    ...extra,
  };
}

function run(submissions: SubmissionEntry[], period = '2024Q2', more: Partial<ConsolidationInput> = {}) {
  return consolidate({
    plan: PLAN,
    config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines: {} },
    units: UNITS,
    submissions,
    period,
    ...more,
  });
}

describe('expected reporters', () => {
  // Only the lead of area "a" among departments is expected to report "lc" and "ln"; every commune is.
  const only = { reporters: { department: { leads: ['a'] } } } as const;
  const plan: Plan = {
    ...PLAN,
    indicators: [
      ...PLAN.indicators,
      count('lc', only),
      count('ln', only),
      { ...count('lr'), type: 'percent', reportedBy: [], ratio: { numerator: 'ln', denominator: 'lc' } },
    ],
  };
  const units: Unit[] = [...UNITS, { id: 'p-yte', name: 'Phòng Y tế', kind: 'department', leads: [] }];
  const figure = (c: ReturnType<typeof run>, id: string) => c.indicators.find((i) => i.id === id)!.figure;

  it('counts as expected only the units that own an indicator, not every unit of their kind', () => {
    const c = run([entry('pnv', '2024Q2', { lc: 4, ln: 3, n: 1 }), entry('xa-a', '2024Q2', { lc: 2 })], '2024Q2', { plan, units });
    // pnv leads "a": expected; p-yte does not; both communes do.
    expect(figure(c, 'lc')).toMatchObject({ value: 6, reporting: 2, expected: 3 });
    // Without reporters every department counts.
    expect(figure(c, 'n')).toMatchObject({ reporting: 1, expected: 4 });
    // A rate is expected from the units expected to give both counts.
    expect(figure(c, 'lr')).toMatchObject({ value: 75, reporting: 1, expected: 3 });
    const departments = c.kinds.find((k) => k.id === 'department')!;
    expect(departments.indicators['lc']!.figure).toMatchObject({ reporting: 1, expected: 1 });
  });

  it('a unit that reports an indicator it does not own still counts, and is counted as expected', () => {
    const c = run([entry('pnv', '2024Q2', { lc: 4 }), entry('p-yte', '2024Q2', { lc: 1 })], '2024Q2', { plan, units });
    expect(figure(c, 'lc')).toMatchObject({ value: 5, reporting: 2, expected: 4 });
  });
});

describe('roll-up details', () => {
  it('leaves a unit giving only one count of a rate out of both sums', () => {
    const c = run([entry('xa-a', '2024Q2', { n: 9, d: 10 }), entry('xa-b', '2024Q2', { d: 90 })]);
    const r = c.indicators.find((i) => i.id === 'r')!;
    // Only xa-a pairs: 9 / 10 = 90 %, not 9 / 100 = 9 %.
    expect(r.figure).toMatchObject({ value: 90, numerator: 9, denominator: 10, reporting: 1, expected: 3 });
    expect(c.indicators.find((i) => i.id === 'd')!.figure.value).toBe(100);
  });

  it('gives no rate for a zero denominator', () => {
    const c = run([entry('xa-a', '2024Q2', { n: 0, d: 0 })]);
    const r = c.indicators.find((i) => i.id === 'r')!;
    expect(r.figure).toMatchObject({ value: null, numerator: 0, denominator: 0, reporting: 1 });
    expect(r.status).toBe('no-data');
  });

  it('never aggregates text, but keeps each unit’s text', () => {
    const c = run([entry('xa-a', '2024Q2', { txt: 'ghi chú' })]);
    expect(c.indicators.find((i) => i.id === 'txt')!.figure.value).toBeNull();
    expect(c.units.find((u) => u.unit === 'xa-a')!.values['txt']!.value).toBe('ghi chú');
  });

  it('counts an unreadable file against its unit as invalid', () => {
    const stub: SubmissionEntry = {
      file: 'submissions/2024Q2/xa-a.yaml',
      valid: false,
      errors: 1,
      warnings: 0,
      submission: { unit: 'xa-a', period: '2024Q2', submitted: '', areas: {} },
    };
    const row = run([stub]).completeness.units.find((u) => u.unit === 'xa-a')!;
    expect([row.status, row.submitted, row.errors, row.parts[0]!.submitted]).toEqual(['invalid', null, 1, null]);
  });

  it('uses the valid one of duplicate submissions and says so', () => {
    const bad = entry('xa-a', '2024Q2', { n: 1000, d: 1 }, { file: 'submissions/2024Q2/xa-a.xlsx', valid: false, errors: 2 });
    const good = entry('xa-a', '2024Q2', { n: 5, d: 10 });
    const c = run([bad, good]);
    expect(c.indicators.find((i) => i.id === 'n')!.figure.value).toBe(5);
    // The year to date (the first half) lacks Q1: said once, for the first half.
    expect(c.notes.filter((n) => n.code !== 'no-baseline').map((n) => [n.code, n.file, n.period])).toEqual([
      ['duplicate-submission', 'submissions/2024Q2/xa-a.yaml', '2024Q2'],
      ['missing-sub-period', null, '2024S1'],
    ]);
  });

  it('notes submissions from unknown units and units not active in the period', () => {
    const units: Unit[] = [...UNITS, { id: 'xa-c', name: 'Xã C', kind: 'commune', leads: [], validFrom: '2024-07-01' }];
    const c = run([entry('xa-z', '2024Q2', { n: 1, d: 1 }), entry('xa-c', '2024Q2', { n: 1, d: 1 })], '2024S1', { units });
    expect(c.notes.filter((n) => n.code !== 'no-baseline').map((n) => [n.code, n.unit])).toEqual([
      ['unit-not-valid', 'xa-c'],
      ['unknown-unit', 'xa-z'],
    ]);
    expect(c.indicators.find((i) => i.id === 'n')!.figure.value).toBeNull();
    expect(c.completeness.expected).toBe(3);
  });

  it('uses cchc.yaml baselines for all units and for a group holding every reporting kind', () => {
    const baselines = { '2021': { sn: 40 } };
    const c = run([entry('pnv', '2024Q2', { sn: 35 })], '2024Q2', {
      config: { due: { quarter: 12, half: 12, year: 10 }, cutoffDay: 14, baselines },
    });
    // 40 × 90 / 100 = 36 ≥ 35 → met.
    expect(c.indicators.find((i) => i.id === 'sn')!.targets[0]).toMatchObject({ max: 36, status: 'met', baseline: { source: 'config' } });
    expect(c.levels.find((g) => g.id === 'district')!.indicators['sn']!.targets[0]).toMatchObject({ max: 36, status: 'met' });
    // A single unit is judged on its own 2021 figure, which it does not have.
    expect(c.units.find((u) => u.unit === 'pnv')!.values['sn']!.status).toBe('no-data');
  });

  it('notes a relative target without any baseline', () => {
    const c = run([entry('pnv', '2024Q2', { sn: 35 })]);
    expect(c.indicators.find((i) => i.id === 'sn')!.targets[0]).toMatchObject({ status: 'no-data', reason: 'no-baseline', max: null });
    expect(c.notes.map((n) => n.code)).toEqual(['missing-sub-period', 'no-baseline']);
  });
});

describe('decimalSum and combineValues', () => {
  it('adds decimals exactly', () => {
    expect(decimalSum([0.1, 0.2])).toBe(0.3);
    expect(decimalSum([1234.56, 0.04, -0.6])).toBe(1234);
    expect(decimalSum([1e21, 1])).toBe(1e21 + 1);
    expect(decimalSum([])).toBe(0);
  });
  it('combines by aggregation', () => {
    expect(combineValues('sum', [1, 2, 3])).toBe(6);
    expect(combineValues('max', [1, 7, 3])).toBe(7);
    expect(combineValues('min', [4, 7, 3])).toBe(3);
    expect(combineValues('all', [true, false])).toBe(false);
    expect(combineValues('any', [false, true])).toBe(true);
    expect(combineValues('last', [1, 2, 5])).toBe(5);
    expect(combineValues('none', [1])).toBeNull();
    expect(combineValues('sum', [])).toBeNull();
  });
});

describe('targets', () => {
  const ind = count('x', { type: 'percent' });
  const judge = (t: Target, period: string, value: number | boolean | null, baseline: number | null = null) =>
    evaluateTarget(t, ind, periodOf(period), value, 'all', PLAN, baselinesOnly(() => ({ value: baseline, source: baseline === null ? null : 'data' })));

  it('resolves ramps by year, capped, and not due before they start', () => {
    const ramp: Target = { ramp: { startYear: 2022, start: 20, step: 20, cap: 100 }, text: 'ramp' };
    expect(judge(ramp, '2021', 50)).toMatchObject({ min: 20, status: 'not-due', reason: 'before-start' });
    expect(judge(ramp, '2022Q1', 20)).toMatchObject({ min: 20, status: 'met', gap: 0 });
    expect(judge(ramp, '2025', 90)).toMatchObject({ min: 80, status: 'met', gap: 10 });
    expect(judge({ ...ramp, ramp: { startYear: 2022, start: 20, step: 30, cap: 100 } }, '2025', 99)).toMatchObject({ min: 100, status: 'not-met' });
  });

  it('judges ranges, stretches, booleans and lower relative bounds', () => {
    expect(judge({ min: 95, max: 100, text: '' }, '2024Q1', 100)).toMatchObject({ status: 'met', gap: 0 });
    expect(judge({ min: 30, stretch: 40, text: '' }, '2024', 35)).toMatchObject({ status: 'met', stretchMet: false, gap: 5 });
    expect(judge({ equals: true, text: '' }, '2024', false)).toMatchObject({ status: 'not-met', gap: null });
    expect(judge({ relative: { baselineYear: 2021, changePercent: 20, bound: 'min' }, text: '' }, '2024', 59, 50)).toMatchObject({
      min: 60,
      status: 'not-met',
      gap: -1,
      baseline: { year: 2021, value: 50, source: 'data' },
    });
  });

  it('does not judge yearly targets on halves, nor "by" targets early', () => {
    expect(judge({ min: 30, evaluate: 'year', text: '' }, '2024S2', 10)).toMatchObject({ status: 'not-due', reason: 'year-only' });
    expect(judge({ min: 30, by: 2025, text: '' }, '2024', 10)).toMatchObject({ status: 'not-due', reason: 'by-year', gap: -20 });
    expect(judge({ min: 30, by: 2025, text: '' }, '2025Q1', null)).toMatchObject({ status: 'no-data', reason: 'no-value' });
  });

  it('applies targets within their years and levels only', () => {
    const i = count('y', {
      targets: [
        { min: 85, toYear: 2024, text: 'a' },
        { min: 95, fromYear: 2025, text: 'b' },
        { level: 'commune', min: 60, text: 'c' },
      ],
    });
    expect(applicableTargets(i, PLAN, 2024).map((t) => t.text)).toEqual(['a', 'c']);
    expect(applicableTargets(i, PLAN, 2025, null).map((t) => t.text)).toEqual(['b']);
    expect(applicableTargets(i, PLAN, 2025, 'district').map((t) => t.text)).toEqual(['b']);
    expect(applicableTargets(i, PLAN, 2026)).toEqual([]);
  });

  it('combines statuses, worst first', () => {
    const s = (...xs: ('met' | 'not-met' | 'no-data' | 'not-due')[]) => combineStatuses(xs.map((status) => ({ status })));
    expect(s()).toBe('no-target');
    expect(s('met', 'not-met')).toBe('not-met');
    expect(s('met', 'no-data')).toBe('no-data');
    expect(s('not-due', 'met')).toBe('met');
    expect(s('not-due')).toBe('not-due');
  });
});
