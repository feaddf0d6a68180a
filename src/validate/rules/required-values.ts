import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuePath, valuesOf } from '../to-submission.js';
import { planIndex } from '../plan-index.js';

/**
 * Values the plan requires from this kind of unit are given. One left empty in
 * the file (a key without a value, an empty cell of the form) is an error at
 * that key or cell: the clerk saw the line and did not fill it. Those the file
 * does not have at all are one warning per area (the data is incomplete, not
 * wrong). Skipped when the submission had schema errors: the entries dropped
 * there are already reported.
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
      const report = sub.areas[area.id];
      const empty = new Set(report?.empty ?? []);
      for (const i of required) {
        if (!values.has(i.id) && empty.has(i.id)) {
          out.push({ severity: 'error', code: 'empty-required-value', params: { name: `"${i.name}"` }, path: valuePath(area.id, i.id) });
        }
      }
      const missing = required.filter((i) => !values.has(i.id) && !empty.has(i.id));
      if (!missing.length) continue;
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
