import type { Indicator, Plan, UnitKind } from '../plan/model.js';
import type { Unit } from '../repo/model.js';
import { expectedToReport } from '../plan/expected-to-report.js';

/** A computed rate with its two counts. */
export interface RateParts {
  rate: Indicator;
  numerator: Indicator;
  denominator: Indicator;
}

/** Plan indicators by id, and the kinds of unit that can give each one a value. */
export class IndicatorCatalogue {
  readonly byId = new Map<string, Indicator>();
  readonly #kinds = new Map<string, readonly UnitKind[]>();
  readonly #reported: Indicator[];
  readonly #rates: RateParts[];

  constructor(readonly plan: Plan) {
    for (const ind of plan.indicators) this.byId.set(ind.id, ind);
    this.#reported = plan.indicators.filter((i) => !i.ratio);
    this.#rates = plan.indicators.flatMap((rate) => {
      const numerator = rate.ratio && this.byId.get(rate.ratio.numerator);
      const denominator = rate.ratio && this.byId.get(rate.ratio.denominator);
      return numerator && denominator ? [{ rate, numerator, denominator }] : [];
    });
  }

  /** Directly reported indicators (every indicator but computed rates). */
  reported(): readonly Indicator[] {
    return this.#reported;
  }

  /**
   * Whether values of the indicator combine over time (so it has a year to
   * date): not text, and an aggregation over time (for a rate, its two counts').
   */
  overTime(ind: Indicator): boolean {
    if (ind.ratio) {
      const num = this.byId.get(ind.ratio.numerator);
      const den = this.byId.get(ind.ratio.denominator);
      return num !== undefined && den !== undefined && this.overTime(num) && this.overTime(den);
    }
    return ind.type !== 'text' && (ind.aggregation?.time ?? 'none') !== 'none';
  }

  /** Computed rates whose two counts are in the plan, in plan order. */
  rates(): readonly RateParts[] {
    return this.#rates;
  }

  /**
   * Kinds that give this indicator a value: its `reportedBy`, or for a rate
   * the kinds reporting both its numerator and its denominator.
   */
  kindsOf(ind: Indicator): readonly UnitKind[] {
    let kinds = this.#kinds.get(ind.id);
    if (!kinds) {
      if (!ind.ratio) kinds = ind.reportedBy;
      else {
        const num = this.byId.get(ind.ratio.numerator)?.reportedBy ?? [];
        const den = this.byId.get(ind.ratio.denominator)?.reportedBy ?? [];
        kinds = num.filter((k) => den.includes(k));
      }
      this.#kinds.set(ind.id, kinds);
    }
    return kinds;
  }

  /**
   * Whether `unit` is expected to report the indicator (counted as missing it
   * when it does not): its kind reports it and, where the plan names the
   * reporters of that kind, the unit leads one of their areas or plays one of
   * their roles. A rate is
   * expected from the units expected to report both its counts.
   */
  expects(ind: Indicator, unit: Pick<Unit, 'kind' | 'leads' | 'roles'>): boolean {
    if (ind.ratio) {
      const num = this.byId.get(ind.ratio.numerator);
      const den = this.byId.get(ind.ratio.denominator);
      return num !== undefined && den !== undefined && this.expects(num, unit) && this.expects(den, unit);
    }
    return expectedToReport(ind, unit, this.plan);
  }
}
