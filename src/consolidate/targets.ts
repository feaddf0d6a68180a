import type { Indicator, IndicatorWindow, Plan, Target, UnitKind } from '../plan/model.js';
import { kindsPhrase } from '../plan/kinds.js';
import { tidy } from './decimal-sum.js';
import { makePeriod, periodMonths, samePeriodLastYear, type Period } from './period.js';
import type { ShareResult, TargetReason, TargetResult, TargetStatus } from './types.js';

export interface Baseline {
  value: number | null;
  source: 'config' | 'data' | null;
}

/** The value of an indicator in a baseline year, for the scope being judged. */
export type BaselineLookup = (indicator: Indicator, year: number) => Baseline;

export type JudgedValue = number | boolean | string | null;

/** One unit of a scope with its own value of an indicator, for share targets. */
export interface UnitValue {
  name: string;
  value: JudgedValue;
}

/** A total over several periods (cumulative targets). */
export interface Accumulated {
  value: number | null;
  /** Periods summed that had no value in the scope. */
  missing: string[];
}

/**
 * What a target's evaluation may ask of the scope it judges (all units, a
 * group of units, or one unit). The consolidation answers from the units'
 * data; forms and the trend chart, which only resolve thresholds, pass
 * `THRESHOLDS_ONLY`.
 */
export interface ScopeLookup {
  /** The scope's value in a baseline year (for all units: cchc.yaml `baselines` first). */
  baseline: BaselineLookup;
  /** The scope's value of an indicator in another period. */
  valueIn(indicator: Indicator, period: Period): JudgedValue;
  /** The scope's value of another indicator in the period judged (conditions). */
  valueOf(indicator: Indicator): JudgedValue;
  /**
   * The units of the scope the plan expects to report `indicator` (of `kinds`
   * when given), each with its own value; null when the scope is one unit.
   */
  units(indicator: Indicator, kinds: readonly UnitKind[] | null): { kinds: readonly UnitKind[]; units: UnitValue[] } | null;
  /** The scope's value summed over `periods` (rates: summed counts). */
  accumulated(indicator: Indicator, periods: readonly Period[]): Accumulated;
  /** Last day of the period's data window (deadlines are judged against it); null when unknown. */
  asOf: string | null;
}

/** A lookup with no data: resolves thresholds (ramps), never reference values. */
export const THRESHOLDS_ONLY: ScopeLookup = {
  baseline: () => ({ value: null, source: null }),
  valueIn: () => null,
  valueOf: () => null,
  units: () => null,
  accumulated: () => ({ value: null, missing: [] }),
  asOf: null,
};

/** A lookup that knows baselines only (forms: configured baselines resolve relative targets). */
export function baselinesOnly(baseline: BaselineLookup): ScopeLookup {
  return { ...THRESHOLDS_ONLY, baseline };
}

/**
 * Targets of an indicator that apply in `year`: within the target's
 * fromYear–toYear (default: the plan's years; a one-off deadline's last year
 * is the deadline's). `level` filters level-specific targets: undefined =
 * every target, null = only those for every level, a level id = those for
 * every level plus that level's.
 */
export function applicableTargets(ind: Indicator, plan: Plan, year: number, level?: string | null): Target[] {
  return ind.targets.filter((t) => {
    const last = t.toYear ?? (t.deadline && isFixedDate(t.deadline) ? Math.min(Number(t.deadline.slice(0, 4)), plan.toYear) : plan.toYear);
    if (year < (t.fromYear ?? plan.fromYear) || year > last) return false;
    if (level === undefined || t.level === undefined) return true;
    return t.level === level;
  });
}

function isFixedDate(deadline: string): boolean {
  return deadline.length === 10;
}

/**
 * The periods whose sum is the total from `fromYear` to the end of `period`:
 * the whole years before the period's year, then that year's periods up to
 * this one (quarters for a quarter, halves for a half, the year itself).
 */
export function cumulativePeriods(fromYear: number, period: Period): Period[] {
  const out: Period[] = [];
  for (let y = fromYear; y < period.year; y++) out.push(makePeriod('year', y));
  for (let i = 1; i <= period.index; i++) out.push(makePeriod(period.kind, period.year, i));
  return out;
}

interface Threshold {
  min: number | null;
  max: number | null;
  strict: boolean;
  equals: boolean | null;
  minRating: string | null;
  deadline: string | null;
  /** The deadline recurs every year: only a date in the period's year counts. */
  yearly: boolean;
}

/** Whether a date is done for a deadline: any date for a one-off deadline, one in the year for a yearly one. */
function doneFor(value: JudgedValue, th: Threshold, year: number): value is string {
  return typeof value === 'string' && (!th.yearly || value.slice(0, 4) === String(year));
}

/** Whether one value meets a threshold (a unit's own value, or a scope's figure). */
function meets(value: JudgedValue, th: Threshold, plan: Plan, ind: Indicator, year: number): boolean {
  if (value === null) return false;
  if (th.equals !== null) return value === th.equals;
  if (th.minRating !== null) {
    const scale = plan.scales[ind.scale ?? ''] ?? [];
    const at = scale.findIndex((l) => l.id === value);
    return typeof value === 'string' && at >= 0 && at >= scale.findIndex((l) => l.id === th.minRating);
  }
  if (th.deadline !== null) {
    return doneFor(value, th, year) && value <= th.deadline;
  }
  if (typeof value !== 'number') return false;
  if (th.min === null && th.max === null) return false;
  const aboveMin = th.min === null || (th.strict ? value > th.min : value >= th.min);
  const belowMax = th.max === null || (th.strict ? value < th.max : value <= th.max);
  return aboveMin && belowMax;
}

function conditionHolds(value: JudgedValue, target: Target): boolean | null {
  const when = target.when!;
  if (value === null) return null;
  if (when.equals !== undefined) return value === when.equals;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'number') return value !== '';
  return when.min !== undefined ? value >= when.min : value > 0;
}

/**
 * Resolves a target for the period's year and judges the scope's `value`
 * against it.
 * - "by N" targets are `not-due` before year N (threshold and gap still given);
 * - `evaluate: year` targets are judged only on a whole year's value: the
 *   year's, or, when `value` is the year to date (`window`), that of Q4 or S2;
 *   before, `not-due` with the value so far and its gap;
 * - a ramp is start + step × (year − startYear), capped, and `not-due` before startYear;
 * - a relative target is baseline × (100 + change) ÷ 100; a change target is
 *   the reference (baseline year, or the same period a year earlier) moved by
 *   the least change; `no-data` without the reference;
 * - a cumulative target judges the total from the plan's first year;
 * - a share target (and a deadline over several units) judges the share of
 *   the scope's expected units meeting the unit threshold; at one unit, the
 *   unit's own value against that threshold;
 * - a deadline is met by a date on or before it, `not-due` while it has not
 *   passed, `not-met` after (`overdue`, or `late` when done after it);
 * - a conditional target is `not-applicable` when its condition does not hold;
 * - otherwise met when min ≤ value ≤ max (each bound when present), value =
 *   equals, or value at or above minRating; a stretch is an aspiration,
 *   reported in `stretchMet`, never a failure.
 */
export function evaluateTarget(
  target: Target,
  ind: Indicator,
  period: Period,
  value: JudgedValue,
  scope: string,
  plan: Plan,
  lookup: ScopeLookup,
  window: IndicatorWindow = 'period',
): TargetResult {
  const year = period.year;
  const th: Threshold = {
    min: target.min ?? null,
    max: target.max ?? null,
    strict: false,
    equals: target.equals ?? null,
    minRating: target.minRating ?? null,
    deadline: target.deadline === undefined ? null : isFixedDate(target.deadline) ? target.deadline : `${year}-${target.deadline}`,
    yearly: target.deadline !== undefined && !isFixedDate(target.deadline),
  };
  let reason: TargetReason | null = null;
  let baseline: TargetResult['baseline'] = null;
  let change: TargetResult['change'] = null;

  if (target.ramp) {
    const r = target.ramp;
    th.min = tidy(Math.min(r.cap, r.start + r.step * Math.max(0, year - r.startYear)));
    if (year < r.startYear) reason = 'before-start';
  }
  if (target.relative) {
    const rel = target.relative;
    const b = lookup.baseline(ind, rel.baselineYear);
    baseline = { year: rel.baselineYear, value: b.value, source: b.source };
    if (b.value === null) reason ??= 'no-baseline';
    else {
      // baseline × (100 + change) / 100: exact for whole numbers, one rounding at most.
      const bound = tidy((b.value * (100 + rel.changePercent)) / 100);
      if (rel.bound === 'max') th.max = bound;
      else th.min = bound;
    }
  }
  // A relative target is a change in percent of its baseline: said the same way.
  const relativeAsChange: Target['change'] | undefined =
    target.relative && !target.change && (target.relative.bound === 'max') === target.relative.changePercent < 0
      ? {
          against: target.relative.baselineYear,
          direction: target.relative.changePercent < 0 ? 'decrease' : 'increase',
          by: Math.abs(target.relative.changePercent),
          as: 'percent',
        }
      : undefined;

  let judged: JudgedValue = value;
  let cumulative: TargetResult['cumulative'] = null;
  if (target.cumulative) {
    const from = target.fromYear ?? plan.fromYear;
    const periods = cumulativePeriods(from, period);
    const total = lookup.accumulated(ind, periods);
    cumulative = { from, periods: periods.map((p) => p.id), missing: total.missing };
    judged = total.value;
  }

  if (relativeAsChange) {
    const delta = baseline?.value != null && typeof judged === 'number' ? tidy(judged - baseline.value) : null;
    change = { ...relativeAsChange, by: relativeAsChange.by ?? null, as: 'percent', period: String(relativeAsChange.against), reference: baseline?.value ?? null, delta };
  }
  if (target.change) {
    const c = target.change;
    const as = c.as ?? 'amount';
    let refPeriod: string;
    let reference: number | null;
    if (c.against === 'previous-year') {
      const last = samePeriodLastYear(period);
      refPeriod = last.id;
      const v = lookup.valueIn(ind, last);
      reference = typeof v === 'number' ? v : null;
    } else {
      refPeriod = String(c.against);
      const b = lookup.baseline(ind, c.against);
      baseline = { year: c.against, value: b.value, source: b.source };
      reference = b.value;
    }
    if (reference === null) reason ??= 'no-baseline';
    else {
      const amount = c.by === undefined ? 0 : as === 'percent' ? (Math.abs(reference) * c.by) / 100 : c.by;
      const bound = tidy(c.direction === 'increase' ? reference + amount : reference - amount);
      if (c.direction === 'increase') th.min = bound;
      else th.max = bound;
      th.strict = c.by === undefined;
    }
    const delta = reference !== null && typeof judged === 'number' ? tidy(judged - reference) : null;
    change = { against: c.against, direction: c.direction, by: c.by ?? null, as, period: refPeriod, reference, delta };
  }

  // Shares: the share of the scope's units meeting the unit threshold. A deadline over several units is a share of 100 %.
  let share: ShareResult | null = null;
  const shareMin = target.share?.min ?? (target.deadline !== undefined ? 100 : null);
  if (shareMin !== null) {
    const found = lookup.units(ind, target.share?.kinds ?? null);
    if (found !== null) {
      const units = found.units;
      const notMet = units.filter((u) => !meets(u.value, th, plan, ind, year)).map((u) => u.name);
      const given = units.filter((u) => u.value !== null).length;
      const of = kindsPhrase(plan, found.kinds);
      share = { min: shareMin, of, met: units.length - notMet.length, total: units.length, noValue: units.length - given, notMet };
      judged = units.length && given ? tidy((100 * share.met) / share.total) : null;
    }
  }

  let condition: TargetResult['condition'] = null;
  if (target.when) {
    const condInd = plan.indicators.find((i) => i.id === target.when!.indicator);
    const cv = condInd ? lookup.valueOf(condInd) : null;
    condition = { text: target.when.text, indicator: target.when.indicator, value: cv, holds: conditionHolds(cv, target) };
  }

  const numeric = typeof judged === 'number' ? judged : null;
  let gap: number | null = null;
  if (share !== null) gap = numeric === null ? null : tidy(numeric - share.min);
  else if (numeric !== null && th.deadline === null && th.minRating === null) gap = gapOf(numeric, th.min, th.max);
  const stretch = target.stretch ?? null;
  const stretchMet = stretch === null || numeric === null || share !== null ? null : numeric >= stretch;

  const pastDeadline = th.deadline !== null && lookup.asOf !== null && lookup.asOf >= th.deadline;
  let status: TargetResult['status'];
  if (condition !== null && condition.holds === null) {
    status = 'no-data';
    reason = 'no-condition';
  } else if (condition !== null && condition.holds === false) {
    status = 'not-applicable';
    reason = 'condition-unmet';
  } else if (target.by !== undefined && year < target.by) {
    status = 'not-due';
    reason = 'by-year';
  } else if ((target.evaluate ?? 'period') === 'year' && !wholeYear(period, window)) {
    status = 'not-due';
    reason = 'year-only';
  } else if (reason === 'before-start') {
    status = 'not-due';
  } else if (reason === 'no-baseline') {
    status = 'no-data';
  } else if (share !== null) {
    if (judged === null) {
      status = 'no-data';
      reason = 'no-value';
    } else if ((judged as number) >= share.min) status = 'met';
    else if (th.deadline !== null && !pastDeadline) {
      status = 'not-due';
      reason = 'before-deadline';
    } else {
      status = 'not-met';
      if (th.deadline !== null) reason = 'overdue';
    }
  } else if (th.deadline !== null) {
    // One unit (or one figure): done by the deadline, not yet, or too late.
    if (doneFor(judged, th, year) && judged <= th.deadline) status = 'met';
    else if (doneFor(judged, th, year)) {
      status = 'not-met';
      reason = 'late';
    } else if (!pastDeadline) {
      status = 'not-due';
      reason = 'before-deadline';
    } else {
      status = 'not-met';
      reason = 'overdue';
    }
  } else if (judged === null) {
    status = 'no-data';
    reason = 'no-value';
  } else {
    status = meets(judged, th, plan, ind, year) ? 'met' : 'not-met';
  }

  const source = target.cite ? plan.sources.find((s) => s.id === target.cite!.source) : undefined;
  const rating = th.minRating === null ? null : (plan.scales[ind.scale ?? '']?.find((l) => l.id === th.minRating) ?? null);
  return {
    text: target.text,
    note: target.note ?? null,
    cite: target.cite ? { source: target.cite.source, title: source?.title ?? target.cite.source, at: target.cite.at ?? null } : null,
    level: target.level ?? null,
    levelName: target.level === undefined ? null : (plan.levelNames[target.level] ?? target.level),
    min: th.min,
    max: th.max,
    strict: th.strict,
    stretch,
    equals: th.equals,
    minRating: rating ? { id: rating.id, name: rating.name } : null,
    deadline: th.deadline,
    yearly: th.yearly,
    by: target.by ?? null,
    evaluate: target.evaluate ?? 'period',
    baseline,
    change,
    cumulative,
    share,
    condition,
    value: judged,
    scope,
    status,
    reason,
    gap,
    stretchMet,
    window,
  };
}

/** `value` covers a whole year: the year's own, or the year to date at the end of the year. */
function wholeYear(period: Period, window: IndicatorWindow): boolean {
  return period.kind === 'year' || (window === 'year-to-date' && periodMonths(period).last === 12);
}

function gapOf(value: number, min: number | null, max: number | null): number | null {
  const gaps: number[] = [];
  if (min !== null) gaps.push(value - min);
  if (max !== null) gaps.push(max - value);
  return gaps.length ? tidy(Math.min(...gaps)) : null;
}

/**
 * One status for several evaluated targets: not-met if any is not met, else
 * no-data if any lacks data, else met if any is met, else not-due, else
 * not-applicable; no-target when there are none.
 */
export function combineStatuses(results: readonly { status: TargetStatus }[]): TargetStatus {
  if (results.length === 0) return 'no-target';
  for (const s of ['not-met', 'no-data', 'met', 'not-due'] as const) if (results.some((r) => r.status === s)) return s;
  return 'not-applicable';
}
