import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf, valuePath } from '../to-submission.js';
import { formatNumber } from '../../util/vi-format.js';
import { planIndex } from '../plan-index.js';

/** Parts that must add up to a total do (received = online + in person, …). */
export const partsSum: Rule = {
  id: 'parts-sum',
  check(sub, ctx) {
    const values = valuesOf(sub);
    const byId = planIndex(ctx.plan).indicators;
    const out: Finding[] = [];
    for (const ind of ctx.plan.indicators) {
      if (!ind.sumOf) continue;
      const total = values.get(ind.id);
      const parts = ind.sumOf.map((id) => values.get(id));
      // Only judged when the total and every part are reported: a missing part is another rule's business.
      if (typeof total !== 'number' || !parts.every((p): p is number => typeof p === 'number')) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - total) < 1e-9) continue;
      out.push({
        severity: 'error',
        code: 'parts-sum-mismatch',
        params: {
          total: `"${ind.name}"`,
          totalValue: formatNumber(total),
          parts: ind.sumOf.map((id) => `"${byId.get(id)?.name ?? id}"`).join(' + '),
          sum: formatNumber(sum),
        },
        path: valuePath(ind.area, ind.id),
      });
    }
    return out;
  },
};
