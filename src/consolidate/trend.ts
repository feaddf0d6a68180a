import type { Lang } from '../i18n/index.js';
import type { Indicator, Plan } from '../plan/model.js';
import { makePeriod, periodMonths, periodShortLabel, type Period } from './period.js';
import { applicableTargets, evaluateTarget, THRESHOLDS_ONLY } from './targets.js';
import type { Figure, Trend } from './types.js';

export interface TrendSource {
  plan: Plan;
  lang: Lang;
  /** All-unit figure of an indicator in a period. */
  allUnitFigure(ind: Indicator, period: Period): Figure;
}

/**
 * Quarter-by-quarter all-unit values of the plan's chart indicators, from the
 * first quarter of the previous year to the period's last quarter; leading
 * quarters without any value are dropped. Each point carries the lower bound of
 * the all-levels target for that quarter's year (ramps resolved).
 */
export function buildTrend(source: TrendSource, period: Period): Trend {
  const charted = source.plan.indicators.filter((i) => i.chart);
  const lastQuarter = periodMonths(period).last / 3;
  const quarters: Period[] = [];
  for (let y = period.year - 1; y <= period.year; y++) {
    for (let q = 1; q <= 4 && (y < period.year || q <= lastQuarter); q++) quarters.push(makePeriod('quarter', y, q));
  }
  const values = charted.map((ind) => quarters.map((q) => {
    const v = source.allUnitFigure(ind, q).value;
    return typeof v === 'number' ? v : null;
  }));
  let first = 0;
  while (first < quarters.length - 1 && values.every((row) => row[first] === null)) first++;
  const kept = quarters.slice(first);
  return {
    periods: kept.map((q) => ({ id: q.id, label: periodShortLabel(q, source.lang) })),
    series: charted.map((ind, i) => ({
      indicator: ind.id,
      name: ind.name,
      values: values[i]!.slice(first),
      targets: kept.map((q) => {
        for (const t of applicableTargets(ind, source.plan, q.year, null)) {
          const r = evaluateTarget(t, ind, q, null, 'all', source.plan, THRESHOLDS_ONLY);
          if (r.min !== null) return r.min;
        }
        return null;
      }),
    })),
  };
}
