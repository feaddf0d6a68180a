import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { parsePeriod, periodSpan } from '../../consolidate/period.js';
import { formatDate } from '../../util/vi-format.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The period is a real period of the plan and the submission date is plausible. */
export const dates: Rule = {
  id: 'dates',
  check(sub, ctx) {
    const out: Finding[] = [];
    const period = parsePeriod(sub.period);
    if (!period) {
      out.push({ severity: 'error', code: 'invalid-period', params: { value: sub.period }, path: ['period'] });
    } else if (period.year < ctx.plan.fromYear || period.year > ctx.plan.toYear) {
      out.push({
        severity: 'warning',
        code: 'period-outside-plan',
        params: { period: period.id, from: ctx.plan.fromYear, to: ctx.plan.toYear },
        path: ['period'],
      });
    }
    if (!isRealDate(sub.submitted)) {
      out.push({ severity: 'error', code: 'invalid-date', params: { value: sub.submitted }, path: ['submitted'] });
      return out;
    }
    if (period && sub.submitted < periodSpan(period).from) {
      out.push({
        severity: 'warning',
        code: 'submitted-before-period',
        params: { date: formatDate(sub.submitted), period: period.id },
        path: ['submitted'],
      });
    }
    if (sub.submitted > ctx.today) {
      out.push({ severity: 'warning', code: 'submitted-in-future', params: { date: formatDate(sub.submitted) }, path: ['submitted'] });
    }
    return out;
  },
};
