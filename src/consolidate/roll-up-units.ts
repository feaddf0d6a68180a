import type { Indicator } from '../plan/model.js';
import { combineValues } from './combine-values.js';
import { decimalSum, tidy } from './decimal-sum.js';
import type { IndicatorCatalogue } from './indicator-kinds.js';
import { pairOf, type UnitPeriodData } from './roll-up-time.js';
import type { Figure, UnitIndicatorValue } from './types.js';

/**
 * The figure of one indicator over a set of units (all units, a level, a kind
 * family), combined by the indicator's aggregation over units. `units` are the
 * scope's expected units in canonical order. A rate is 100 × Σ numerator ÷
 * Σ denominator over the units that gave both counts — never an average of the
 * units' rates; a unit giving only one of the two is left out of both sums so
 * it cannot distort the rate. A zero denominator gives no value.
 *
 * `expected` counts the units the plan expects to report the indicator (see
 * IndicatorCatalogue.expects: the legal department for its counts, not every
 * department), and any other unit that gave a value all the same: those are
 * named in `outside` (2 of 2 with one outside, not 2 of 1).
 */
export function rollUpUnits(ind: Indicator, units: readonly UnitPeriodData[], catalogue: IndicatorCatalogue): Figure {
  const kinds = catalogue.kindsOf(ind);
  const inScope = units.filter((u) => kinds.includes(u.unit.kind));
  const gave = new Set<UnitPeriodData>();
  const expectedCount = (): Counted => {
    const outside = inScope.filter((u) => gave.has(u) && !catalogue.expects(ind, u.unit)).map((u) => u.unit.id);
    return { expected: inScope.filter((u) => gave.has(u) || catalogue.expects(ind, u.unit)).length, outside };
  };
  if (ind.ratio) {
    const nums: number[] = [];
    const dens: number[] = [];
    const partial: string[] = [];
    for (const u of inScope) {
      const pair = pairOf(u, ind);
      if (!pair) continue;
      nums.push(pair.numerator);
      dens.push(pair.denominator);
      gave.add(u);
      if (isPartial(u, ind)) partial.push(u.unit.id);
    }
    const numerator = nums.length ? decimalSum(nums) : null;
    const denominator = dens.length ? decimalSum(dens) : null;
    return { value: rate(numerator, denominator), numerator, denominator, reporting: nums.length, ...expectedCount(), partial };
  }
  if (ind.type === 'date' || ind.type === 'rating') return ordered(ind, inScope, catalogue, gave, expectedCount);
  const values: (number | boolean)[] = [];
  const partial: string[] = [];
  for (const u of inScope) {
    const v = u.values.get(ind.id);
    if (v === undefined || typeof v === 'string') continue;
    values.push(v);
    gave.add(u);
    if (isPartial(u, ind)) partial.push(u.unit.id);
  }
  const combined = ind.type === 'text' ? null : combineValues(ind.aggregation?.units ?? 'none', values);
  const figure: Figure = {
    value: typeof combined === 'string' ? null : typeof combined === 'number' ? tidy(combined) : combined,
    reporting: values.length,
    ...expectedCount(),
    partial,
  };
  if (ind.type === 'boolean') {
    figure.yes = values.filter((v) => v === true).length;
    figure.no = values.filter((v) => v === false).length;
  }
  return figure;
}

/**
 * Dates and ratings over units: combined in their order (ISO dates by day,
 * ratings by the plan's scale, lowest first) with the indicator's aggregation
 * over units, `max` and `min` for dates and ratings alike; ratings also count
 * the units at each level of the scale.
 */
function ordered(
  ind: Indicator,
  inScope: readonly UnitPeriodData[],
  catalogue: IndicatorCatalogue,
  gave: Set<UnitPeriodData>,
  expectedCount: () => Counted,
): Figure {
  const scale = ind.type === 'rating' ? (catalogue.plan.scales[ind.scale ?? ''] ?? []).map((l) => l.id) : null;
  const rank = (v: string): number => (scale ? scale.indexOf(v) : 0);
  const values: string[] = [];
  const partial: string[] = [];
  for (const u of inScope) {
    const v = u.values.get(ind.id);
    if (typeof v !== 'string' || (scale !== null && !scale.includes(v))) continue;
    values.push(v);
    gave.add(u);
    if (isPartial(u, ind)) partial.push(u.unit.id);
  }
  const later = (a: string, b: string): boolean => (scale ? rank(a) > rank(b) : a > b);
  let value: string | null = null;
  const how = ind.aggregation?.units;
  if (how === 'max' || how === 'min') {
    for (const v of values) if (value === null || (how === 'min' ? later(value, v) : later(v, value))) value = v;
  }
  const figure: Figure = { value, reporting: values.length, ...expectedCount(), partial };
  if (scale) figure.ratings = Object.fromEntries(scale.map((id) => [id, values.filter((v) => v === id).length]));
  return figure;
}

/** Units counted as expected, and those among them the plan does not expect (they reported anyway). */
interface Counted {
  expected: number;
  outside: string[];
}

/**
 * The unit's figure of the indicator covers only part of the period (a
 * sub-period or a value lacking). A unit lacking a quarter has every value it
 * has partial but an end-of-period value given by a later report (no gap).
 */
function isPartial(u: UnitPeriodData, ind: Indicator): boolean {
  if (u.gaps?.has(ind.id)) return true;
  if (u.status !== 'partial') return false;
  return ind.ratio ? pairOf(u, ind) === null : !u.values.has(ind.id);
}

/**
 * One unit's value of an indicator (its own rate for a rate indicator, from
 * counts paired per report), partial when it lacks a sub-period or a value;
 * `gaps` and `carriedFrom` only when there is something to say.
 */
export function unitValue(ind: Indicator, u: UnitPeriodData): Omit<UnitIndicatorValue, 'status'> {
  const partial = isPartial(u, ind);
  const gap = u.gaps?.get(ind.id);
  let v: Omit<UnitIndicatorValue, 'status'>;
  if (ind.ratio) {
    const pair = pairOf(u, ind);
    const numerator = pair ? pair.numerator : null;
    const denominator = pair ? pair.denominator : null;
    v = { value: rate(numerator, denominator), numerator, denominator, partial };
  } else {
    v = { value: u.values.get(ind.id) ?? null, partial };
  }
  if (gap) {
    v.gaps = gap.lacking;
    if (gap.carriedFrom !== null) v.carriedFrom = gap.carriedFrom;
  }
  return v;
}

/** 100 × n ÷ d, null without a positive denominator. */
export function rate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || !(denominator > 0)) return null;
  return tidy((100 * numerator) / denominator);
}
