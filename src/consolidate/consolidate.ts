import type { Lang } from '../i18n/index.js';
import { indicatorWindow, type Aggregation, type Indicator, type Plan, type Target, type UnitKind } from '../plan/model.js';
import type { Unit } from '../repo/model.js';
import { buildCompleteness } from './completeness.js';
import { IndicatorCatalogue } from './indicator-kinds.js';
import type { ConsolidationInput } from './input.js';
import { collectNarratives } from './narratives.js';
import { NoteSink } from './note-sink.js';
import {
  cutoffWindow,
  dueDate,
  makePeriod,
  parsePeriod,
  periodContains,
  periodLabel,
  periodOf,
  periodShortLabel,
  periodSpan,
  periodMonths,
  previousPeriod,
  samePeriodLastYear,
  yearToDateId,
  yearToDateLabel,
  yearToDateParts,
  yearToDateShortLabel,
  yearToDateWindow,
  type Period,
} from './period.js';
import { rollUpTime, rollUpYearToDate, type RollUpContext, type UnitPeriodData } from './roll-up-time.js';
import { rate, rollUpUnits, unitValue } from './roll-up-units.js';
import { decimalSum } from './decimal-sum.js';
import { SubmissionIndex } from './submission-index.js';
import {
  applicableTargets,
  combineStatuses,
  evaluateTarget,
  type Accumulated,
  type Baseline,
  type BaselineLookup,
  type JudgedValue,
  type ScopeLookup,
  type UnitValue,
} from './targets.js';
import { unitSpreads } from './spreads.js';
import { taskProgress } from './task-progress.js';
import { tallyLeads, tallyTasks } from './task-tallies.js';
import { buildTrend } from './trend.js';
import {
  CONSOLIDATION_VERSION,
  type ComparisonValue,
  type Consolidation,
  type Figure,
  type GroupResult,
  type IndicatorFigures,
  type IndicatorResult,
  type JudgedFigure,
  type TargetResult,
  type TargetStatus,
  type UnitIndicatorValue,
  type UnitResult,
} from './types.js';
import { familyName, kindFamilies, levelOfKind, levelOfKinds, unitOrder } from './unit-groups.js';
import { unitMayReport, unitOwes } from './unit-valid-in.js';

/**
 * Consolidates one period: completeness, every indicator for all units, per
 * level, per kind family and per unit, targets, tasks, narratives, trend and
 * notes. Pure: everything comes from `input`; the result never depends on the
 * order of units or submissions.
 *
 * Level-specific targets (e.g. "district 80 %, commune 60 %") are judged on the
 * figure of their level's units — never on the all-unit figure, which mixes
 * levels; the all-unit indicator lists those evaluations (scope = the level) next
 * to the all-level targets judged on the all-unit figure. A kind family is judged
 * against its level's targets; a unit against its own level's.
 */
export function consolidate(input: ConsolidationInput): Consolidation {
  const period = parsePeriod(input.period);
  if (!period) throw new RangeError(`not a period id: ${JSON.stringify(input.period)}`);
  return new Consolidator(input).run(period);
}

/**
 * A unit's value with its status, as an object literal of one of two fixed
 * shapes: a spread here gave each of a province's million values its own
 * hidden class (~150 bytes more each). Same keys, same order as the spread.
 */
function withStatus(v: Omit<UnitIndicatorValue, 'status' | 'yearToDate'>, status: TargetStatus): Omit<UnitIndicatorValue, 'yearToDate'>;
function withStatus(v: Omit<UnitIndicatorValue, 'status' | 'yearToDate'>, status: TargetStatus, yearToDate: UnitIndicatorValue['yearToDate']): UnitIndicatorValue;
function withStatus(
  v: Omit<UnitIndicatorValue, 'status' | 'yearToDate'>,
  status: TargetStatus,
  yearToDate?: UnitIndicatorValue['yearToDate'],
): UnitIndicatorValue {
  // A value with gaps is rare (a unit lacking a report or a value): its extra keys may take another shape.
  if (v.gaps) return yearToDate ? { ...v, status, yearToDate } : { ...v, status };
  if (v.numerator !== undefined || v.denominator !== undefined) {
    return yearToDate
      ? { value: v.value, numerator: v.numerator, denominator: v.denominator, partial: v.partial, status, yearToDate }
      : { value: v.value, numerator: v.numerator, denominator: v.denominator, partial: v.partial, status };
  }
  return yearToDate ? { value: v.value, partial: v.partial, status, yearToDate } : { value: v.value, partial: v.partial, status };
}

/** A unit's value as a figure to judge (targets look at its value only). */
function unitFigure(v: Omit<UnitIndicatorValue, 'status'>, ind: Indicator): Figure {
  return { value: ind.type === 'text' ? null : v.value, reporting: 1, expected: 1, partial: [] };
}

/** A scope's value to judge, with what its targets may look up. */
interface Judged {
  value: JudgedValue;
  lookup: ScopeLookup;
}

type Scope = { kind: 'all' } | { kind: 'group'; kinds: readonly UnitKind[]; id: string } | { kind: 'unit'; unit: Unit };

class Consolidator {
  readonly plan: Plan;
  readonly lang: Lang;
  readonly notes: NoteSink;
  readonly catalogue: IndicatorCatalogue;
  readonly units: Unit[];
  readonly index: SubmissionIndex;
  readonly #cache = new Map<string, UnitPeriodData[]>();
  readonly #figures = new Map<string, Map<string, Figure>>();
  readonly #byUnit = new Map<string, Map<string, UnitPeriodData>>();

  constructor(readonly input: ConsolidationInput) {
    this.plan = input.plan;
    this.lang = input.lang ?? 'vi';
    this.notes = new NoteSink(this.lang);
    this.catalogue = new IndicatorCatalogue(input.plan);
    this.units = [...input.units].sort(unitOrder(input.plan));
    this.index = new SubmissionIndex(input.submissions);
  }

  /** Data of every unit valid in `period`, canonical order; notes only for the main period. */
  data(period: Period, notes: NoteSink | null = null): UnitPeriodData[] {
    const cached = notes ? undefined : this.#cache.get(period.id);
    if (cached) return cached;
    const result = this.rollUp(period, notes);
    if (!notes) this.#cache.set(period.id, result);
    return result;
  }

  rollUp(period: Period, notes: NoteSink | null): UnitPeriodData[] {
    const ctx = this.rollUpContext(notes);
    return this.units.filter((u) => this.counts(u, period)).map((u) => rollUpTime(u, period, ctx));
  }

  rollUpContext(notes: NoteSink | null): RollUpContext {
    return {
      reported: this.catalogue.reported(),
      rates: this.catalogue.rates(),
      config: this.input.config,
      index: this.index,
      counts: (unit, period) => this.counts(unit, period),
      notes,
      lang: this.lang,
    };
  }

  /**
   * Whether a unit's figures for a period are counted (and the unit expected):
   * it owes the period (unitOwes), or it may report it and did (a submission
   * for it or inside it), like a unit created after the due date that reports
   * its first days all the same.
   */
  counts(unit: Unit, period: Period): boolean {
    if (unitOwes(unit, period, this.input.config)) return true;
    return unitMayReport(unit, period, this.input.config.cutoffDay) && this.index.hasWithin(unit.id, period);
  }

  /**
   * All-unit figure of an indicator in any period (comparisons, trend). Every
   * indicator's figure of a period is made in one go and kept; the units' data
   * of that period is not (a province's units hold ~100 MB of it a period).
   */
  allUnitFigure(ind: Indicator, period: Period): Figure {
    return this.figuresOf(period).get(ind.id) ?? rollUpUnits(ind, [], this.catalogue);
  }

  /** Figure of a chart indicator for the units of one plan level in any period (the trend of a level's target). */
  levelFigure(ind: Indicator, period: Period, level: string): Figure {
    return this.figuresOf(period).get(`${level}\u0000${ind.id}`) ?? rollUpUnits(ind, [], this.catalogue);
  }

  /** Every indicator's all-unit figure of a period, and each chart indicator's per level, made in one go. */
  private figuresOf(period: Period): Map<string, Figure> {
    let figures = this.#figures.get(period.id);
    if (!figures) {
      const data = this.#cache.get(period.id) ?? this.rollUp(period, null);
      figures = new Map(this.plan.indicators.map((i) => [i.id, rollUpUnits(i, data, this.catalogue)]));
      for (const [level, kinds] of Object.entries(this.plan.levels)) {
        const members = data.filter((u) => kinds.includes(u.unit.kind));
        for (const i of this.plan.indicators) if (i.chart) figures.set(`${level}\u0000${i.id}`, rollUpUnits(i, members, this.catalogue));
      }
      this.#figures.set(period.id, figures);
    }
    return figures;
  }

  run(period: Period): Consolidation {
    this.noteStrays(period);
    const main = this.data(period, this.notes);
    this.#cache.set(period.id, main);
    // The year to date (a year is its own): each unit's, kept only while the figures are made.
    const ytd = period.kind === 'year' ? null : this.yearToDateData(period);

    const levelGroups = Object.entries(this.plan.levels).map(([level, kinds]) => ({
      id: level,
      type: 'level' as const,
      name: this.plan.levelNames[level] ?? level,
      kinds: [...kinds],
      level,
    }));
    const presentKinds = [...new Set(main.map((u) => u.unit.kind))];
    const kindGroups = kindFamilies(this.plan).map((f) => ({ f, kinds: f.kinds.filter((k) => presentKinds.includes(k)) }))
      .filter(({ kinds }) => kinds.length > 0)
      .map(({ f, kinds }) => ({
        id: f.id,
        type: 'kind' as const,
        name: familyName(this.plan, f.id, kinds, this.lang),
        kinds,
        level: levelOfKinds(this.plan, f.kinds),
      }));

    const groupResult = (g: (typeof levelGroups)[number] | (typeof kindGroups)[number]): GroupResult => {
      const members = main.filter((u) => g.kinds.includes(u.unit.kind));
      const ytdMembers = ytd?.filter((u) => g.kinds.includes(u.unit.kind)) ?? null;
      const scope: Scope = { kind: 'group', kinds: g.kinds, id: g.id };
      const indicators: Record<string, IndicatorFigures> = {};
      for (const ind of this.plan.indicators) {
        if (!this.catalogue.kindsOf(ind).some((k) => g.kinds.includes(k))) continue;
        const figure = rollUpUnits(ind, members, this.catalogue);
        const ytdFigure = ytdMembers && this.catalogue.overTime(ind) ? rollUpUnits(ind, ytdMembers, this.catalogue) : null;
        const targets = applicableTargets(ind, this.plan, period.year, g.level);
        const lookup = this.lookup(scope, period, members);
        const ytdLookup = ytdMembers ? this.lookup(scope, period, ytdMembers) : lookup;
        const judged = this.judge(ind, targets, period, g.id, { value: figure.value, lookup }, { value: ytdFigure?.value ?? null, lookup: ytdLookup });
        indicators[ind.id] = ytdFigure
          ? { figure, ...judged, yearToDate: this.judgeYearToDate(ind, targets, period, ytdFigure, g.id, ytdLookup) }
          : { figure, ...judged };
      }
      return { ...g, units: members.map((u) => u.unit.id), indicators };
    };
    const levels = levelGroups.map(groupResult);
    const kinds = kindGroups.map(groupResult);

    const ytdByUnit = ytd ? new Map(ytd.map((u) => [u.unit.id, u])) : null;
    const indicators = this.plan.indicators.map((ind) => this.indicatorResult(ind, period, main, levels, ytd));
    const units = main.map((u) => this.unitResult(u, period, ytdByUnit?.get(u.unit.id) ?? null));
    const areas = this.plan.areas.map((a) => ({ id: a.id, code: a.code, title: a.title, shortTitle: a.shortTitle ?? a.title, lead: a.lead }));
    const tasks = tallyTasks(this.plan, main, period.year, cutoffWindow(period, this.input.config.cutoffDay).to);

    return {
      version: CONSOLIDATION_VERSION,
      lang: this.lang,
      plan: { id: this.plan.id, title: this.plan.title, version: this.plan.version },
      period: {
        id: period.id,
        kind: period.kind,
        year: period.year,
        label: periodLabel(period, this.lang),
        shortLabel: periodShortLabel(period, this.lang),
        window: cutoffWindow(period, this.input.config.cutoffDay),
        span: periodSpan(period),
        due: dueDate(period, this.input.config.due),
      },
      yearToDate:
        period.kind === 'year'
          ? null
          : {
              id: yearToDateId(period),
              parts: yearToDateParts(period).map((p) => p.id),
              label: yearToDateLabel(period, this.lang),
              shortLabel: yearToDateShortLabel(period, this.lang),
              window: yearToDateWindow(period, this.input.config.cutoffDay),
              wholeYear: periodMonths(period).last === 12,
            },
      completeness: buildCompleteness(main, this.plan, this.lang),
      areas,
      indicators,
      levels,
      kinds,
      units,
      tasks,
      taskLeads: tallyLeads(tasks),
      taskProgress: taskProgress(areas, tasks),
      spreads: unitSpreads(indicators, levels, units),
      narratives: collectNarratives(this.plan, main),
      trend: buildTrend(this, period),
      notes: this.notes.list(),
    };
  }

  /** Each unit's figures from the start of the year to the end of `period`; gaps noted only for the main period. */
  yearToDateData(period: Period, notes: NoteSink | null = this.notes): UnitPeriodData[] {
    const parts = yearToDateParts(period);
    const ctx = this.rollUpContext(null);
    return this.units.filter((u) => parts.some((p) => this.counts(u, p))).map((u) => rollUpYearToDate(u, period, ctx, notes));
  }

  /**
   * Targets judged on a scope's figures: on the period's value, except a
   * target judged on a year (`evaluate: year`) of an indicator the plan reads
   * year to date, which is judged on the year to date (`ytd`; a year report
   * has none: the year is its own).
   */
  judge(ind: Indicator, targets: readonly Target[], period: Period, scope: string, own: Judged, ytd: Judged | null): Omit<JudgedFigure, 'figure'> {
    const byYear = ytd !== null && indicatorWindow(ind) === 'year-to-date';
    const results = targets.map((t) =>
      byYear && t.evaluate === 'year'
        ? evaluateTarget(t, ind, period, ytd.value, scope, this.plan, ytd.lookup, 'year-to-date')
        : evaluateTarget(t, ind, period, own.value, scope, this.plan, own.lookup),
    );
    return { targets: results, status: combineStatuses(results) };
  }

  /** The year-to-date figure of a scope with every target judged on it. */
  judgeYearToDate(ind: Indicator, targets: readonly Target[], period: Period, figure: Figure, scope: string, lookup: ScopeLookup): JudgedFigure {
    const results = targets.map((t) => evaluateTarget(t, ind, period, figure.value, scope, this.plan, lookup, 'year-to-date'));
    return { figure, targets: results, status: combineStatuses(results) };
  }

  indicatorResult(ind: Indicator, period: Period, main: UnitPeriodData[], levels: GroupResult[], ytd: UnitPeriodData[] | null): IndicatorResult {
    const figure = rollUpUnits(ind, main, this.catalogue);
    if (figure.outside?.length) this.noteOutside(ind, figure);
    const ytdFigure = ytd && this.catalogue.overTime(ind) ? rollUpUnits(ind, ytd, this.catalogue) : null;
    const byYear = ytd !== null && indicatorWindow(ind) === 'year-to-date';
    const judgeOn = (t: Target, ytdWindow: boolean): TargetResult => {
      if (t.level === undefined) {
        const v = ytdWindow ? (ytdFigure?.value ?? null) : figure.value;
        const lookup = this.lookup({ kind: 'all' }, period, ytdWindow && ytd ? ytd : main);
        return evaluateTarget(t, ind, period, v, 'all', this.plan, lookup, ytdWindow ? 'year-to-date' : 'period');
      }
      // A level's target is judged on that level's figure.
      const group = levels.find((l) => l.id === t.level);
      const kinds = group?.kinds ?? [];
      const figures = group?.indicators[ind.id];
      const v = (ytdWindow ? figures?.yearToDate?.figure.value : figures?.figure.value) ?? null;
      const members = (ytdWindow && ytd ? ytd : main).filter((u) => kinds.includes(u.unit.kind));
      const lookup = this.lookup({ kind: 'group', kinds, id: t.level }, period, members);
      return evaluateTarget(t, ind, period, v, t.level, this.plan, lookup, ytdWindow ? 'year-to-date' : 'period');
    };
    const applicable = applicableTargets(ind, this.plan, period.year);
    const targets = applicable.map((t) => judgeOn(t, byYear && t.evaluate === 'year'));
    const area = this.plan.areas.find((a) => a.id === ind.area);
    const result: IndicatorResult = {
      id: ind.id,
      area: ind.area,
      areaCode: area?.code ?? '',
      name: ind.name,
      unit: ind.unit,
      type: ind.type,
      isRate: ind.ratio !== undefined,
      scale: ind.type === 'rating' ? (this.plan.scales[ind.scale ?? ''] ?? []).map((l) => ({ id: l.id, name: l.name })) : null,
      breakdownOf: ind.breakdownOf ?? null,
      ...(ind.rank === true ? { rank: true as const } : {}),
      window: indicatorWindow(ind),
      aggregation: this.aggregationOf(ind),
      ratio: ind.ratio ? { numerator: ind.ratio.numerator, denominator: ind.ratio.denominator } : null,
      figure,
      targets,
      status: combineStatuses(targets),
      previous: this.comparison(ind, previousPeriod(period)),
      lastYear: this.comparison(ind, samePeriodLastYear(period)),
    };
    if (ytdFigure) {
      const ytdTargets = applicable.map((t) => judgeOn(t, true));
      const lastYear = samePeriodLastYear(period);
      result.yearToDate = {
        figure: ytdFigure,
        targets: ytdTargets,
        status: combineStatuses(ytdTargets),
        lastYear: { period: yearToDateId(lastYear), label: yearToDateLabel(lastYear, this.lang), value: this.allUnitYearToDateFigure(ind, lastYear).value },
      };
    }
    return result;
  }

  /** Units outside the plan's reporters of an indicator whose values are counted all the same: how the count changes. */
  noteOutside(ind: Indicator, figure: Figure): void {
    const names = new Map(this.units.map((u) => [u.id, u.name]));
    const outside = figure.outside ?? [];
    this.notes.add('info', 'outside-reporters', { indicator: ind.id }, {
      name: ind.name,
      indicator: ind.id,
      planned: figure.expected - outside.length,
      count: outside.length,
      units: outside.map((id) => names.get(id) ?? id).join(', '),
      reporting: figure.reporting,
      expected: figure.expected,
    });
  }

  /**
   * How the figure was made: the plan's aggregation, or for a rate (which has
   * none) a sum of its counts over units, over time as its denominator is (a
   * rate of stocks is a state at the period's end).
   */
  aggregationOf(ind: Indicator): Aggregation {
    if (ind.aggregation) return { units: ind.aggregation.units, time: ind.aggregation.time };
    const denominator = ind.ratio ? this.plan.indicators.find((i) => i.id === ind.ratio!.denominator) : undefined;
    return { units: 'sum', time: denominator?.aggregation?.time ?? 'sum' };
  }

  comparison(ind: Indicator, period: Period): ComparisonValue {
    return { period: period.id, label: periodLabel(period, this.lang), value: this.allUnitFigure(ind, period).value };
  }

  /** All-unit year-to-date figure of an indicator at the end of any period (last year's), made once a period. */
  allUnitYearToDateFigure(ind: Indicator, period: Period): Figure {
    const key = `ytd:${period.id}`;
    let figures = this.#figures.get(key);
    if (!figures) {
      const data = this.yearToDateData(period, null);
      figures = new Map(this.plan.indicators.map((i) => [i.id, rollUpUnits(i, data, this.catalogue)]));
      this.#figures.set(key, figures);
    }
    return figures.get(ind.id) ?? rollUpUnits(ind, [], this.catalogue);
  }

  unitResult(u: UnitPeriodData, period: Period, ytd: UnitPeriodData | null): UnitResult {
    const level = levelOfKind(this.plan, u.unit.kind);
    const values: UnitResult['values'] = {};
    let lookup: ScopeLookup | null = null;
    let ytdLookup: ScopeLookup | null = null;
    const own = () => (lookup ??= this.lookup({ kind: 'unit', unit: u.unit }, period, [u]));
    const ytdOwn = () => (ytdLookup ??= ytd ? this.lookup({ kind: 'unit', unit: u.unit }, period, [ytd]) : own());
    for (const ind of this.plan.indicators) {
      if (!this.catalogue.kindsOf(ind).includes(u.unit.kind)) continue;
      const v = unitValue(ind, u);
      const y = ytd && this.catalogue.overTime(ind) ? unitValue(ind, ytd) : null;
      const judgeable = (x: JudgedValue) => (ind.type === 'text' ? null : x);
      const targets = applicableTargets(ind, this.plan, period.year, level);
      if (targets.length === 0) {
        values[ind.id] = withStatus(v, 'no-target', y ? withStatus(y, 'no-target') : undefined);
        continue;
      }
      const { status } = this.judge(ind, targets, period, u.unit.id, { value: judgeable(v.value), lookup: own() }, ytd ? { value: judgeable(y?.value ?? null), lookup: ytdOwn() } : null);
      const yearToDate = y ? withStatus(y, this.judgeYearToDate(ind, targets, period, unitFigure(y, ind), u.unit.id, ytdOwn()).status) : undefined;
      values[ind.id] = withStatus(v, status, yearToDate);
    }
    return { unit: u.unit.id, name: u.unit.name, kind: u.unit.kind, level, status: u.status, values };
  }

  /** Units' data of a period by unit id (a unit's reference values for its own targets). */
  unitData(period: Period, unit: string): UnitPeriodData | undefined {
    let byUnit = this.#byUnit.get(period.id);
    if (!byUnit) {
      byUnit = new Map(this.data(period).map((d) => [d.unit.id, d]));
      this.#byUnit.set(period.id, byUnit);
    }
    return byUnit.get(unit);
  }

  /** A scope's figure of an indicator in a period: all units, a group of kinds, or one unit. */
  scopeFigure(scope: Scope, ind: Indicator, period: Period): Pick<Figure, 'value' | 'numerator' | 'denominator'> {
    if (scope.kind === 'all') return this.allUnitFigure(ind, period);
    if (scope.kind === 'unit') {
      const u = this.unitData(period, scope.unit.id);
      return u ? unitValue(ind, u) : { value: null };
    }
    return rollUpUnits(ind, this.data(period).filter((d) => scope.kinds.includes(d.unit.kind)), this.catalogue);
  }

  /**
   * What targets judged on a scope may ask of it in `period`: baselines,
   * values of other periods and of other indicators (conditions), its units
   * with their own values (shares), totals since the plan began.
   * `members` are the scope's units' data for `period`.
   */
  lookup(scope: Scope, period: Period, members: readonly UnitPeriodData[]): ScopeLookup {
    const baseline = this.baselines(scope);
    return {
      baseline,
      valueIn: (ind, p) => this.scopeFigure(scope, ind, p).value,
      valueOf: (ind) => (scope.kind === 'unit' ? unitValue(ind, members[0]!).value : rollUpUnits(ind, members, this.catalogue).value),
      units: (ind, kinds) => {
        if (scope.kind === 'unit') return null;
        const reporting = this.catalogue.kindsOf(ind);
        const of = kinds ? kinds.filter((k) => reporting.includes(k)) : reporting;
        const inScope = scope.kind === 'group' ? of.filter((k) => scope.kinds.includes(k)) : of;
        const counted = members
          .filter((u) => inScope.includes(u.unit.kind))
          .map((u) => ({ u, v: unitValue(ind, u).value }))
          .filter(({ u, v }) => v !== null || this.catalogue.expects(ind, u.unit));
        const units: UnitValue[] = counted.map(({ u, v }) => ({ name: u.unit.name, value: v }));
        // The kinds of the units counted, as the report names them ("xã, thị trấn": no ward when there is none).
        return { kinds: inScope.filter((k) => counted.some(({ u }) => u.unit.kind === k)), units };
      },
      accumulated: (ind, periods): Accumulated => {
        const missing: string[] = [];
        const values: number[] = [];
        const nums: number[] = [];
        const dens: number[] = [];
        for (const p of periods) {
          const f = this.scopeFigure(scope, ind, p);
          if (typeof f.value !== 'number') {
            missing.push(p.id);
            continue;
          }
          values.push(f.value);
          if (typeof f.numerator === 'number' && typeof f.denominator === 'number') {
            nums.push(f.numerator);
            dens.push(f.denominator);
          }
        }
        if (ind.ratio) return { value: rate(nums.length ? decimalSum(nums) : null, dens.length ? decimalSum(dens) : null), missing };
        return { value: values.length ? decimalSum(values) : null, missing };
      },
      asOf: cutoffWindow(period, this.input.config.cutoffDay).to,
    };
  }

  /**
   * Baseline values for relative and change targets: for all units, the
   * `baselines` of cchc.yaml first (the official figure), else the baseline
   * year's data; for a group or a unit, that scope's own data of the baseline
   * year (a group holding every reporting kind uses cchc.yaml too).
   */
  baselines(scope: Scope): BaselineLookup {
    return (ind, year): Baseline => {
      // cchc.yaml baselines are body-wide figures: they serve all units, and any group
      // holding every kind that reports the indicator (its figure is the body-wide one).
      const bodyWide = scope.kind === 'all' || (scope.kind === 'group' && this.catalogue.kindsOf(ind).every((k) => scope.kinds.includes(k)));
      if (bodyWide) {
        const configured = this.input.config.baselines[String(year)]?.[ind.id];
        if (typeof configured === 'number') return { value: configured, source: 'config' };
      }
      const value: JudgedValue = this.scopeFigure(scope, ind, makePeriod('year', year)).value;
      if (typeof value === 'number') return { value, source: 'data' };
      if (scope.kind === 'all') {
        this.notes.add('warning', 'no-baseline', { indicator: ind.id }, { year, name: ind.name, indicator: ind.id });
      }
      return { value: null, source: null };
    }
  }

  /** Files inside the period that cannot be used: unknown unit, unit not active, unreadable period. */
  noteStrays(period: Period): void {
    const byId = new Map(this.units.map((u) => [u.id, u]));
    for (const { entry, period: id } of this.index.placed) {
      const p = periodOf(id);
      if (!periodContains(period, p)) continue;
      const unit = byId.get(entry.submission.unit);
      const where = { unit: entry.submission.unit, period: id, file: entry.file };
      if (!unit) {
        this.notes.add('warning', 'unknown-unit', where, { file: entry.file, unit: entry.submission.unit });
      } else if (!unitMayReport(unit, p, this.input.config.cutoffDay)) {
        this.notes.add('warning', 'unit-not-valid', where, { file: entry.file, unit: unit.name, period: periodLabel(p, this.lang) });
      }
    }
    for (const entry of this.index.unplaced) {
      if (!entry.valid) continue;
      this.notes.add('warning', 'bad-period', { unit: entry.submission.unit, file: entry.file }, {
        file: entry.file,
        period: entry.submission.period,
      });
    }
  }
}

export type { Consolidator };
