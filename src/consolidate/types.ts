/**
 * The consolidated result of one period: what `cchc report` renders and
 * `cchc report --format json` / `cchc status --format json` print.
 *
 * Plain data only (strings, numbers, booleans, null, arrays, records), so
 * `JSON.stringify` round-trips it. Lists follow a fixed order that never depends
 * on the order of the input files: indicators, areas and tasks in plan order;
 * units by kind (departments, public service units, communes/towns/wards), then
 * by Vietnamese name. Per-group and per-unit figures are records keyed by
 * indicator id (only the indicators that scope can report).
 */
import type { Lang } from '../i18n/index.js';
import type { Aggregation, IndicatorWindow, Ratio, TaskStatus, UnitKind, ValueType } from '../plan/model.js';
import type { DateRange, PeriodKind } from './period.js';
import type { Addressee } from '../model/submission.js';

export const CONSOLIDATION_VERSION = 2;

export interface PeriodInfo {
  /** Canonical id: 2024Q2, 2024S1, 2024. */
  id: string;
  kind: PeriodKind;
  year: number;
  /** As in report titles: "quý II năm 2024" (in the consolidation's language). */
  label: string;
  /** Compact: "Quý II/2024". */
  shortLabel: string;
  /** Data cut-off window (15th-to-14th rule with the repository's cut-off day). */
  window: DateRange;
  /** Calendar span: first to last day of the period's months. */
  span: DateRange;
  /** Date by which units must submit (day `due[kind]` of the last month). */
  due: string;
}

/**
 * The year to date at the end of a quarter or a half ("lũy kế từ đầu năm"):
 * Q2 → the first half, Q3 → nine months, Q4 and S2 → the year; Q1 and S1 are
 * their own year to date.
 */
export interface YearToDateInfo {
  /** 2024Q1, 2024S1, 2024Q1-Q3 (nine months), 2024. */
  id: string;
  /** Periods the figures are rolled up from, chronological: ["2024S1", "2024Q3"]. */
  parts: string[];
  /** "9 tháng năm 2024" (in the consolidation's language). */
  label: string;
  /** "9 tháng/2024". */
  shortLabel: string;
  /** From the year's first cut-off to the period's. */
  window: DateRange;
  /** It is the whole year (Q4, S2): targets judged on a year are judged on it. */
  wholeYear: boolean;
}

// ---------------------------------------------------------------- completeness

/**
 * How a unit stands for the period:
 * - `on-time` / `late`: its figures are complete (its own submission for the
 *   period, or every sub-period it owes), submitted by / after the due date;
 *   a roll-up is late when any part was late for its own period;
 * - `partial`: no submission for the period and only some of its sub-periods
 *   (the rest missing or invalid); its figures cover only what was submitted;
 * - `missing`: nothing for the period or inside it;
 * - `invalid`: what it submitted has errors and was excluded.
 */
export type UnitReportStatus = 'on-time' | 'late' | 'partial' | 'missing' | 'invalid';
export const UNIT_REPORT_STATUSES: readonly UnitReportStatus[] = ['on-time', 'late', 'partial', 'missing', 'invalid'];

/** One submission a unit's figures for the period were built from, or one that is lacking. */
export interface SubmissionPart {
  period: string;
  status: 'on-time' | 'late' | 'missing' | 'invalid';
  /** ISO date the unit gave; null when missing. */
  submitted: string | null;
  /** Due date of that part's own period. */
  due: string;
  file: string | null;
}

export interface UnitCompleteness {
  unit: string;
  name: string;
  kind: UnitKind;
  /** The kind's name as a label, in the consolidation's language: "Xã", "Phòng chuyên môn". */
  kindName: string;
  /** Plan level of the unit's kind (e.g. "commune"), null when the plan has none for it. */
  level: string | null;
  status: UnitReportStatus;
  /** `period`: its own submission for the period; `sub-periods`: rolled up; null: no data. */
  source: 'period' | 'sub-periods' | null;
  /** Latest submission date among the parts used; null when nothing usable. */
  submitted: string | null;
  /** Days after the due date (largest over the parts); 0 when on time; null when nothing usable. */
  daysLate: number | null;
  /** Files of the parts: used, or excluded as invalid. */
  files: string[];
  /** Submissions used or lacking, smallest decomposition: the period itself, or halves/quarters. */
  parts: SubmissionPart[];
  /** Sub-periods with no (valid) submission, when the period was rolled up. */
  missingParts: string[];
  /**
   * Sub-periods whose (used) report left values empty, with those indicators
   * (reported ones; the rates they feed follow), when the period was rolled up:
   * the unit's figures for them are partial.
   */
  emptyValues: { period: string; indicators: string[] }[];
  errors: number;
  warnings: number;
}

export interface Completeness {
  /** Units valid in the period (their validity overlaps it). */
  expected: number;
  /** on-time + late. */
  submitted: number;
  onTime: number;
  late: number;
  partial: number;
  missing: number;
  invalid: number;
  /** 100 × submitted ÷ expected; null when nothing is expected. */
  reportingRate: number | null;
  /** 100 × on time ÷ expected; null when nothing is expected. */
  onTimeRate: number | null;
  units: UnitCompleteness[];
}

// ---------------------------------------------------------------- figures and targets

/** A consolidated value for one scope (all units, a group, or one unit). */
export interface Figure {
  /**
   * null = no data (nobody reported it, or a rate whose denominator is 0).
   * A string for dates (the latest day given) and ratings (combined by the
   * indicator's aggregation over the scale's order).
   */
  value: number | boolean | string | null;
  /** Rates only: summed numerator and denominator the value is computed from. */
  numerator?: number | null;
  denominator?: number | null;
  /** Booleans only: how many units said yes / no. */
  yes?: number;
  no?: number;
  /** Ratings only: how many units gave each level of the scale, lowest first. */
  ratings?: Record<string, number>;
  /** Units whose value went into the figure (for rates: units giving both counts). */
  reporting: number;
  /**
   * Units of the scope counted for this indicator: those the plan expects to
   * report it (its `reportedBy` kinds, narrowed by `reporters`) that owe the
   * period, plus any other unit that gave a value all the same (`outside`).
   */
  expected: number;
  /**
   * Units outside the plan's reporters of the indicator whose value is counted
   * (in `reporting` and `expected`): with the legal department expected and one
   * other department reporting too, 2 of 2, outside naming the other.
   */
  outside?: string[];
  /** Units whose value covers only part of the period (a sub-period or a value lacking). */
  partial: string[];
}

/**
 * `not-applicable`: a conditional target ("khi có đủ điều kiện") whose
 * condition does not hold in the scope.
 */
export type TargetStatus = 'met' | 'not-met' | 'no-data' | 'not-due' | 'not-applicable' | 'no-target';
export const TARGET_STATUSES: readonly TargetStatus[] = ['met', 'not-met', 'no-data', 'not-due', 'not-applicable', 'no-target'];

/**
 * Why a target was not judged or how it failed: `by-year` (a "by N" target
 * before year N), `year-only` (judged only on a whole year's value),
 * `before-start` (a ramp before its first year), `no-value` (no figure),
 * `no-baseline` (a relative or change target without its reference value),
 * `before-deadline` (not done yet, the deadline not passed), `overdue` (not
 * done by the deadline), `late` (done after the deadline), `condition-unmet`
 * and `no-condition` (a conditional target whose condition does not hold, or
 * has no value).
 */
export type TargetReason =
  | 'by-year'
  | 'year-only'
  | 'before-start'
  | 'no-value'
  | 'no-baseline'
  | 'before-deadline'
  | 'overdue'
  | 'late'
  | 'condition-unmet'
  | 'no-condition';

/** For a share target (and a deadline judged over units): how many units meet the unit threshold. */
export interface ShareResult {
  /** Required share, %. */
  min: number;
  /** The units counted, as in running text: "xã, thị trấn". */
  of: string;
  /** Units meeting the unit threshold. */
  met: number;
  /** Units the plan expects to report the indicator in the scope. */
  total: number;
  /** Of those, units that gave no value. */
  noValue: number;
  /** Names of the units not meeting it (those without a value included), canonical order. */
  notMet: string[];
}

/** A plan target resolved for the period's year and evaluated on one figure. */
export interface TargetResult {
  /** The plan's wording, verbatim. */
  text: string;
  /** How the encoding reads the plan's words, when it had to choose; null when the words are exact. */
  note: string | null;
  /** The public document the target comes from: its title and where in it. */
  cite: { source: string; title: string; at: string | null } | null;
  /** Level the target applies to; null = every level. */
  level: string | null;
  levelName: string | null;
  /** Threshold for the year: ramps, relative and change targets resolved to numbers. */
  min: number | null;
  max: number | null;
  /** The bound itself does not meet the target (a change with no least amount: "> last year's value"). */
  strict: boolean;
  /** Upper aspiration of a range such as 30–40 % (not a bound). */
  stretch: number | null;
  equals: boolean | null;
  /** Ratings: the lowest level meeting the target, id and name. */
  minRating: { id: string; name: string } | null;
  /** Dates: the day by which it must be done, resolved for the period's year (ISO). */
  deadline: string | null;
  /** The deadline recurs every year. */
  yearly: boolean;
  by: number | null;
  evaluate: 'period' | 'year';
  /** For relative and change targets against a baseline year: the baseline used. */
  baseline: { year: number; value: number | null; source: 'config' | 'data' | null } | null;
  /** For change targets: the plan's change and the reference it is measured from. */
  change: {
    against: number | 'previous-year';
    direction: 'increase' | 'decrease';
    by: number | null;
    as: 'amount' | 'percent';
    /** Period of the reference value ("2021", "2023Q2"). */
    period: string;
    reference: number | null;
    /** value − reference, null when either is missing. */
    delta: number | null;
  } | null;
  /** For targets judged on the total since the plan began: the periods summed and those without data. */
  cumulative: { from: number; periods: string[]; missing: string[] } | null;
  /** Share targets (and deadlines over several units): the units meeting the unit threshold. */
  share: ShareResult | null;
  /** Conditional targets: the condition and its state in the scope. */
  condition: { text: string; indicator: string; value: number | boolean | string | null; holds: boolean | null } | null;
  /**
   * Value judged: the figure of the scope named by `scope`, its total since the
   * plan began for cumulative targets, the share of units (%) for share targets.
   */
  value: number | boolean | string | null;
  /** Scope judged: "all", a level id, or a unit id. */
  scope: string;
  status: Exclude<TargetStatus, 'no-target'>;
  reason: TargetReason | null;
  /**
   * Signed distance to the threshold in the indicator's unit (in points for a
   * share): value − min for a lower bound, max − value for an upper bound (the
   * smaller of the two for a range); ≥ 0 means the bound holds. Null for
   * booleans, ratings, dates and when not computable.
   */
  gap: number | null;
  /** For ranges with a stretch: whether the aspiration is reached too. */
  stretchMet: boolean | null;
  /**
   * The figure judged: the period's own, or the year to date (a target judged
   * on a year, of an indicator the plan reads year to date, or any target in a
   * `yearToDate` block).
   */
  window: IndicatorWindow;
}

/** A figure with its targets judged on it. */
export interface JudgedFigure {
  figure: Figure;
  targets: TargetResult[];
  /** Overall status: not-met if any target is not met, else no-data, met, not-due, not-applicable; no-target when none apply. */
  status: TargetStatus;
}

export interface IndicatorFigures extends JudgedFigure {
  /**
   * The same scope from the start of the year to the end of the period (see
   * Consolidation.yearToDate), every target judged on it; for every indicator
   * that combines over time, in quarter and half reports.
   */
  yearToDate?: JudgedFigure;
}

export interface ComparisonValue {
  period: string;
  label: string;
  value: number | boolean | string | null;
}

export interface IndicatorResult extends IndicatorFigures {
  id: string;
  area: string;
  /** Area section number, e.g. "2.3". */
  areaCode: string;
  name: string;
  /** Unit of measure: "hồ sơ", "%". */
  unit: string;
  type: ValueType;
  isRate: boolean;
  /** Ratings: the levels of the indicator's scale, lowest first (values are their ids); null otherwise. */
  scale: { id: string; name: string }[] | null;
  /** A rank (1 = first, lower is better): present and true only for one. */
  rank?: true;
  /** For a sector's rate made from a breakdown: the rate it details and the item ("lĩnh vực đất đai"). */
  breakdownOf: { indicator: string; item: string; label: string } | null;
  /** The figure the plan reads in a report shorter than a year: the period's own, or the year to date. */
  window: IndicatorWindow;
  /**
   * How the figure was made, as the plan says: over units (`sum`, or the
   * lowest / highest unit's value for `min` / `max`, …) and over the
   * sub-periods of the period (`sum` = the whole period, `last` = as at its
   * end, …). A report says which ("trong kỳ", "tính đến ngày …", "thấp nhất").
   */
  aggregation: Aggregation;
  /** For a rate: the count indicators it is computed from; null otherwise. */
  ratio: Ratio | null;
  /** All-unit value of the previous period and of the same period a year earlier. */
  previous: ComparisonValue;
  lastYear: ComparisonValue;
  /** With the year to date of the same period a year earlier. */
  yearToDate?: JudgedFigure & { lastYear: ComparisonValue };
}

/** A group of units: a plan level ("cấp xã") or a kind family ("UBND các xã, thị trấn"). */
export interface GroupResult {
  id: string;
  type: 'level' | 'kind';
  name: string;
  kinds: UnitKind[];
  /** Plan level whose targets apply to this group; null when its kinds span levels. */
  level: string | null;
  /** Expected unit ids in the group. */
  units: string[];
  indicators: Record<string, IndicatorFigures>;
}

/**
 * An owed report that gave no value to a unit's figure over a longer period:
 * `missing` (no report), `invalid` (excluded for errors), `no-value` (the value
 * left empty), `unpaired` (a rate's report gave one of its two counts only).
 */
export interface ValueGap {
  period: string;
  reason: 'missing' | 'invalid' | 'no-value' | 'unpaired';
}

export interface UnitIndicatorValue {
  value: number | boolean | string | null;
  numerator?: number | null;
  denominator?: number | null;
  /**
   * The value covers only part of the period: the unit lacks a sub-period's
   * report, or gave this value in some of its reports and not in others.
   */
  partial: boolean;
  /** When partial with a value: the owed reports that gave none, and why. */
  gaps?: ValueGap[];
  /** An end-of-period value taken from an earlier report because later ones lack it. */
  carriedFrom?: string;
  /** Status against the targets of the unit's level. */
  status: TargetStatus;
  /** The unit's value from the start of the year (status: every target judged on it). */
  yearToDate?: Omit<UnitIndicatorValue, 'yearToDate'>;
}

export interface UnitResult {
  unit: string;
  name: string;
  kind: UnitKind;
  level: string | null;
  status: UnitReportStatus;
  /** Indicators the unit's kind reports (and rates computable from them). */
  values: Record<string, UnitIndicatorValue>;
}

// ---------------------------------------------------------------- tasks, narratives, trend, notes

export interface TaskUnitStatus {
  unit: string;
  name: string;
  status: TaskStatus;
  note: string | null;
  /** Period of the submission the status comes from (the latest part). */
  period: string;
}

export interface TaskResult {
  id: string;
  area: string;
  title: string;
  /** Where the plan states it ("2.1.b"), when given. */
  ref: string | null;
  /** Lead and coordinating roles, by id and name ("Phòng Nội vụ"). */
  lead: { role: string; name: string }[];
  coordinate: { role: string; name: string }[];
  /** The day it is due, resolved for the period's year (ISO); null when the plan gives none. */
  deadline: string | null;
  /** When, as the plan words it ("Hằng năm"). */
  schedule: string | null;
  /** The expected output. */
  output: string | null;
  /** Units valid in the period expected to report this task (its reporters, else its lead, else every unit of its kinds). */
  expected: number;
  done: number;
  inProgress: number;
  notStarted: number;
  /** Expected units that gave no status (missing units included). */
  notReported: number;
  /** Expected units not done although the deadline has passed (by the end of the period's data window). */
  overdue: number;
  units: TaskUnitStatus[];
}

/**
 * The tasks one role leads and where they stand: a task is done when every
 * unit that gave its status said done, not started when none has started it,
 * in progress otherwise, not reported when nobody gave a status; overdue when
 * its deadline has passed and it is not done.
 */
export interface TaskLeadSummary {
  role: string;
  name: string;
  tasks: number;
  done: number;
  inProgress: number;
  notStarted: number;
  notReported: number;
  overdue: number;
  /** Task ids, plan order. */
  ids: string[];
}

/** One difficulty as a unit wrote it, its cause beside it (null: not given). */
export interface DifficultyItem {
  issue: string;
  cause: string | null;
}

/** One proposal as a unit wrote it, with its addressee (null: not given). */
export interface ProposalItem {
  text: string;
  to: Addressee | null;
}

export interface NarrativeEntry {
  unit: string;
  unitName: string;
  kind: UnitKind;
  /** The unit leads this area (its text comes first). */
  lead: boolean;
  /** Period of the submission the text comes from. */
  period: string;
  results: string | null;
  /** In the unit's order; an old `shortcomings` text is one item without a cause. */
  difficulties: DifficultyItem[];
  nextTasks: string | null;
  /** In the unit's order; an old text is one item without an addressee. */
  proposals: ProposalItem[];
}

/**
 * One difficulty as the units wrote it, counted once per unit: the items whose
 * issue reads the same (Unicode NFC, case, spacing and final punctuation aside).
 */
export interface DifficultyGroup {
  /** The wording most of its units used (the first unit's on a tie). */
  issue: string;
  /** Distinct causes the units gave, the most given first; empty when none gave one. */
  causes: string[];
  /** Unit ids, in canonical unit order. */
  units: string[];
  /** How many of `units` are of each kind (kinds without one left out). */
  byKind: Partial<Record<UnitKind, number>>;
}

/** One proposal to one addressee, counted once per unit (grouped like difficulties). */
export interface ProposalGroup {
  text: string;
  to: Addressee | null;
  /** Unit ids, in canonical unit order. */
  units: string[];
}

export interface AreaNarratives {
  area: string;
  code: string;
  title: string;
  /** Lead department as the plan names it. */
  leadName: string;
  entries: NarrativeEntry[];
  /**
   * The area's difficulties, grouped: most units first, then in the order the
   * first of them comes in. For a half year or a year each unit counts with the
   * items of its latest period that has any.
   */
  difficultyGroups: DifficultyGroup[];
  /** The area's proposals grouped by text and addressee, ordered and counted like difficultyGroups. */
  proposalGroups: ProposalGroup[];
}

export interface AreaInfo {
  id: string;
  code: string;
  title: string;
  /** The plan's short title, or the title: what the workbook's sheet names use. */
  shortTitle: string;
  lead: string;
}

/**
 * Quarter-by-quarter values of the plan's chart indicators: all units, or one
 * series per plan level when the indicator's targets are set per level.
 */
export interface Trend {
  periods: { id: string; label: string }[];
  series: {
    indicator: string;
    /** The plan level whose units the values are of; null for all units. */
    level: string | null;
    name: string;
    /** The indicator's short name, with the level's name for a level's series: the chart's legend. */
    shortName: string;
    values: (number | null)[];
    /** Lower bound of the series' target (all levels, or its level's) in each quarter's year, null when none. */
    targets: (number | null)[];
  }[];
}

export type NoteCode =
  | 'missing-sub-period'
  | 'invalid-sub-period'
  | 'sub-period-mismatch'
  | 'duplicate-submission'
  | 'unknown-unit'
  | 'unit-not-valid'
  | 'bad-period'
  | 'value-type'
  | 'no-baseline'
  | 'value-gap'
  | 'value-carried'
  | 'values-carried'
  | 'rate-unpaired'
  | 'outside-reporters';

/** Something the compiler should know about the figures; rendered in `message`. */
export interface ConsolidationNote {
  severity: 'warning' | 'info';
  code: NoteCode;
  message: string;
  unit: string | null;
  period: string | null;
  indicator: string | null;
  file: string | null;
}

// ---------------------------------------------------------------- spreads and task progress

/** One unit named in a spread: its id, name and value. */
export interface SpreadUnit {
  unit: string;
  name: string;
  /** A number, yes/no, or a date or rating (its id). */
  value: number | boolean | string;
}

/**
 * How the units of one plan level stand on one indicator in the period: how
 * many gave a value, how many meet their level's targets, and the units at
 * either end. What a report says about "17/23 xã đạt …; thấp nhất: …".
 */
export interface UnitSpread {
  indicator: string;
  /** Plan level id ("commune") and its name ("cấp xã"). */
  level: string;
  levelName: string;
  /** Units of the level that report the indicator (their kind does). */
  units: number;
  /** Units of the level with a value (a rate: both counts). */
  reporting: number;
  /** Units with a value judged against their level's targets: met, not met. */
  met: number;
  notMet: number;
  /**
   * Which end is worse: `low` when the level's targets set a lower bound (or
   * want a yes), `high` when they set only an upper bound, null without a
   * target.
   */
  worse: 'low' | 'high' | null;
  /** Up to SPREAD_NAMED units with the lowest / highest values, most extreme first; ties in canonical unit order. */
  lowest: SpreadUnit[];
  highest: SpreadUnit[];
  /** Up to SPREAD_NAMED units that do not meet the target, worst first. */
  notMetUnits: SpreadUnit[];
}

/** A plan task some units have not started: how many of those expected, and the first few by name. */
export interface LaggingTask {
  task: string;
  title: string;
  expected: number;
  notStarted: number;
  /** Up to SPREAD_NAMED names of units that have not started it, canonical order. */
  units: string[];
}

/**
 * Progress of an area's plan tasks in the period. A task is `done` when every
 * unit that gave its status said done, `notStarted` when none has started it,
 * `inProgress` otherwise, `unreported` when no unit gave a status.
 */
export interface AreaTaskProgress {
  area: string;
  /** Plan tasks of the area some unit valid in the period is expected to report. */
  tasks: number;
  done: number;
  inProgress: number;
  notStarted: number;
  unreported: number;
  /** Unit-task pairs: expected, and by the status given. */
  assignments: { expected: number; done: number; inProgress: number; notStarted: number; notReported: number };
  /** Tasks some units have not started, most such units first (plan order on ties). */
  lagging: LaggingTask[];
}

export interface Consolidation {
  version: typeof CONSOLIDATION_VERSION;
  lang: Lang;
  plan: { id: string; title: string; version: string };
  period: PeriodInfo;
  /** Null for a year report (the year is its own year to date). */
  yearToDate: YearToDateInfo | null;
  completeness: Completeness;
  areas: AreaInfo[];
  /** Every plan indicator, in plan order, for all units. */
  indicators: IndicatorResult[];
  /** One group per plan level. */
  levels: GroupResult[];
  /** Kind families: departments, public service units, communes incl. towns and wards. */
  kinds: GroupResult[];
  /** Every expected unit. */
  units: UnitResult[];
  tasks: TaskResult[];
  /** Tasks per lead role, in the order the plan first names each lead. */
  taskLeads: TaskLeadSummary[];
  /** Per area, how its tasks stand across units. */
  taskProgress: AreaTaskProgress[];
  /** Per indicator and plan level: units meeting the target, units at either end. */
  spreads: UnitSpread[];
  narratives: AreaNarratives[];
  trend: Trend;
  notes: ConsolidationNote[];
}
