import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuePath } from '../to-submission.js';
import { formatNumber } from '../../util/vi-format.js';
import { planIndex } from '../plan-index.js';

/**
 * Numbers a consolidation can add up: finite (YAML's .inf and 1e400 are
 * Infinity, which the schema's bounds let through) and small enough to be
 * exact (a count past 2^53 − 1 has already lost digits when it was read).
 */
export const numberLimits: Rule = {
  id: 'number-limits',
  check(sub, ctx) {
    const { indicators } = planIndex(ctx.plan);
    const out: Finding[] = [];
    for (const areaId in sub.areas) {
      const values = sub.areas[areaId]!.values;
      for (const id in values) {
        const value = values[id];
        if (typeof value !== 'number' || (Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) continue;
        const name = `"${indicators.get(id)?.name ?? id}"`;
        if (!Number.isFinite(value)) {
          const shown = Number.isNaN(value) ? 'NaN' : value > 0 ? '+∞' : '−∞';
          out.push({ severity: 'error', code: 'number-not-finite', params: { name, value: shown }, path: valuePath(areaId, id) });
        } else if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
          out.push({
            severity: 'error',
            code: 'number-too-large',
            params: { name, value: formatNumber(value), limit: formatNumber(Number.MAX_SAFE_INTEGER) },
            path: valuePath(areaId, id),
          });
        }
      }
    }
    return out;
  },
};
