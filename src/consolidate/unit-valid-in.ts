import type { Unit } from '../repo/model.js';
import { periodSpan, type Period } from './period.js';

/**
 * A unit is expected to report for a period when its validity (validFrom–validTo,
 * inclusive, open-ended when absent) overlaps the period's calendar span. A commune
 * dissolved on 30/06/2025 still owes 2025Q2, 2025S1 and its share of 2025, but
 * not 2025Q3; a commune created on 01/07/2025 owes 2025Q3 but not 2025S1.
 */
export function unitValidIn(unit: Pick<Unit, 'validFrom' | 'validTo'>, period: Period): boolean {
  const span = periodSpan(period);
  return (
    (unit.validFrom === undefined || unit.validFrom <= span.to) &&
    (unit.validTo === undefined || unit.validTo >= span.from)
  );
}
