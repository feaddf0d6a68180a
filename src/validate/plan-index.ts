import type { Indicator, Plan, Task, UnitKind } from '../plan/model.js';
import { expectedToReport } from '../plan/expected-to-report.js';

export interface PlanIndex {
  indicators: ReadonlyMap<string, Indicator>;
  tasks: ReadonlyMap<string, Task>;
  /** Indicators with wholes they may not exceed (notAbove), in plan order. */
  parts: readonly Indicator[];
  /** Counts and numbers (what value jumps compare), in plan order. */
  quantities: readonly Indicator[];
  /** Date indicators, in plan order. */
  dates: readonly Indicator[];
  /** The indicators a kind of unit must report, by area, in plan order. */
  requiredOf(kind: UnitKind, area: string): readonly Indicator[];
  /**
   * Indicators a unit should not report: not for its kind at all, or left by
   * the plan to the units leading another area (by kind and led areas).
   */
  outOfScope(unit: { kind: UnitKind; leads: readonly string[]; roles?: readonly string[] }): { notForKind: ReadonlySet<string>; notExpected: ReadonlySet<string> };
}

const indexes = new WeakMap<Plan, PlanIndex>();

/** The plan's indicators and tasks by id, and the lists rules walk, built once per plan (rules ask for them for every file). */
export function planIndex(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    const required = new Map<string, readonly Indicator[]>();
    const scopes = new Map<string, { notForKind: ReadonlySet<string>; notExpected: ReadonlySet<string> }>();
    index = {
      indicators: new Map(plan.indicators.map((i) => [i.id, i])),
      tasks: new Map(plan.tasks.map((t) => [t.id, t])),
      parts: plan.indicators.filter((i) => i.notAbove?.length),
      quantities: plan.indicators.filter((i) => i.type === 'count' || i.type === 'number'),
      dates: plan.indicators.filter((i) => i.type === 'date'),
      requiredOf(kind, area) {
        const key = `${kind}\u0000${area}`;
        let list = required.get(key);
        if (!list) {
          list = plan.indicators.filter((i) => i.area === area && i.requiredFor?.includes(kind));
          required.set(key, list);
        }
        return list;
      },
      outOfScope(unit) {
        const key = `${unit.kind}\u0000${unit.leads.join(',')}\u0000${(unit.roles ?? []).join(',')}`;
        let scope = scopes.get(key);
        if (!scope) {
          scope = {
            notForKind: new Set(plan.indicators.filter((i) => !i.reportedBy.includes(unit.kind)).map((i) => i.id)),
            notExpected: new Set(plan.indicators.filter((i) => i.reportedBy.includes(unit.kind) && !expectedToReport(i, unit, plan)).map((i) => i.id)),
          };
          scopes.set(key, scope);
        }
        return scope;
      },
    };
    indexes.set(plan, index);
  }
  return index;
}
