import type { Rule } from '../rule.js';
import type { Finding } from '../finding.js';
import { valuesOf, valuePath } from '../to-submission.js';
import { formatNumber } from '../../util/vi-format.js';
import { planIndex } from '../plan-index.js';

/** Below this, a jump (3 → 12) is noise, not a likely typing error. */
const MIN_MAGNITUDE = 20;

/**
 * A count that jumps against the unit's previous period by more than the
 * configured factor (either way) is worth a second look: a warning.
 */
export const valueJump: Rule = {
  id: 'value-jump',
  comparesFiles: ['value-jump'],
  check(sub, ctx) {
    if (!ctx.previous) return [];
    const factorLimit = ctx.config.validation.jumpFactor;
    const now = valuesOf(sub);
    const before = valuesOf(ctx.previous.submission);
    const jumped = new Map<string, Finding>();
    for (const ind of planIndex(ctx.plan).quantities) {
      const a = before.get(ind.id);
      const b = now.get(ind.id);
      if (typeof a !== 'number' || typeof b !== 'number') continue;
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue; // number-limits says what is wrong with it
      if (Math.max(a, b) < MIN_MAGNITUDE) continue;
      const factor = Math.min(a, b) === 0 ? Infinity : Math.max(a, b) / Math.min(a, b);
      if (factor <= factorLimit) continue;
      jumped.set(ind.id, {
        severity: 'warning',
        code: 'value-jump',
        params: {
          name: `"${ind.name}"`,
          previousPeriod: ctx.previous.period,
          previous: formatNumber(a),
          value: formatNumber(b),
          factor: Number.isFinite(factor) ? formatNumber(factor, 1) : '∞',
        },
        path: valuePath(ind.area, ind.id),
      });
    }
    // A part that jumps with its whole adds nothing: report the whole only.
    const byId = planIndex(ctx.plan).indicators;
    return [...jumped].filter(([id]) => !(byId.get(id)?.notAbove ?? []).some((w) => jumped.has(w))).map(([, f]) => f);
  },
};
