/**
 * Properties of consolidation over random repositories (fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import type { ConsolidationInput, SubmissionEntry } from '../../../src/consolidate/input.js';
import type { Plan, UnitKind } from '../../../src/plan/model.js';
import type { Unit } from '../../../src/repo/model.js';
import type { Consolidation } from '../../../src/consolidate/types.js';
import { PLAN_DEFAULTS } from '../../helpers/plan.js';

const PLAN: Plan = {
  id: 'p',
  version: '1',
  title: 'Kế hoạch thử',
  issuer: 'UBND',
  fromYear: 2021,
  toYear: 2025,
  levels: { district: ['department', 'public-service-unit'], commune: ['commune', 'town', 'ward'] },
  levelNames: { district: 'cấp huyện', commune: 'cấp xã' },
  ...PLAN_DEFAULTS,
  areas: [{ id: 'a', code: '2.3', title: 'TTHC', lead: 'Văn phòng' }],
  indicators: [
    { id: 'whole', area: 'a', name: 'Tổng', unit: 'hồ sơ', type: 'count', reportedBy: ['department', 'commune', 'town'], aggregation: { units: 'sum', time: 'sum' }, targets: [] },
    { id: 'part', area: 'a', name: 'Phần', unit: 'hồ sơ', type: 'count', reportedBy: ['department', 'commune', 'town'], aggregation: { units: 'sum', time: 'sum' }, targets: [] },
    {
      id: 'rate',
      area: 'a',
      name: 'Tỷ lệ',
      unit: '%',
      type: 'percent',
      reportedBy: [],
      ratio: { numerator: 'part', denominator: 'whole' },
      targets: [{ min: 90, text: '≥ 90%' }, { level: 'commune', min: 80, text: 'xã ≥ 80%' }],
    },
    { id: 'stock', area: 'a', name: 'Tồn', unit: 'thủ tục', type: 'count', reportedBy: ['department', 'commune', 'town'], aggregation: { units: 'sum', time: 'last' }, targets: [] },
    { id: 'money', area: 'a', name: 'Vốn', unit: 'triệu đồng', type: 'number', reportedBy: ['department', 'commune', 'town'], aggregation: { units: 'sum', time: 'sum' }, targets: [] },
    { id: 'flag', area: 'a', name: 'Có', unit: 'Có/Không', type: 'boolean', reportedBy: ['department', 'commune', 'town'], aggregation: { units: 'all', time: 'all' }, targets: [{ equals: true, text: 'có' }] },
  ],
  tasks: [{ id: 't1', area: 'a', title: 'Nhiệm vụ', lead: [], coordinate: [], reportedBy: ['department', 'commune', 'town'] }],
};

const QUARTERS = ['2024Q1', '2024Q2', '2024Q3', '2024Q4'] as const;
const DUE = { quarter: 12, half: 15, year: 10 };

const kindArb = fc.constantFrom<UnitKind>('department', 'commune', 'town');
/** Decimal money with at most 2 decimals, as typed in a form. */
const moneyArb = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
const valuesArb = fc
  .record({
    whole: fc.integer({ min: 0, max: 5000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    stock: fc.integer({ min: 0, max: 300 }),
    money: moneyArb,
    flag: fc.boolean(),
    day: fc.integer({ min: 1, max: 28 }),
    status: fc.constantFrom('done', 'in-progress', 'not-started' as const),
  })
  .map((v) => ({ ...v, part: Math.floor(v.whole * v.share) }));

const repoArb = fc
  .array(
    fc.record({
      kind: kindArb,
      quarters: fc.tuple(...QUARTERS.map(() => fc.option(valuesArb, { nil: null }))),
    }),
    { minLength: 1, maxLength: 7 },
  )
  .map((units) => {
    const registry: Unit[] = units.map((u, i) => ({ id: `u${i}`, name: `Đơn vị ${String.fromCharCode(65 + i)}`, kind: u.kind, leads: [] }));
    const submissions: SubmissionEntry[] = [];
    units.forEach((u, i) => {
      u.quarters.forEach((v, q) => {
        if (!v) return;
        const month = 3 * (q + 1);
        submissions.push({
          file: `submissions/${QUARTERS[q]}/u${i}.yaml`,
          valid: true,
          errors: 0,
          warnings: 0,
          submission: {
            unit: `u${i}`,
            period: QUARTERS[q]!,
            submitted: `2024-${String(month).padStart(2, '0')}-${String(v.day).padStart(2, '0')}`,
            areas: {
              a: {
                values: { whole: v.whole, part: v.part, stock: v.stock, money: v.money, flag: v.flag },
                tasks: { t1: { status: v.status } },
                narrative: {},
              },
            },
          },
        });
      });
    });
    return { units: registry, submissions };
  });

function input(units: readonly Unit[], submissions: readonly SubmissionEntry[], period: string): ConsolidationInput {
  return { plan: PLAN, config: { due: DUE, cutoffDay: 14, baselines: {} }, units, submissions, period };
}

const PERIODS = ['2024Q1', '2024Q3', '2024S1', '2024S2', '2024'];

/**
 * The same repositories with counts left empty now and then: a report may give
 * one count of a rate, or neither, or leave the end-of-period stock empty.
 */
const gappyRepoArb = fc
  .tuple(repoArb, fc.array(fc.constantFrom('whole', 'part', 'both', 'stock', 'none', 'none', 'none'), { minLength: 28, maxLength: 28 }))
  .map(([repo, drops]) => ({
    units: repo.units,
    submissions: repo.submissions.map((s, i) => {
      const drop = drops[i % drops.length]!;
      const values = { ...s.submission.areas['a']!.values };
      if (drop === 'whole' || drop === 'both') values['whole'] = null;
      if (drop === 'part' || drop === 'both') values['part'] = null;
      if (drop === 'stock') values['stock'] = null;
      return { ...s, submission: { ...s.submission, areas: { a: { ...s.submission.areas['a']!, values } } } };
    }),
  }));

const quartersIn = (period: string): readonly string[] =>
  period === '2024S1' ? QUARTERS.slice(0, 2) : period === '2024S2' ? QUARTERS.slice(2) : QUARTERS;

function allRates(c: Consolidation): (number | null)[] {
  const out: (number | null)[] = [];
  for (const i of c.indicators) if (i.isRate) out.push(i.figure.value as number | null);
  for (const g of [...c.levels, ...c.kinds]) out.push(g.indicators['rate']?.figure.value as number | null);
  for (const u of c.units) out.push(u.values['rate']?.value as number | null);
  out.push(c.completeness.reportingRate, c.completeness.onTimeRate);
  return out;
}

describe('consolidation properties', () => {
  it('never depends on the order of units or files', () => {
    fc.assert(
      fc.property(repoArb, fc.constantFrom(...PERIODS), fc.integer(), ({ units, submissions }, period, seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const a = [...xs];
          let s = seed;
          for (let i = a.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) | 0;
            const j = Math.abs(s) % (i + 1);
            [a[i], a[j]] = [a[j]!, a[i]!];
          }
          return a;
        };
        const a = consolidate(input(units, submissions, period));
        const b = consolidate(input(shuffle(units), shuffle(submissions), period));
        expect(b).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('sums quarters then units the same as units then quarters', () => {
    fc.assert(
      fc.property(repoArb, fc.constantFrom('2024S1', '2024S2', '2024'), ({ units, submissions }, period) => {
        const whole = consolidate(input(units, submissions, period));
        const quarters = whole.period.kind === 'half' ? (period === '2024S1' ? QUARTERS.slice(0, 2) : QUARTERS.slice(2)) : QUARTERS;
        for (const id of ['whole', 'part', 'money'] as const) {
          // Units first, then quarters: each quarter's all-unit total, added up.
          const perQuarter = quarters
            .map((q) => consolidate(input(units, submissions, q)).indicators.find((i) => i.id === id)!.figure.value)
            .filter((v): v is number => typeof v === 'number');
          // Quarters first, then units: the consolidated half or year.
          const total = whole.indicators.find((i) => i.id === id)!.figure.value;
          if (perQuarter.length === 0) expect(total).toBeNull();
          else {
            const cents = (x: number) => Math.round(x * 100);
            expect(cents(total as number)).toBe(perQuarter.reduce((s, v) => s + cents(v), 0));
            // Decimal-exact: the total is the nearest double of the exact decimal sum.
            expect(total).toBe(perQuarter.reduce((s, v) => s + cents(v), 0) / 100);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every rate within 0–100', () => {
    fc.assert(
      fc.property(repoArb, fc.constantFrom(...PERIODS), ({ units, submissions }, period) => {
        for (const r of allRates(consolidate(input(units, submissions, period)))) {
          if (r === null || r === undefined) continue;
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes a unit whose submission is removed missing, not zero', () => {
    fc.assert(
      fc.property(repoArb, fc.constantFrom(...QUARTERS), fc.nat(), ({ units, submissions }, period, pick) => {
        const present = submissions.filter((s) => s.submission.period === period);
        fc.pre(present.length > 0);
        const removed = present[pick % present.length]!;
        const unit = removed.submission.unit;
        const before = consolidate(input(units, submissions, period));
        const after = consolidate(input(units, submissions.filter((s) => s !== removed), period));

        expect(after.completeness.units.find((u) => u.unit === unit)!.status).toBe('missing');
        expect(after.completeness.missing).toBe(before.completeness.missing + 1);
        expect(after.completeness.expected).toBe(before.completeness.expected);
        const values = after.units.find((u) => u.unit === unit)!.values;
        for (const v of Object.values(values)) expect(v.value).toBeNull();

        const fig = (c: Consolidation, id: string) => c.indicators.find((i) => i.id === id)!.figure;
        const v = removed.submission.areas['a']!.values;
        expect(fig(after, 'whole').reporting).toBe(fig(before, 'whole').reporting - 1);
        const rest = (fig(before, 'whole').value as number) - (v['whole'] as number);
        expect(fig(after, 'whole').value).toBe(fig(after, 'whole').reporting === 0 ? null : rest);
        // The rate loses the unit's counts on both sides; it is not dragged towards 0.
        const num = fig(before, 'rate').numerator! - (v['part'] as number);
        const den = fig(before, 'rate').denominator! - (v['whole'] as number);
        if (fig(after, 'rate').reporting > 0) {
          expect([fig(after, 'rate').numerator, fig(after, 'rate').denominator]).toEqual([num, den]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes a unit missing a quarter partial in the half, with the quarter absent from its figures', () => {
    fc.assert(
      fc.property(repoArb, ({ units, submissions }) => {
        const half = consolidate(input(units, submissions, '2024S1'));
        for (const row of half.completeness.units) {
          const own = submissions.filter((s) => s.submission.unit === row.unit && ['2024Q1', '2024Q2'].includes(s.submission.period));
          const expected = own.length === 2 ? (row.status === 'late' ? 'late' : 'on-time') : own.length === 1 ? 'partial' : 'missing';
          expect(row.status).toBe(expected);
          const whole = half.units.find((u) => u.unit === row.unit)!.values['whole']!.value;
          const sum = own.reduce((s, e) => s + (e.submission.areas['a']!.values['whole'] as number), 0);
          expect(whole).toBe(own.length ? sum : null);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a unit’s half-year or year rate between its paired quarters’ rates', () => {
    fc.assert(
      fc.property(gappyRepoArb, fc.constantFrom('2024S1', '2024S2', '2024'), ({ units, submissions }, period) => {
        const whole = consolidate(input(units, submissions, period));
        const quarters = quartersIn(period).map((q) => consolidate(input(units, submissions, q)));
        for (const u of whole.units) {
          const rates = quarters
            .map((q) => q.units.find((x) => x.unit === u.unit)?.values['rate'])
            .filter((v) => v !== undefined && typeof v.value === 'number')
            .map((v) => v!.value as number);
          const r = u.values['rate']!;
          if (rates.length === 0) {
            expect(r.value).toBeNull();
            continue;
          }
          if (r.value === null) continue; // every paired quarter had a zero denominator
          expect(r.value as number).toBeGreaterThanOrEqual(Math.min(...rates) - 1e-9);
          expect(r.value as number).toBeLessThanOrEqual(Math.max(...rates) + 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives a rate the same counts over time then units as over units then time, with counts left empty', () => {
    fc.assert(
      fc.property(gappyRepoArb, fc.constantFrom('2024S1', '2024S2', '2024'), ({ units, submissions }, period) => {
        const whole = consolidate(input(units, submissions, period));
        const quarters = quartersIn(period).map((q) => consolidate(input(units, submissions, q)));
        const rate = (c: Consolidation) => c.indicators.find((i) => i.id === 'rate')!.figure;
        const scopes = (c: Consolidation) => [rate(c), ...[...c.levels, ...c.kinds].map((g) => g.indicators['rate']?.figure)];
        for (let s = 0; s < scopes(whole).length; s++) {
          const total = scopes(whole)[s];
          const parts = quarters.map((q) => scopes(q)[s]).filter((f) => f !== undefined && f.numerator != null);
          if (!total || total.numerator == null) {
            expect(parts).toEqual([]);
            continue;
          }
          expect(total.numerator).toBe(parts.reduce((a, f) => a + f!.numerator!, 0));
          expect(total.denominator).toBe(parts.reduce((a, f) => a + f!.denominator!, 0));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('marks a unit’s value partial exactly when some owed quarter lacks it', () => {
    fc.assert(
      fc.property(gappyRepoArb, fc.constantFrom('2024S1', '2024S2', '2024'), ({ units, submissions }, period) => {
        const whole = consolidate(input(units, submissions, period));
        for (const u of whole.units) {
          const own = quartersIn(period).map((q) =>
            submissions.find((s) => s.submission.unit === u.unit && s.submission.period === q)?.submission.areas['a']!.values,
          );
          const gave = own.map((v) => typeof v?.['whole'] === 'number');
          const w = u.values['whole']!;
          if (!gave.some(Boolean)) expect(w.value).toBeNull();
          else {
            expect(w.partial).toBe(!gave.every(Boolean));
            // A half with nothing in it is lacking as a whole: its quarters are.
            const lacking = (w.gaps ?? []).flatMap((g) => (g.period.includes('Q') ? [g.period] : quartersIn(g.period)));
            expect(lacking).toEqual(quartersIn(period).filter((_, i) => !gave[i]));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('marks an end-of-period value partial exactly when quarters after the last one giving it lack it', () => {
    fc.assert(
      fc.property(gappyRepoArb, fc.constantFrom('2024S1', '2024S2', '2024'), ({ units, submissions }, period) => {
        const whole = consolidate(input(units, submissions, period));
        const quarters = quartersIn(period);
        for (const u of whole.units) {
          const own = quarters.map((q) =>
            submissions.find((s) => s.submission.unit === u.unit && s.submission.period === q)?.submission.areas['a']!.values,
          );
          const last = own.map((v) => typeof v?.['stock'] === 'number').lastIndexOf(true);
          const w = u.values['stock']!;
          if (last < 0) {
            expect(w.value).toBeNull();
            continue;
          }
          // The last quarter giving it stands for the period; an earlier quarter without it changes nothing.
          expect(w.value).toBe(own[last]!['stock']);
          expect(w.partial).toBe(last < quarters.length - 1);
          expect(w.carriedFrom ?? null).toBe(last < quarters.length - 1 ? quarters[last] : null);
          const lacking = (w.gaps ?? []).flatMap((g) => (g.period.includes('Q') ? [g.period] : quartersIn(g.period)));
          expect(lacking).toEqual(quarters.slice(last + 1));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives a quarter’s year to date the counts of its year’s quarters so far, summed', () => {
    fc.assert(
      fc.property(gappyRepoArb, fc.constantFrom('2024Q2', '2024Q3', '2024Q4'), ({ units, submissions }, period) => {
        const c = consolidate(input(units, submissions, period));
        const upTo = QUARTERS.slice(0, QUARTERS.indexOf(period as (typeof QUARTERS)[number]) + 1);
        const quarters = upTo.map((q) => consolidate(input(units, submissions, q)).indicators);
        for (const id of ['whole', 'part'] as const) {
          const parts = quarters.map((q) => q.find((i) => i.id === id)!.figure.value).filter((v): v is number => typeof v === 'number');
          expect(c.indicators.find((i) => i.id === id)!.yearToDate!.figure.value).toBe(parts.length ? parts.reduce((a, b) => a + b, 0) : null);
        }
        const rates = quarters.map((q) => q.find((i) => i.id === 'rate')!.figure).filter((f) => f.numerator != null);
        const ytd = c.indicators.find((i) => i.id === 'rate')!.yearToDate!.figure;
        expect(ytd.numerator ?? null).toBe(rates.length ? rates.reduce((a, f) => a + f.numerator!, 0) : null);
        expect(ytd.denominator ?? null).toBe(rates.length ? rates.reduce((a, f) => a + f.denominator!, 0) : null);
      }),
      { numRuns: 100 },
    );
  });
});
