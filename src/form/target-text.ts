import type { Indicator, Plan, Target } from '../plan/model.js';
import type { Period } from '../consolidate/period.js';
import { applicableTargets, evaluateTarget, type BaselineLookup } from '../consolidate/targets.js';
import { formatNumber } from '../util/vi-format.js';

function num(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${num(value)}%` : `${num(value)} ${unit}`;
}

/** The thresholds of a target resolved for a year (ramps and relative targets turned into numbers). */
export interface Thresholds {
  min: number | null;
  max: number | null;
}

/**
 * A target as a short Vietnamese threshold, e.g. "≥ 95%", "95–100%",
 * "≥ 30% (phấn đấu 40%)", "≤ 15 phút (đến năm 2025)", "Có",
 * "giảm ≥ 10% so với năm 2021 (≤ 18 đơn vị)".
 */
export function targetText(target: Target, resolved: Thresholds, unit: string, year: number): string | null {
  const { min, max } = resolved;
  let text: string;
  if (target.equals !== undefined) {
    text = target.equals ? 'Có' : 'Không';
  } else if (target.relative) {
    const { baselineYear, changePercent, bound } = target.relative;
    const verb = changePercent < 0 ? 'giảm' : 'tăng';
    const cmp = (bound === 'max') === changePercent < 0 ? '≥' : '≤';
    text = `${verb} ${cmp} ${num(Math.abs(changePercent))}% so với năm ${baselineYear}`;
    const limit = bound === 'max' ? max : min;
    if (limit !== null) text += ` (${bound === 'max' ? '≤' : '≥'} ${withUnit(limit, unit)})`;
  } else if (min !== null && max !== null) {
    text = unit === '%' ? `${num(min)}–${num(max)}%` : `${num(min)}–${withUnit(max, unit)}`;
  } else if (min !== null) {
    text = `≥ ${withUnit(min, unit)}`;
    if (target.stretch !== undefined) text += ` (phấn đấu ${withUnit(target.stretch, unit)})`;
  } else if (max !== null) {
    text = `≤ ${withUnit(max, unit)}`;
  } else {
    return null;
  }
  if (target.by !== undefined && year < target.by) text += ` (đến năm ${target.by})`;
  return text;
}

/**
 * Every target of an indicator that applies to a level in the period's year,
 * resolved as the consolidation resolves it and joined; null when none (or
 * when a ramp has not started yet).
 */
export function indicatorTargetText(
  indicator: Indicator,
  plan: Plan,
  level: string | null,
  period: Period,
  baselines: Readonly<Record<string, Readonly<Record<string, number>>>> = {},
): string | null {
  const lookup: BaselineLookup = (ind, year) => {
    const value = baselines[String(year)]?.[ind.id];
    return value === undefined ? { value: null, source: null } : { value, source: 'config' };
  };
  const texts = applicableTargets(indicator, plan, period.year, level)
    .map((t) => {
      const resolved = evaluateTarget(t, indicator, period, null, '', plan, lookup);
      return resolved.reason === 'before-start' ? null : targetText(t, resolved, indicator.unit, period.year);
    })
    .filter((t): t is string => t !== null);
  return texts.length ? texts.join('; ') : null;
}
