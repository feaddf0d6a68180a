import type { Indicator, Plan, UnitKind } from '../plan/model.js';

/** Plan indicators by id, and the kinds of unit that can give each one a value. */
export class IndicatorCatalogue {
  readonly byId = new Map<string, Indicator>();

  constructor(readonly plan: Plan) {
    for (const ind of plan.indicators) this.byId.set(ind.id, ind);
  }

  /** Directly reported indicators (every indicator but computed rates). */
  reported(): Indicator[] {
    return this.plan.indicators.filter((i) => !i.ratio);
  }

  /**
   * Kinds that give this indicator a value: its `reportedBy`, or for a rate
   * the kinds reporting both its numerator and its denominator.
   */
  kindsOf(ind: Indicator): UnitKind[] {
    if (!ind.ratio) return ind.reportedBy;
    const num = this.byId.get(ind.ratio.numerator)?.reportedBy ?? [];
    const den = this.byId.get(ind.ratio.denominator)?.reportedBy ?? [];
    return num.filter((k) => den.includes(k));
  }
}
