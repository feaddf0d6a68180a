import type { Indicator, Target } from '../plan/model.js';
import { formatNumber } from '../util/vi-format.js';

/** Targets of an indicator that apply to a level in a year (level-specific and year-bounded ones filtered). */
export function applicableTargets(indicator: Indicator, level: string | null, year: number): Target[] {
  return indicator.targets.filter(
    (t) =>
      (t.level === undefined || t.level === level) &&
      (t.fromYear === undefined || t.fromYear <= year) &&
      (t.toYear === undefined || t.toYear >= year),
  );
}

function num(value: number): string {
  return formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

function withUnit(value: number, unit: string): string {
  return unit === '%' ? `${num(value)}%` : `${num(value)} ${unit}`;
}

/**
 * A target as a short Vietnamese threshold for one year, e.g. "≥ 95%",
 * "95–100%", "≥ 30% (phấn đấu 40%)", "≤ 15 phút (đến năm 2025)", "Có",
 * "giảm ≥ 10% so với năm 2021 (≤ 41 đơn vị)". Null when the target does not
 * bind yet (a ramp before its start year).
 */
export function targetText(target: Target, unit: string, year: number, baseline?: number): string | null {
  let text: string;
  if (target.equals !== undefined) {
    text = target.equals ? 'Có' : 'Không';
  } else if (target.ramp) {
    const { startYear, start, step, cap } = target.ramp;
    if (year < startYear) return null;
    text = `≥ ${withUnit(Math.min(cap, start + step * (year - startYear)), unit)}`;
  } else if (target.relative) {
    const { baselineYear, changePercent, bound } = target.relative;
    const verb = changePercent < 0 ? 'giảm' : 'tăng';
    const cmp = (bound === 'max') === changePercent < 0 ? '≥' : '≤';
    text = `${verb} ${cmp} ${num(Math.abs(changePercent))}% so với năm ${baselineYear}`;
    if (baseline !== undefined) {
      const limit = Math.round(baseline * (1 + changePercent / 100) * 10) / 10;
      text += ` (${bound === 'max' ? '≤' : '≥'} ${withUnit(limit, unit)})`;
    }
  } else if (target.min !== undefined && target.max !== undefined) {
    text = unit === '%' ? `${num(target.min)}–${num(target.max)}%` : `${num(target.min)}–${withUnit(target.max, unit)}`;
  } else if (target.min !== undefined) {
    text = `≥ ${withUnit(target.min, unit)}`;
    if (target.stretch !== undefined) text += ` (phấn đấu ${withUnit(target.stretch, unit)})`;
  } else if (target.max !== undefined) {
    text = `≤ ${withUnit(target.max, unit)}`;
  } else {
    return null;
  }
  if (target.by !== undefined && year < target.by) text += ` (đến năm ${target.by})`;
  return text;
}

/** Every applicable target of an indicator for a level and year, joined; null when none. */
export function indicatorTargetText(
  indicator: Indicator,
  level: string | null,
  year: number,
  baselines: Readonly<Record<string, Readonly<Record<string, number>>>> = {},
): string | null {
  const texts = applicableTargets(indicator, level, year)
    .map((t) =>
      targetText(
        t,
        indicator.unit,
        year,
        t.relative ? baselines[String(t.relative.baselineYear)]?.[indicator.id] : undefined,
      ),
    )
    .filter((t): t is string => t !== null);
  return texts.length ? texts.join('; ') : null;
}
