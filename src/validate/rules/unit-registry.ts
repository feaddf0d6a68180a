import type { Rule } from '../rule.js';
import { closest } from '../../util/suggest.js';
import { diagnosticWords as w } from '../../i18n/diagnostics.js';
import { parsePeriod } from '../../consolidate/period.js';
import { unitMayReport } from '../../consolidate/unit-valid-in.js';
import { formatDate } from '../../util/vi-format.js';

/** The unit exists in units.yaml and is active during the period's data window. */
export const unitRegistry: Rule = {
  id: 'unit-registry',
  check(sub, ctx) {
    const unit = ctx.units.get(sub.unit);
    if (!unit) {
      const near = closest(sub.unit, ctx.units.keys());
      return [
        {
          severity: 'error',
          code: 'unknown-unit',
          params: { unit: sub.unit, suggestion: near ? w.t('suggestion', { id: near }) : '' },
          path: ['unit'],
        },
      ];
    }
    const period = parsePeriod(sub.period);
    if (period && !unitMayReport(unit, period, ctx.config.cutoffDay)) {
      return [
        {
          severity: 'error',
          code: 'unit-not-valid-in-period',
          params: {
            unit: sub.unit,
            period: sub.period,
            from: unit.validFrom ? formatDate(unit.validFrom) : w.t('open'),
            to: unit.validTo ? formatDate(unit.validTo) : w.t('open'),
          },
          path: ['period'],
        },
      ];
    }
    return [];
  },
};
