import type { TimeAggregation, UnitAggregation } from '../plan/model.js';
import { decimalSum } from './decimal-sum.js';

/** A value as units report it (text only for text indicators). */
export type ReportedValue = number | boolean | string;

/**
 * Combines the values of one indicator over units or over time. `values` must
 * be in a canonical order (units sorted, periods chronological) so that `last`
 * means the latest and the result never depends on the order of the input files.
 * Returns null when there is nothing to combine or the aggregation is `none`.
 * Values of the wrong type for the aggregation are ignored (validation reports them).
 */
export function combineValues(aggregation: UnitAggregation | TimeAggregation, values: readonly ReportedValue[]): ReportedValue | null {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const booleans = values.filter((v): v is boolean => typeof v === 'boolean');
  switch (aggregation) {
    case 'sum':
      return numbers.length ? decimalSum(numbers) : null;
    case 'max':
      return numbers.length ? Math.max(...numbers) : null;
    case 'min':
      return numbers.length ? Math.min(...numbers) : null;
    case 'all':
      return booleans.length ? booleans.every(Boolean) : null;
    case 'any':
      return booleans.length ? booleans.some(Boolean) : null;
    case 'last':
      return values.length ? values[values.length - 1]! : null;
    case 'none':
      return null;
  }
}
