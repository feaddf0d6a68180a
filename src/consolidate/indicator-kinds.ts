import type { Indicator, Plan, UnitKind } from '../plan/model.js';

/** Plan indicators by id, and the kinds of unit that can give each one a value. */
export class IndicatorCatalogue {
  readonly byId = new Map<string, Indicator>();
  readonly #kinds = new Map<string, readonly UnitKind[]>();
  readonly #reported: Indicator[];

  constructor(readonly plan: Plan) {
    for (const ind of plan.indicators) this.byId.set(ind.id, ind);
    this.#reported = plan.indicators.filter((i) => !i.ratio);
  }

  /** Directly reported indicators (every indicator but computed rates). */
  reported(): readonly Indicator[] {
    return this.#reported;
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
}
