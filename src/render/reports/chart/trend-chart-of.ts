import { periodOf } from '../../../consolidate/period.js';
import type { Trend } from '../../../consolidate/types.js';
import { SERIES_STYLES, type TrendChartInput } from './trend-chart.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "2024Q2" → "II/2024": the chart's font has no diacritics, Roman quarter numbers need none. */
export function categoryLabel(periodId: string): string {
  const p = periodOf(periodId);
  if (p.kind === 'quarter') return `${ROMAN[p.index - 1]}/${p.year}`;
  if (p.kind === 'half') return `${p.index === 1 ? 'I' : 'II'}-${p.year}`;
  return String(p.year);
}

/**
 * The chart input of the consolidation's trend, or null when there is nothing
 * to draw (no chart indicators, or no value in any quarter).
 */
export function trendChartInput(trend: Trend): TrendChartInput | null {
  const series = trend.series
    .filter((s) => s.values.some((v) => v !== null))
    .slice(0, SERIES_STYLES.length)
    .map((s) => ({ label: s.name, values: s.values, targets: s.targets }));
  if (series.length === 0 || trend.periods.length === 0) return null;
  return { categories: trend.periods.map((p) => categoryLabel(p.id)), series };
}
