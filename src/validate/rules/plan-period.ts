import type { Rule } from '../rule.js';
import { addDays, parsePeriod } from '../../consolidate/period.js';
import { planOfPeriod } from '../../repo/plans-by-date.js';
import { formatDate } from '../../util/vi-format.js';

/**
 * When the repository changes plan at a date, a submission's period lies
 * under one plan: not across the change (a year when the plan changes on 1
 * July), nor before the first plan applies.
 */
export const planPeriod: Rule = {
  id: 'plan-period',
  check(sub, ctx) {
    const plans = ctx.plans;
    const period = parsePeriod(sub.period);
    if (!plans || plans.length < 2 || !period) return [];
    const found = planOfPeriod(plans, period);
    if (found.kind === 'spans') {
      const from = found.next.from!;
      return [
        {
          severity: 'error',
          code: 'period-spans-plans',
          params: { period: period.id, first: found.first.plan.title, next: found.next.plan.title, end: formatDate(addDays(from, -1)), from: formatDate(from) },
          path: ['period'],
        },
      ];
    }
    if (found.kind === 'before') {
      return [{ severity: 'error', code: 'period-before-plans', params: { period: period.id, from: formatDate(found.first.from!) }, path: ['period'] }];
    }
    return [];
  },
};
