import type { Consolidation, GroupResult, IndicatorResult } from '../../../consolidate/types.js';

/** Columns of a key-indicators table: more do not fit a landscape page legibly. */
export const MAX_KEY_INDICATORS = 10;
/** A level gets a table when this many of its units gave values. */
const MIN_UNITS = 3;

/**
 * The key indicators of each plan level: numeric indicators judged against a
 * target on that level's units in the period (met or not met at the level),
 * reported by at least a few of its units. When there are more than fit, those
 * with units under target come first, then plan order; the columns keep plan
 * order.
 */
export function keyIndicators(c: Consolidation): { level: GroupResult; indicators: IndicatorResult[] }[] {
  const out: { level: GroupResult; indicators: IndicatorResult[] }[] = [];
  for (const level of c.levels) {
    const candidates: { ind: IndicatorResult; notMet: number; order: number }[] = [];
    c.indicators.forEach((ind, order) => {
      if (ind.type !== 'percent' && ind.type !== 'number' && ind.type !== 'count') return;
      const f = level.indicators[ind.id];
      if (!f || (f.status !== 'met' && f.status !== 'not-met')) return;
      const spread = c.spreads.find((s) => s.indicator === ind.id && s.level === level.id);
      if (!spread || spread.reporting < MIN_UNITS) return;
      candidates.push({ ind, notMet: spread.notMet, order });
    });
    if (candidates.length === 0) continue;
    const chosen = [...candidates]
      .sort((a, b) => Number(b.notMet > 0) - Number(a.notMet > 0) || a.order - b.order)
      .slice(0, MAX_KEY_INDICATORS)
      .sort((a, b) => a.order - b.order)
      .map((x) => x.ind);
    out.push({ level, indicators: chosen });
  }
  return out;
}
