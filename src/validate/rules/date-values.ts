import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf, valuePath } from '../to-submission.js';
import { parsePeriod, periodSpan } from '../../consolidate/period.js';
import { formatDate } from '../../util/vi-format.js';
import { isRealDate } from './dates.js';
import { planIndex } from '../plan-index.js';

/**
 * A date indicator (the day a plan was issued, a conference held) holds a real
 * calendar day, and one no later than the period's last day: what is done
 * later belongs to a later report.
 */
export const dateValues: Rule = {
  id: 'date-values',
  check(sub, ctx) {
    const out: Finding[] = [];
    const dated = planIndex(ctx.plan).dates;
    if (dated.length === 0) return out;
    const period = parsePeriod(sub.period);
    const values = valuesOf(sub);
    for (const ind of dated) {
      const v = values.get(ind.id);
      if (typeof v !== 'string') continue;
      const path = valuePath(ind.area, ind.id);
      if (!isRealDate(v)) {
        out.push({ severity: 'error', code: 'invalid-date', params: { value: v }, path });
        continue;
      }
      const end = period ? periodSpan(period).to : null;
      if (end !== null && v > end) {
        out.push({
          severity: 'warning',
          code: 'date-after-period',
          params: { name: `"${ind.name}"`, date: formatDate(v), period: period!.id, end: formatDate(end) },
          path,
        });
      }
    }
    return out;
  },
};
