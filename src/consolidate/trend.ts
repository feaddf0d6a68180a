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
  /** Figure of a chart indicator for the units of one plan level. */
  levelFigure(ind: Indicator, period: Period, level: string): Figure;
}

/**
 * The lines of an indicator: the all-unit figure when a target applies to all
 * units or none does; otherwise one line per level that has a target of its
 * own (digitised results: district 20 %, commune 15 %), since a level's
 * target is judged on that level's figure, never on the total.
 */
function linesOf(ind: Indicator): (string | null)[] {
  const targets = ind.targets ?? [];
  if (targets.length === 0 || targets.some((t) => t.level === undefined)) return [null];
  return [...new Set(targets.map((t) => t.level!))];
}

/**
 * Quarter-by-quarter all-unit values of the plan's chart indicators, from the
 * first quarter of the previous year to the period's last quarter; leading
 * quarters without any value are dropped. Each point carries the lower bound of
 * the all-levels target for that quarter's year (ramps resolved).
 */
export function buildTrend(source: TrendSource, period: Period): Trend {
  const lines = source.plan.indicators.filter((i) => i.chart).flatMap((ind) => linesOf(ind).map((level) => ({ ind, level })));
  const lastQuarter = periodMonths(period).last / 3;
  const quarters: Period[] = [];
  for (let y = period.year - 1; y <= period.year; y++) {
    for (let q = 1; q <= 4 && (y < period.year || q <= lastQuarter); q++) quarters.push(makePeriod('quarter', y, q));
  }
  const values = lines.map(({ ind, level }) =>
    quarters.map((q) => {
      const v = (level === null ? source.allUnitFigure(ind, q) : source.levelFigure(ind, q, level)).value;
      return typeof v === 'number' ? v : null;
    }),
  );
  let first = 0;
  while (first < quarters.length - 1 && values.every((row) => row[first] === null)) first++;
  const kept = quarters.slice(first);
  return {
    periods: kept.map((q) => ({ id: q.id, label: periodShortLabel(q, source.lang) })),
    series: lines.map(({ ind, level }, i) => ({
      indicator: ind.id,
      level,
      name: ind.name,
      shortName: level === null ? (ind.shortName ?? ind.name) : `${ind.shortName ?? ind.name}, ${source.plan.levelNames[level] ?? level}`,
      values: values[i]!.slice(first),
      targets: kept.map((q) => {
        for (const t of applicableTargets(ind, source.plan, q.year, level)) {
          if ((t.level ?? null) !== level) continue;
          const r = evaluateTarget(t, ind, q, null, level ?? 'all', source.plan, THRESHOLDS_ONLY);
          if (r.min !== null) return r.min;
        }
        return null;
      }),
    })),
  };
}
