import { describe, expect, it } from 'vitest';
import {
  addDays,
  comparePeriods,
  containingPeriods,
  cutoffWindow,
  dueDate,
  halvesOf,
  isPeriodId,
  parsePeriod,
  periodContains,
  periodLabel,
  periodOf,
  periodShortLabel,
  periodSpan,
  previousPeriod,
  quartersOf,
  samePeriodLastYear,
  subPeriods,
  yearToDateId,
  yearToDateLabel,
  yearToDateParts,
  yearToDateShortLabel,
  yearToDateWindow,
} from '../../../src/consolidate/period.js';
import { unitMayReport, unitOwes, type OwingRules } from '../../../src/consolidate/unit-valid-in.js';

const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

describe('parsePeriod', () => {
  it('parses quarters, halves and years', () => {
    expect(parsePeriod('2024Q2')).toEqual({ id: '2024Q2', kind: 'quarter', year: 2024, index: 2 });
    expect(parsePeriod('2024S1')).toEqual({ id: '2024S1', kind: 'half', year: 2024, index: 1 });
    expect(parsePeriod('2024')).toEqual({ id: '2024', kind: 'year', year: 2024, index: 1 });
  });
  it('normalises the H alias, lower case and whitespace', () => {
    expect(parsePeriod('2024H2')?.id).toBe('2024S2');
    expect(parsePeriod('2024h1')?.id).toBe('2024S1');
    expect(parsePeriod(' 2024q4 ')?.id).toBe('2024Q4');
  });
  it('rejects anything else', () => {
    for (const bad of ['2024Q0', '2024Q5', '2024S3', '2024H0', '24Q1', '2024-Q1', '2024M06', 'Q1 2024', '', '20245', '0999']) {
      expect(parsePeriod(bad), bad).toBeNull();
      expect(isPeriodId(bad)).toBe(false);
    }
    expect(() => periodOf('2024X')).toThrow();
  });
});

describe('labels', () => {
  it('reads as in Vietnamese report titles', () => {
    expect(periodLabel(periodOf('2024Q2'))).toBe('quý II năm 2024');
    expect(periodLabel(periodOf('2024Q4'))).toBe('quý IV năm 2024');
    expect(periodLabel(periodOf('2024S1'))).toBe('6 tháng đầu năm 2024');
    expect(periodLabel(periodOf('2024S2'))).toBe('6 tháng cuối năm 2024');
    expect(periodLabel(periodOf('2024'))).toBe('năm 2024');
    expect(periodLabel(periodOf('2024Q2')).normalize('NFC')).toBe(periodLabel(periodOf('2024Q2')));
  });
  it('has English labels', () => {
    expect(periodLabel(periodOf('2024Q3'), 'en')).toBe('third quarter of 2024');
    expect(periodLabel(periodOf('2024S2'), 'en')).toBe('second half of 2024');
    expect(periodLabel(periodOf('2024'), 'en')).toBe('year 2024');
  });
  it('has short labels', () => {
    expect(periodShortLabel(periodOf('2024Q3'))).toBe('Quý III/2024');
    expect(periodShortLabel(periodOf('2024S1'))).toBe('6T đầu/2024');
    expect(periodShortLabel(periodOf('2024'))).toBe('Năm 2024');
    expect(periodShortLabel(periodOf('2024Q1'), 'en')).toBe('Q1 2024');
    expect(periodShortLabel(periodOf('2024S2'), 'en')).toBe('H2 2024');
  });
});

describe('cutoffWindow (15th-to-14th rule)', () => {
  const w = (id: string, day?: number) => cutoffWindow(periodOf(id), day);
  it('follows Văn bản 581/BNV-CCHC with the default day 14', () => {
    expect(w('2024Q1')).toEqual({ from: '2023-12-15', to: '2024-03-14' });
    expect(w('2024Q2')).toEqual({ from: '2024-03-15', to: '2024-06-14' });
    expect(w('2024Q3')).toEqual({ from: '2024-06-15', to: '2024-09-14' });
    expect(w('2024Q4')).toEqual({ from: '2024-09-15', to: '2024-12-14' });
    expect(w('2024S1')).toEqual({ from: '2023-12-15', to: '2024-06-14' });
    expect(w('2024S2')).toEqual({ from: '2024-06-15', to: '2024-12-14' });
    expect(w('2024')).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  });
  it('takes a configured cut-off day, capped at the month end', () => {
    expect(w('2024Q2', 20)).toEqual({ from: '2024-03-21', to: '2024-06-20' });
    // 31 in a 30-day month means its last day; the next window starts the day after.
    expect(w('2024Q2', 31)).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(w('2024Q1', 31)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    // February 2024 has 29 days.
    expect(w('2024Q1', 30)).toEqual({ from: '2023-12-31', to: '2024-03-30' });
  });
  it('windows of consecutive quarters tile the year without gap or overlap', () => {
    for (const day of [1, 14, 28, 30, 31]) {
      const qs = ['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'].map((q) => w(q, day));
      for (let i = 1; i < qs.length; i++) expect(qs[i]!.from).toBe(addDays(qs[i - 1]!.to, 1));
      expect(w('2024', day)).toEqual({ from: qs[0]!.from, to: qs[3]!.to });
    }
  });
  it('refuses a day that is not a day of the month', () => {
    expect(() => w('2024Q1', 0)).toThrow(RangeError);
    expect(() => w('2024Q1', 32)).toThrow(RangeError);
    expect(() => w('2024Q1', 1.5)).toThrow(RangeError);
  });
});

describe('dueDate', () => {
  const due = { quarter: 12, half: 15, year: 10 };
  it('is day due[kind] of the last month', () => {
    expect(dueDate(periodOf('2024Q1'), due)).toBe('2024-03-12');
    expect(dueDate(periodOf('2024Q2'), due)).toBe('2024-06-12');
    expect(dueDate(periodOf('2024S1'), due)).toBe('2024-06-15');
    expect(dueDate(periodOf('2024S2'), due)).toBe('2024-12-15');
    expect(dueDate(periodOf('2024'), due)).toBe('2024-12-10');
  });
  it('caps at the month end', () => {
    expect(dueDate(periodOf('2024Q2'), { ...due, quarter: 31 })).toBe('2024-06-30');
  });
});

describe('period relations', () => {
  it('lists sub-periods', () => {
    expect(ids(subPeriods(periodOf('2024')))).toEqual(['2024S1', '2024S2', '2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(ids(subPeriods(periodOf('2024S2')))).toEqual(['2024Q3', '2024Q4']);
    expect(subPeriods(periodOf('2024Q3'))).toEqual([]);
    expect(ids(quartersOf(periodOf('2024S1')))).toEqual(['2024Q1', '2024Q2']);
    expect(ids(quartersOf(periodOf('2024Q3')))).toEqual(['2024Q3']);
    expect(ids(halvesOf(periodOf('2024')))).toEqual(['2024S1', '2024S2']);
  });
  it('lists containing periods', () => {
    expect(ids(containingPeriods(periodOf('2024Q2')))).toEqual(['2024S1', '2024']);
    expect(ids(containingPeriods(periodOf('2024Q3')))).toEqual(['2024S2', '2024']);
    expect(ids(containingPeriods(periodOf('2024S2')))).toEqual(['2024']);
    expect(containingPeriods(periodOf('2024'))).toEqual([]);
  });
  it('agrees with periodContains', () => {
    const all = ['2024', '2024S1', '2024S2', '2024Q1', '2024Q2', '2024Q3', '2024Q4'].map(periodOf);
    for (const a of all)
      for (const b of all) {
        const inside = a.id === b.id || ids(containingPeriods(b)).includes(a.id);
        expect(periodContains(a, b), `${a.id} ⊇ ${b.id}`).toBe(inside);
        expect(ids(subPeriods(a)).includes(b.id)).toBe(inside && a.id !== b.id);
      }
    expect(periodContains(periodOf('2024'), periodOf('2023Q4'))).toBe(false);
  });
  it('gives the previous period and the same period a year earlier', () => {
    expect(previousPeriod(periodOf('2024Q1')).id).toBe('2023Q4');
    expect(previousPeriod(periodOf('2024Q3')).id).toBe('2024Q2');
    expect(previousPeriod(periodOf('2024S1')).id).toBe('2023S2');
    expect(previousPeriod(periodOf('2024S2')).id).toBe('2024S1');
    expect(previousPeriod(periodOf('2024')).id).toBe('2023');
    expect(samePeriodLastYear(periodOf('2024Q2')).id).toBe('2023Q2');
    expect(samePeriodLastYear(periodOf('2024S2')).id).toBe('2023S2');
    expect(samePeriodLastYear(periodOf('2024')).id).toBe('2023');
  });
  it('has calendar spans and a chronological order', () => {
    expect(periodSpan(periodOf('2024Q1'))).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodSpan(periodOf('2024S2'))).toEqual({ from: '2024-07-01', to: '2024-12-31' });
    const sorted = ['2024', '2024Q2', '2023Q4', '2024S1', '2024Q1'].map(periodOf).sort(comparePeriods);
    expect(ids(sorted)).toEqual(['2023Q4', '2024Q1', '2024S1', '2024Q2', '2024']);
  });
});

describe('which units owe a report (data window and due date)', () => {
  const rules = { cutoffDay: 14, due: { quarter: 12, half: 12, year: 10 } };
  const finalDays = { ...rules, finalDays: true };
  const owes = (unit: { validFrom?: string; validTo?: string }, id: string, r: OwingRules = rules) => unitOwes(unit, periodOf(id), r);
  it('a unit without dates owes every period', () => {
    expect(['2025Q1', '2025S2', '2025'].map((id) => owes({}, id))).toEqual([true, true, true]);
  });
  it('a unit created on 25/06 owes Q3 (its data 25/06–14/09), not Q2 (window to 14/06, due 12/06) nor S1', () => {
    const created = { validFrom: '2025-06-25' };
    expect(['2025Q2', '2025S1', '2025Q3', '2025S2', '2025'].map((id) => owes(created, id))).toEqual([false, false, true, true, true]);
    // It may not give Q2 figures either: the Q2 window ended on 14/06.
    expect(unitMayReport(created, periodOf('2025Q2'))).toBe(false);
  });
  it('a unit created after the due date but before the cut-off owes the next quarter, and may still report its days', () => {
    const created = { validFrom: '2025-06-13' };
    expect([owes(created, '2025Q2'), owes(created, '2025Q3')]).toEqual([false, true]);
    expect(unitMayReport(created, periodOf('2025Q2'))).toBe(true);
  });
  it('a unit ending on 25/06 owes Q2 and S1, and Q3 (15/06–25/06) only when finalDays says so', () => {
    const ended = { validTo: '2025-06-25' };
    expect(['2025Q2', '2025S1', '2025Q3', '2025S2', '2025'].map((id) => owes(ended, id))).toEqual([true, true, false, false, true]);
    expect(['2025Q3', '2025S2', '2025Q4'].map((id) => owes(ended, id, finalDays))).toEqual([true, true, false]);
    expect(unitMayReport(ended, periodOf('2025Q3'))).toBe(true);
    expect(unitMayReport(ended, periodOf('2025Q4'))).toBe(false);
  });
  it('a unit ending on the cut-off day or after it owes the quarter', () => {
    expect(owes({ validTo: '2025-06-14' }, '2025Q2')).toBe(true);
    expect(owes({ validTo: '2025-06-13' }, '2025Q2')).toBe(false);
    expect(owes({ validTo: '2025-06-30' }, '2025Q3')).toBe(false); // 1/7 reform: the old commune's last quarter is Q2
    expect(owes({ validFrom: '2025-07-01' }, '2025Q3')).toBe(true); // and the new commune's first is Q3
  });
});

describe('year to date', () => {
  const ids = (id: string) => yearToDateParts(periodOf(id)).map((p) => p.id);
  it('covers the year from its start with the fewest periods', () => {
    expect(['2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024S1', '2024S2', '2024'].map(ids)).toEqual([
      ['2024Q1'],
      ['2024S1'],
      ['2024S1', '2024Q3'],
      ['2024'],
      ['2024S1'],
      ['2024'],
      ['2024'],
    ]);
  });
  it('is named and dated', () => {
    expect(['2024Q1', '2024Q2', '2024Q3', '2024Q4'].map((id) => yearToDateId(periodOf(id)))).toEqual(['2024Q1', '2024S1', '2024Q1-Q3', '2024']);
    expect(yearToDateLabel(periodOf('2024Q3'))).toBe('9 tháng năm 2024');
    expect(yearToDateLabel(periodOf('2024Q3'), 'en')).toBe('first nine months of 2024');
    expect(yearToDateLabel(periodOf('2024Q2'))).toBe('6 tháng đầu năm 2024');
    expect(yearToDateShortLabel(periodOf('2024Q3'))).toBe('9 tháng/2024');
    expect(yearToDateWindow(periodOf('2024Q3'))).toEqual({ from: '2023-12-15', to: '2024-09-14' });
    expect(yearToDateWindow(periodOf('2024Q1'), 20)).toEqual({ from: '2023-12-21', to: '2024-03-20' });
  });
});
