import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf } from '../to-submission.js';

/** Values the plan requires from this kind of unit are present (a warning: data is incomplete). */
export const requiredValues: Rule = {
  id: 'required-values',
  check(sub, ctx) {
    const unit = ctx.units.get(sub.unit);
    if (!unit) return [];
    const values = valuesOf(sub);
    const out: Finding[] = [];
    for (const ind of ctx.plan.indicators) {
      if (!ind.requiredFor?.includes(unit.kind) || values.has(ind.id)) continue;
      const area = sub.areas[ind.area];
      out.push({
        severity: 'warning',
        code: 'missing-value',
        params: { name: `"${ind.name}"` },
        path: area ? ['areas', ind.area, 'values'] : ['areas'],
        target: 'key',
      });
    }
    return out;
  },
};
