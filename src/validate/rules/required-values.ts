import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf } from '../to-submission.js';
import { planIndex } from '../plan-index.js';

/**
 * Values the plan requires from this kind of unit are present: one warning per
 * area listing what is missing (the data is incomplete, not wrong). Skipped when
 * the submission had schema errors: the entries dropped there are already reported.
 */
export const requiredValues: Rule = {
  id: 'required-values',
  check(sub, ctx) {
    const unit = ctx.units.get(sub.unit);
    if (!unit || ctx.partial) return [];
    const values = valuesOf(sub);
    const index = planIndex(ctx.plan);
    const out: Finding[] = [];
    for (const area of ctx.plan.areas) {
      const required = index.requiredOf(unit.kind, area.id);
      if (required.every((i) => values.has(i.id))) continue;
      const missing = required.filter((i) => !values.has(i.id));
      if (!missing.length) continue;
      const report = sub.areas[area.id];
      out.push({
        severity: 'warning',
        code: 'missing-value',
        params: { area: `${area.code}. ${area.title}`, names: missing.map((i) => `"${i.name}"`).join('; ') },
        path: report ? ['areas', area.id, 'values'] : ['areas'],
        target: 'key',
      });
    }
    return out;
  },
};
