import type { PeriodKind, Unit } from '../repo/model.js';
import { cutoffWindow, dueDate, quartersOf, type Period } from './period.js';

type Validity = Pick<Unit, 'validFrom' | 'validTo'>;

/** What decides whether a unit owes a period's report (cchc.yaml). */
export interface OwingRules {
  cutoffDay: number;
  due: Readonly<Record<PeriodKind, number>>;
  /** A unit ending before a quarter's cut-off owes that quarter's report for its final days. */
  finalDays?: boolean;
}

/**
 * A unit may report for a period when its validity (validFrom–validTo,
 * inclusive, open-ended when absent) overlaps the period's data window (the
 * cut-off dates, not the calendar): it has figures of that window to give.
 */
export function unitMayReport(unit: Validity, period: Period, cutoffDay = 14): boolean {
  const window = cutoffWindow(period, cutoffDay);
  return (unit.validFrom === undefined || unit.validFrom <= window.to) && (unit.validTo === undefined || unit.validTo >= window.from);
}

/**
 * A unit owes a quarter's report when it existed in the quarter's data window
 * and by its due date (a unit created after the due date, or after the
 * cut-off, reports from the next quarter on), and reached its cut-off: a unit
 * ending before the cut-off has only its final days in that window, which it
 * owes only when `finalDays` says so. It owes a half or a year when it owes
 * any of its quarters (its share of them).
 *
 * With the 14th cut-off and due dates on the 12th: a commune created on 25/06
 * owes Q3 (its data 25/06–14/09), not Q2 (due 12/06) nor S1; a commune ending
 * on 25/06 owes Q2 and S1, and Q3 (its days 15/06–25/06) only with finalDays.
 */
export function unitOwes(unit: Validity, period: Period, rules: OwingRules): boolean {
  return quartersOf(period).some((q) => owesQuarter(unit, q, rules));
}

function owesQuarter(unit: Validity, quarter: Period, rules: OwingRules): boolean {
  const window = cutoffWindow(quarter, rules.cutoffDay);
  if (unit.validFrom !== undefined && (unit.validFrom > window.to || unit.validFrom > dueDate(quarter, rules.due))) return false;
  if (unit.validTo !== undefined && unit.validTo < window.from) return false;
  if (unit.validTo !== undefined && unit.validTo < window.to) return rules.finalDays === true;
  return true;
}
