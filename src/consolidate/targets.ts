import type { Indicator, Plan, Target } from '../plan/model.js';
import { tidy } from './decimal-sum.js';
import type { Period } from './period.js';
import type { TargetReason, TargetResult, TargetStatus } from './types.js';

export interface Baseline {
  value: number | null;
  source: 'config' | 'data' | null;
}

/** The value of an indicator in a baseline year, for the scope being judged. */
export type BaselineLookup = (indicator: Indicator, year: number) => Baseline;

/**
 * Targets of an indicator that apply in `year`: within the target's
 * fromYear–toYear (default: the plan's years). `level` filters level-specific
 * targets: undefined = every target, null = only those for every level, a level
 * id = those for every level plus that level's.
 */
export function applicableTargets(ind: Indicator, plan: Plan, year: number, level?: string | null): Target[] {
  return ind.targets.filter((t) => {
    if (year < (t.fromYear ?? plan.fromYear) || year > (t.toYear ?? plan.toYear)) return false;
    if (level === undefined || t.level === undefined) return true;
    return t.level === level;
  });
}

/**
 * Resolves a target for the period's year and judges `value` against it.
 * - "by N" targets are `not-due` before year N (threshold and gap still given);
 * - `evaluate: year` targets are `not-due` in quarters and halves;
 * - a ramp is start + step × (year − startYear), capped, and `not-due` before startYear;
 * - a relative target is baseline × (100 + change) ÷ 100, `no-data` without a baseline;
 * - met when min ≤ value ≤ max (each bound when present) or value = equals;
 *   a stretch is an aspiration, reported in `stretchMet`, never a failure.
 */
export function evaluateTarget(
  target: Target,
  ind: Indicator,
  period: Period,
  value: number | boolean | null,
  scope: string,
  plan: Plan,
  baselineOf: BaselineLookup,
): TargetResult {
  const year = period.year;
  let min = target.min ?? null;
  let max = target.max ?? null;
  let reason: TargetReason | null = null;
  let baseline: TargetResult['baseline'] = null;

  if (target.ramp) {
    const r = target.ramp;
    min = tidy(Math.min(r.cap, r.start + r.step * Math.max(0, year - r.startYear)));
    if (year < r.startYear) reason = 'before-start';
  }
  if (target.relative) {
    const rel = target.relative;
    const b = baselineOf(ind, rel.baselineYear);
    baseline = { year: rel.baselineYear, value: b.value, source: b.source };
    if (b.value === null) reason ??= 'no-baseline';
    else {
      // baseline × (100 + change) / 100: exact for whole numbers, one rounding at most.
      const bound = tidy((b.value * (100 + rel.changePercent)) / 100);
      if (rel.bound === 'max') max = bound;
      else min = bound;
    }
  }

  const numeric = typeof value === 'number' ? value : null;
  const gap = numeric === null ? null : gapOf(numeric, min, max);
  const stretch = target.stretch ?? null;
  const stretchMet = stretch === null || numeric === null ? null : numeric >= stretch;

  let status: TargetResult['status'];
  if (target.by !== undefined && year < target.by) {
    status = 'not-due';
    reason = 'by-year';
  } else if ((target.evaluate ?? 'period') === 'year' && period.kind !== 'year') {
    status = 'not-due';
    reason = 'year-only';
  } else if (reason === 'before-start') {
    status = 'not-due';
  } else if (reason === 'no-baseline') {
    status = 'no-data';
  } else if (value === null) {
    status = 'no-data';
    reason = 'no-value';
  } else {
    status = isMet(value, min, max, target.equals ?? null) ? 'met' : 'not-met';
  }

  return {
    text: target.text,
    level: target.level ?? null,
    levelName: target.level === undefined ? null : (plan.levelNames[target.level] ?? target.level),
    min,
    max,
    stretch,
    equals: target.equals ?? null,
    by: target.by ?? null,
    evaluate: target.evaluate ?? 'period',
    baseline,
    value,
    scope,
    status,
    reason,
    gap,
    stretchMet,
  };
}

function isMet(value: number | boolean, min: number | null, max: number | null, equals: boolean | null): boolean {
  if (equals !== null) return value === equals;
  if (typeof value !== 'number') return false;
  if (min === null && max === null) return false;
  return (min === null || value >= min) && (max === null || value <= max);
}

function gapOf(value: number, min: number | null, max: number | null): number | null {
  const gaps: number[] = [];
  if (min !== null) gaps.push(value - min);
  if (max !== null) gaps.push(max - value);
  return gaps.length ? tidy(Math.min(...gaps)) : null;
}

/**
 * One status for several evaluated targets: not-met if any is not met, else
 * no-data if any lacks data, else met if any is met, else not-due;
 * no-target when there are none.
 */
export function combineStatuses(results: readonly { status: TargetStatus }[]): TargetStatus {
  if (results.length === 0) return 'no-target';
  for (const s of ['not-met', 'no-data', 'met'] as const) if (results.some((r) => r.status === s)) return s;
  return 'not-due';
}
