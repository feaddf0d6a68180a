/**
 * The plan catalogue: areas, indicators, targets and tasks of a CCHC plan.
 * A plan is data (plans/*.yaml); this module only describes its shape.
 */

/** Kinds of reporting unit. Levels group kinds for level-specific targets. */
export const UNIT_KINDS = ['department', 'public-service-unit', 'commune', 'town', 'ward'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export type ValueType = 'count' | 'percent' | 'number' | 'boolean' | 'text';

/** How values of one indicator combine across units within one period. */
export type UnitAggregation = 'sum' | 'max' | 'min' | 'all' | 'any' | 'none';
/** How values of one indicator combine across the sub-periods of a period. */
export type TimeAggregation = 'sum' | 'last' | 'max' | 'min' | 'all' | 'any' | 'none';

/** The figure a report reads for an indicator: the period's own, or the year's so far. */
export type IndicatorWindow = 'period' | 'year-to-date';

export interface Aggregation {
  units: UnitAggregation;
  time: TimeAggregation;
}

/** A rate computed from two count indicators: 100 × numerator ÷ denominator. */
export interface Ratio {
  numerator: string;
  denominator: string;
}

/**
 * A target for an indicator. The threshold for a year is one of:
 * - fixed `min` and/or `max` (a range such as 95–100 % is `min: 95, max: 100`
 *   when exceeding it is a failure, or `min: 95, stretch: 100` when the upper
 *   end is only an aspiration);
 * - a `ramp`: min = start + step × (year − startYear), capped;
 * - `relative` to a baseline year's value: max (or min) = baseline × (1 + changePercent/100);
 * - `equals` for booleans.
 */
export interface Target {
  /** Level this target applies to (a key of Plan.levels); absent = every level. */
  level?: string;
  /** First and last year the target applies to (inclusive); absent = the whole plan. */
  fromYear?: number;
  toYear?: number;
  /** "By year N": before N the target is shown but not yet due. */
  by?: number;
  min?: number;
  max?: number;
  stretch?: number;
  equals?: boolean;
  ramp?: { startYear: number; start: number; step: number; cap: number };
  relative?: { baselineYear: number; changePercent: number; bound: 'max' | 'min' };
  /**
   * `period`: judged on the value of any period (rates, states);
   * `year`: only judged on a whole year's value (yearly quotas such as inspections).
   */
  evaluate?: 'period' | 'year';
  /** The plan's own words for this target, for reports. */
  text: string;
}

/**
 * Which units of one kind are expected to report an indicator, when not all
 * of them are: those that lead one of these areas (a unit's `leads` in
 * units.yaml). Plans are shared between People's Committees, so reporters are
 * named by their role, never by unit id.
 */
export interface ReporterRule {
  leads: string[];
}

export interface Indicator {
  id: string;
  area: string;
  name: string;
  /** Unit of measure as printed: "hồ sơ", "%", "phút", "đơn vị". */
  unit: string;
  type: ValueType;
  /** Kinds of unit that report this indicator; empty for computed ratios. */
  reportedBy: UnitKind[];
  /** Kinds for which a value is expected in every submission. */
  requiredFor?: UnitKind[];
  /**
   * Per kind, the units of that kind expected to report it (the rest may, but
   * are not counted as missing it); a kind not named here: every unit of it.
   * For the legal department's counts: `{ department: { leads: [the-che] } }`.
   */
  reporters?: Partial<Record<UnitKind, ReporterRule>>;
  /**
   * How reported values combine over units and over time. Absent for a rate
   * (`ratio`): a rate combines through its two counts, each paired per report
   * and summed by its own aggregation, so it has none of its own.
   */
  aggregation?: Aggregation;
  /** Present for computed rates; such indicators are never reported directly. */
  ratio?: Ratio;
  /**
   * Which figure the plan reads for this indicator in a report shorter than a
   * year: `period` (the period's own figure) or `year-to-date` (from the start
   * of the year's data window to the end of the period, "lũy kế từ đầu năm").
   * Absent: `year-to-date` when a target is judged on the year
   * (`evaluate: year`), else `period`. See indicatorWindow.
   */
  window?: IndicatorWindow;
  /** Counts this value can never exceed (a part never exceeds its whole). */
  notAbove?: string[];
  /** Parts whose sum must equal this value. */
  sumOf?: string[];
  /** Absent in the plan file means none. */
  targets: Target[];
  hint?: string;
  /** Shown in the report's trend chart. */
  chart?: boolean;
}

/** The window the plan reads an indicator over (its own `window`, else from its targets). */
export function indicatorWindow(ind: Pick<Indicator, 'window' | 'targets'>): IndicatorWindow {
  return ind.window ?? (ind.targets.some((t) => t.evaluate === 'year') ? 'year-to-date' : 'period');
}

export type TaskStatus = 'done' | 'in-progress' | 'not-started';
export const TASK_STATUSES: readonly TaskStatus[] = ['done', 'in-progress', 'not-started'];

export interface Task {
  id: string;
  area: string;
  title: string;
  reportedBy: UnitKind[];
}

export interface Area {
  /** Stable key used in submissions, e.g. "tthc". */
  id: string;
  /** Section number in the plan, e.g. "2.3". */
  code: string;
  title: string;
  /** Lead department as the plan names it. */
  lead: string;
}

export interface Plan {
  id: string;
  version: string;
  title: string;
  issuer: string;
  fromYear: number;
  toYear: number;
  /** Level name → kinds, e.g. district: [department, public-service-unit]. */
  levels: Record<string, UnitKind[]>;
  /** Display names of the levels, e.g. district: "cấp huyện". */
  levelNames: Record<string, string>;
  areas: Area[];
  indicators: Indicator[];
  tasks: Task[];
}
