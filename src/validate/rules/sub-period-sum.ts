import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf, valuePath } from '../to-submission.js';
import { formatNumber } from '../../util/vi-format.js';
import { diagnosticWords as w } from '../../i18n/diagnostics.js';

/**
 * A six-month or annual submission agrees with the unit's own quarters: counts
 * that add up over time equal the sum of the quarters, end-of-period states
 * equal the last quarter's. A disagreement is a warning (figures may have been
 * corrected since), pointing at the value.
 */
export const subPeriodSum: Rule = {
  id: 'sub-period-sum',
  comparesFiles: ['sub-period-mismatch'],
  check(sub, ctx) {
    if (!ctx.quarters) return [];
    const own = valuesOf(sub);
    const parts = ctx.quarters.map((q) => valuesOf(q.submission));
    const out: Finding[] = [];
    for (const ind of ctx.plan.indicators) {
      if (ind.ratio || (ind.type !== 'count' && ind.type !== 'number')) continue;
      const value = own.get(ind.id);
      if (typeof value !== 'number') continue;
      const values = parts.map((p) => p.get(ind.id));
      if (!values.every((v): v is number => typeof v === 'number')) continue;
      let expected: number;
      let how: string;
      if (ind.aggregation?.time === 'sum') {
        expected = values.reduce((a, b) => a + b, 0);
        how = w.t('how.sum');
      } else if (ind.aggregation?.time === 'last') {
        expected = values[values.length - 1]!;
        how = w.t('how.last', { quarter: ctx.quarters[ctx.quarters.length - 1]!.period });
      } else continue;
      if (Math.abs(expected - value) < 1e-9) continue;
      out.push({
        severity: 'warning',
        code: 'sub-period-mismatch',
        params: {
          name: `"${ind.name}"`,
          value: formatNumber(value),
          expected: formatNumber(expected),
          quarters: ctx.quarters.map((q) => q.period).join(', '),
          how,
        },
        path: valuePath(ind.area, ind.id),
      });
    }
    return out;
  },
};
