import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf, valuePath } from '../to-submission.js';
import { formatNumber } from '../../util/vi-format.js';
import { planIndex } from '../plan-index.js';

/** A part never exceeds its whole: on-time ≤ resolved ≤ received, online ≤ received, … */
export const partWhole: Rule = {
  id: 'part-whole',
  check(sub, ctx) {
    const values = valuesOf(sub);
    const { indicators: byId, parts } = planIndex(ctx.plan);
    const out: Finding[] = [];
    for (const ind of parts) {
      const part = values.get(ind.id);
      if (typeof part !== 'number') continue;
      for (const wholeId of ind.notAbove ?? []) {
        const whole = values.get(wholeId);
        const wholeInd = byId.get(wholeId);
        if (typeof whole !== 'number' || !wholeInd || part <= whole) continue;
        out.push({
          severity: 'error',
          code: 'part-exceeds-whole',
          params: {
            part: `"${ind.name}"`,
            partValue: formatNumber(part),
            whole: `"${wholeInd.name}"`,
            wholeValue: formatNumber(whole),
          },
          path: valuePath(ind.area, ind.id),
        });
      }
    }
    return out;
  },
};
