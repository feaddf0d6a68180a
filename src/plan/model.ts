/**
 * The plan catalogue: areas, indicators, targets and tasks of a CCHC plan.
 * A plan is data (plans/*.yaml); this module only describes its shape.
 */

/**
 * A kind of reporting unit, by id: the built-in ones below, or any the plan
 * (or the repository's units.yaml) declares in `kinds` (ward, special zone,
 * provincial department, commune-level office, public service centre…).
 * Levels group kinds for level-specific targets.
 */
export type UnitKind = string;
/** The kinds a plan has when it declares none: a district and its communes before 1 July 2025. */
export const UNIT_KINDS: readonly UnitKind[] = ['department', 'public-service-unit', 'commune', 'town', 'ward'];

/**
 * A declared kind of unit. `group` puts kinds together in the report's tables
 * (communes, towns and wards as one "UBND các xã, thị trấn" column);
 * `groupName` names the group, `{kinds}` standing for the names of the kinds
 * present ("UBND các {kinds}").
 */
export interface KindInfo {
  id: UnitKind;
  /** In running text: "xã", "phòng chuyên môn", "trung tâm phục vụ hành chính công". */
  name: string;
  group: string;
  groupName: string;
}

/**
 * A role a plan gives units without naming them (plans are shared between
 * People's Committees): the units of `kinds` (any kind when absent) leading
 * one of `leads` (any when absent), and any unit given the role in
 * units.yaml (`roles`). A role with neither kinds nor leads is held only by
 * the units given it.
 */
export interface Role {
  /** As the report writes it: "Phòng Nội vụ", "Đài Phát thanh huyện". */
  name: string;
  kinds?: UnitKind[];
  leads?: string[];
}

/**
 * `date`: an ISO date (YYYY-MM-DD), the day something was done (a plan issued,
 * a yearly conference held); `rating`: one level of an ordered scale of the plan
 * (`scales`), such as a PAR Index grade or a security level.
 */
export type ValueType = 'count' | 'percent' | 'number' | 'boolean' | 'text' | 'date' | 'rating';
export const VALUE_TYPES: readonly ValueType[] = ['count', 'percent', 'number', 'boolean', 'text', 'date', 'rating'];

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

/** One level of a rating scale: `tot`, shown as "Tốt". */
export interface ScaleLevel {
  id: string;
  name: string;
}

/**
 * A change against a reference value of the same scope: the value of a
 * baseline year (`against: 2021`, cchc.yaml `baselines` first) or of the same
 * period a year earlier (`against: previous-year`). `by` is the least change in
 * `direction`, as an amount in the indicator's unit (points for a rate) or as a
 * percentage of the reference; without `by`, any change in that direction
 * ("năm sau cao hơn năm trước"). A rank gain is a decrease of the rank.
 */
export interface Change {
  against: number | 'previous-year';
  direction: 'increase' | 'decrease';
  by?: number;
  as?: 'amount' | 'percent';
}

/**
 * A share of units: the target's own threshold (min, max, equals, minRating,
 * deadline) applies to each unit, and at least `min` % of the units of `kinds`
 * (default: every kind reporting the indicator) that the plan expects to
 * report it must meet it ("80% số xã đạt …"). A unit without a value does not
 * meet it.
 */
export interface Share {
  min: number;
  kinds?: UnitKind[];
}

/**
 * A condition for a target ("khi có đủ điều kiện"): the target is judged only
 * when the scope's value of `indicator` meets it (by default: a count above 0,
 * or yes); otherwise it is `not-applicable`, reported with the condition's state.
 */
export interface Condition {
  indicator: string;
  min?: number;
  equals?: boolean;
  /** How the plan words the condition: "khi có đủ điều kiện". */
  text: string;
}

/** A public document a target is taken from, cited in the report and the forms. */
export interface Citation {
  /** Id of one of the plan's `sources`. */
  source: string;
  /** Where in it: "Mục II.2.b", "Điều 3 khoản 1", "Phụ lục, dòng 5". */
  at?: string;
}

/** A document a plan's targets come from (number, date, issuer, title). */
export interface Source {
  id: string;
  /** "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ" */
  title: string;
  /** What it is about, when the title does not say it. */
  subject?: string;
  url?: string;
}

/**
 * A target for an indicator. The threshold for a year is one of:
 * - fixed `min` and/or `max` (a range such as 95–100 % is `min: 95, max: 100`
 *   when exceeding it is a failure, or `min: 95, stretch: 100` when the upper
 *   end is only an aspiration);
 * - a `ramp`: min = start + step × (year − startYear), capped;
 * - `relative` to a baseline year's value: max (or min) = baseline × (1 + changePercent/100);
 * - a `change` against a baseline year or the previous year;
 * - `equals` for booleans, `minRating` for ratings, `deadline` for dates.
 * Any of these may be judged per unit with a `share` of units required, on
 * the total since the plan began (`cumulative`), and only `when` a condition holds.
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
  change?: Change;
  /** For ratings: the lowest level that meets the target (by the scale's order). */
  minRating?: string;
  /**
   * For dates: done on or before this day. `YYYY-MM-DD` once ("trước ngày
   * 31/12/2021"); `MM-DD` every year, the date falling in the period's year
   * ("hằng năm", "trước ngày 15/12 hằng năm").
   */
  deadline?: string;
  share?: Share;
  /** Judged on the total from the plan's first year (or fromYear) to the end of the period. */
  cumulative?: boolean;
  when?: Condition;
  /**
   * `period`: judged on the value of any period (rates, states);
   * `year`: only judged on a whole year's value (yearly quotas such as inspections).
   */
  evaluate?: 'period' | 'year';
  /** The plan's own words for this target, verbatim, for reports. */
  text: string;
  /**
   * How the encoding reads words the plan leaves open ("Top dẫn đầu" read as
   * the top 3): shown in the report next to the target's status.
   */
  note?: string;
  /** The public document the target comes from. */
  cite?: Citation;
}

/**
 * Which units of one kind are expected to report an indicator, when not all
 * of them are: those that lead one of these areas (a unit's `leads` in
 * units.yaml). Plans are shared between People's Committees, so reporters are
 * named by their role, never by unit id.
 */
export interface ReporterRule {
  leads?: string[];
  /** Roles of the plan's `roles` (units given one in units.yaml). */
  roles?: string[];
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
  /** For ratings: the id of the plan's scale (`scales`). */
  scale?: string;
  /**
   * A rank (1 = first): a lower value is better. A decrease of it is a gain,
   * so a change target's `direction: decrease` is worded "tăng ≥ 2 bậc" and a
   * bound "trong 3 hạng đầu".
   */
  rank?: boolean;
  /** For a rate: its figures by sector, each with the breakdown's targets (see Breakdown). */
  breakdown?: Breakdown;
  /** For an indicator made from a breakdown: the rate and the item it belongs to. */
  breakdownOf?: { indicator: string; item: string; label: string };
  hint?: string;
  /** Shown in the report's trend chart. */
  chart?: boolean;
  /** A short name for the chart's legend ("Tỷ lệ hồ sơ đúng hạn"); the name when not given. */
  shortName?: string;
}

/** The window the plan reads an indicator over (its own `window`, else from its targets). */
export function indicatorWindow(ind: Pick<Indicator, 'window' | 'targets'>): IndicatorWindow {
  return ind.window ?? (ind.targets.some((t) => t.evaluate === 'year') ? 'year-to-date' : 'period');
}

/**
 * A rate broken down by sector ("trong đó lĩnh vực đất đai, xây dựng, đầu tư ≥
 * 90%"). Loading the plan makes, per item, the two counts (`<count>.<item>`,
 * reported as parts of the whole counts) and the item's rate
 * (`<rate>.<item>`) carrying `targets`.
 */
export interface Breakdown {
  /** What the items are, as in running text: "lĩnh vực". */
  name: string;
  items: { id: string; name: string }[];
  targets?: Target[];
}

export type TaskStatus = 'done' | 'in-progress' | 'not-started';
export const TASK_STATUSES: readonly TaskStatus[] = ['done', 'in-progress', 'not-started'];

/**
 * A task of the plan, as the "Khung Kế hoạch" annex of real plans lists it:
 * what, who leads it and who coordinates (roles, kinds or kind lists), by
 * when, with what output, and who reports on it.
 */
export interface Task {
  id: string;
  area: string;
  title: string;
  /** Where the plan states it: "2.1.b", "III.3", "V.1". */
  ref?: string;
  /** Roles (or kinds, kind lists) leading the task. */
  lead: string[];
  /** Roles (or kinds, kind lists) coordinating. */
  coordinate: string[];
  /** Done by: YYYY-MM-DD once, MM-DD every year. */
  deadline?: string;
  /** When, as the plan words it: "Thường xuyên", "Hằng năm", "Quý IV/2021". */
  schedule?: string;
  /** The expected output: "Kế hoạch kiểm tra CCHC hằng năm". */
  output?: string;
  /** Who reports its status: these roles; absent: the lead roles; with no lead either, every unit of `reportedBy`. */
  reporters?: string[];
  /** Kinds whose every unit reports (plans without roles). */
  reportedBy: UnitKind[];
}

export interface Area {
  /** Stable key used in submissions, e.g. "tthc". */
  id: string;
  /** Section number in the plan, e.g. "2.3". */
  code: string;
  title: string;
  /** A short title for sheet names ("Thủ tục hành chính"); the title when not given. */
  shortTitle?: string;
  /** Lead department as the plan names it. */
  lead: string;
}

export interface Plan {
  id: string;
  version: string;
  title: string;
  issuer: string;
  /** Number and date of the document issuing the plan: "Kế hoạch số 123/KH-UBND ngày 10/12/2021". */
  document?: string;
  fromYear: number;
  toYear: number;
  /** Level name → kinds, e.g. district: [department, public-service-unit]. */
  levels: Record<string, UnitKind[]>;
  /** Display names of the levels, e.g. district: "cấp huyện". */
  levelNames: Record<string, string>;
  areas: Area[];
  indicators: Indicator[];
  tasks: Task[];
  /** Ordered rating scales, lowest level first: xep-loai: [yeu, trung-binh, kha, tot, xuat-sac]. */
  scales: Record<string, ScaleLevel[]>;
  /** Documents the targets cite. */
  sources: Source[];
  /** The kinds of unit, declared or built in, in the order reports list them. */
  kinds: KindInfo[];
  /** Named lists of kinds, usable wherever kinds are listed: cap-xa: [commune, town, ward]. */
  kindLists: Record<string, UnitKind[]>;
  /** Names of kinds ("xã") and kind lists (their declared name, else their kinds' names: "xã, thị trấn"). */
  kindNames: Record<string, string>;
  /** Roles by id. */
  roles: Record<string, Role>;
}
